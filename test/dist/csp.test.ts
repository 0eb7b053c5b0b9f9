import { expect } from '@open-wc/testing';
import type { SuccessStory } from '../../src/success-story.js';
import type { ValueQuote } from '../../src/value-quote.js';

type FrameWindow = Window & typeof globalThis & { violations: string[]; errors: string[] };

/** Opens a fixture page that sets a strict Content-Security-Policy with Trusted Types. */
async function openStrictPage(fixture = 'csp.html'): Promise<{ win: FrameWindow; doc: Document; remove: () => void }> {
  const iframe = document.createElement('iframe');
  iframe.src = new URL(`./fixtures/${fixture}`, import.meta.url).href;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return { win: iframe.contentWindow as FrameWindow, doc: iframe.contentDocument!, remove: () => iframe.remove() };
}

describe('the bundle under a strict Content-Security-Policy', () => {
  it('renders both elements with no inline script, no inline style and Trusted Types enforced', async () => {
    const { win, doc, remove } = await openStrictPage();
    try {
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

      expect(win.violations, 'CSP violations').to.deep.equal([]);
      expect(win.errors, 'page errors').to.deep.equal([]);
      expect(win.trustedTypes, 'Trusted Types available').to.exist;
    } finally {
      remove();
    }
  });

  it('loads three times under a Trusted Types list that allows Lit’s policy once, without an error or a violation', async () => {
    const { win, doc, remove } = await openStrictPage('csp-twice.html');
    try {
      await win.customElements.whenDefined('success-story');
      // The classic script is deferred: it has run once the document has loaded.
      if (doc.readyState != 'complete') await new Promise((resolve) => win.addEventListener('load', resolve, { once: true }));
      const quote = doc.querySelector('value-quote') as ValueQuote;
      const story = doc.querySelector('success-story') as SuccessStory;
      await quote.updateComplete;
      await story.updateComplete;
      expect(quote.shadowRoot!.textContent).to.contain('La persévérance gagne le succès.');
      expect(story.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.contain('Alibaba');
      expect(win.violations, 'CSP violations').to.deep.equal([]);
      expect(win.errors, 'page errors').to.deep.equal([]);
    } finally {
      remove();
    }
  });
});
