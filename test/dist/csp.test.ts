import { expect } from '@open-wc/testing';
import type { SuccessStory } from '../../src/success-story.js';
import type { ValueQuote } from '../../src/value-quote.js';

type FrameWindow = Window & typeof globalThis & { violations: string[]; errors: string[] };

/**
 * Opens a fixture page that sets a strict Content-Security-Policy with Trusted Types, runs
 * `check` on it, then asserts that the page saw no violation and no error, and closes it.
 */
async function onStrictPage(fixture: string, check: (page: { win: FrameWindow; doc: Document }) => Promise<void>): Promise<void> {
  const iframe = document.createElement('iframe');
  iframe.src = new URL(`./fixtures/${fixture}`, import.meta.url).href;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  try {
    await loaded;
    const win = iframe.contentWindow as FrameWindow;
    await check({ win, doc: iframe.contentDocument! });
    expect(win.violations, 'CSP violations').to.deep.equal([]);
    expect(win.errors, 'page errors').to.deep.equal([]);
  } finally {
    iframe.remove();
  }
}

describe('the bundle under a strict Content-Security-Policy', () => {
  it('renders both elements with no inline script, no inline style and Trusted Types enforced', async () => {
    await onStrictPage('csp.html', async ({ win, doc }) => {
      await win.customElements.whenDefined('success-story');
      const quote = doc.querySelector('value-quote') as ValueQuote;
      const story = doc.querySelector('success-story') as SuccessStory;
      await quote.updateComplete;
      const loaded = story.shadowRoot?.querySelector('[part~="title"]')
        ? Promise.resolve()
        : new Promise((resolve) => story.addEventListener('story-load', resolve, { once: true }));
      await loaded;
      await story.updateComplete;

      expect(quote.shadowRoot!.textContent).to.contain('La persévérance gagne le succès.');
      quote.next();
      await quote.updateComplete;
      expect(quote.current?.author).to.equal('Léonard de Vinci');
      expect(story.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain('Jack Ma');
      // Lit's own styles must apply (constructed style sheets are not inline styles).
      expect(getComputedStyle(story.shadowRoot!.querySelector('[part~="article"]')!).display).to.not.equal('inline');

      expect(win.trustedTypes, 'Trusted Types available').to.exist;
    });
  });

  it('loads three times under a Trusted Types list that allows Lit’s policy once, without an error or a violation', async () => {
    await onStrictPage('csp-twice.html', async ({ win, doc }) => {
      await win.customElements.whenDefined('success-story');
      // The classic script is deferred: it has run once the document has loaded.
      if (doc.readyState != 'complete') await new Promise((resolve) => win.addEventListener('load', resolve, { once: true }));
      const quote = doc.querySelector('value-quote') as ValueQuote;
      const story = doc.querySelector('success-story') as SuccessStory;
      await quote.updateComplete;
      await story.updateComplete;
      expect(quote.shadowRoot!.textContent).to.contain('La persévérance gagne le succès.');
      expect(story.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain('Alibaba');
    });
  });

  it('works under default-src \'none\' with only its own scripts allowed: every layout, theme and control, no violation', async () => {
    await onStrictPage('csp-none.html', async ({ win, doc }) => {
      await win.customElements.whenDefined('success-story');
      const stories = doc.getElementById('stories')!;
      for (const layout of ['card', 'compact', 'banner']) {
        for (const theme of ['light', 'dark', 'auto']) {
          const story = doc.createElement('success-story') as SuccessStory;
          story.setAttribute('layout', layout);
          story.setAttribute('theme', theme);
          story.story = {
            title: `Jack Ma (${layout}, ${theme})`, kicker: 'Success story', subject: { name: 'Jack Ma', role: 'Fondateur' },
            summary: ['À 14 ans…', 'En 1999…'], milestones: [{ date: '1999', label: 'alibaba.com' }], values: ['Persévérance'],
            quotes: [{ text: 'La persévérance gagne le succès.', value: 'Persévérance' }, { text: 'Le courage.', value: 'Courage' }],
            cta: { label: 'Découvrir', href: 'https://www.alibabagroup.com/' }, source: { name: 'Blog', href: 'https://example.com/' },
          };
          stories.append(story);
          await story.updateComplete;
        }
      }
      const quotes = [...doc.querySelectorAll('value-quote')] as ValueQuote[];
      for (const quote of quotes) await quote.updateComplete;
      const [carousel] = quotes;
      for (const part of ['next', 'previous', 'dot', 'pause', 'toggle']) {
        carousel.shadowRoot!.querySelector<HTMLButtonElement>(`[part~=${part}]`)?.click();
        await carousel.updateComplete;
      }
      const article = stories.querySelector('success-story')!.shadowRoot!.querySelector('[part~="article"]')!;
      // The styles apply: constructed stylesheets are not the page's style sources.
      expect(getComputedStyle(article).display).to.equal('flex');
    });
  });
});
