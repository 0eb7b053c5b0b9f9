/**
 * Text that grows and screens that narrow (WCAG 1.4.4 resize text, 1.4.10 reflow, 1.4.12 text
 * spacing): at 320 and 1280 CSS px wide, with the page's text at 100 % and 200 %, and with the
 * text-spacing overrides of 1.4.12 applied to the page and through every part, nothing is cut,
 * nothing spills sideways and no text or control is drawn over another.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { overflowing, overlapping } from './geometry.js';
import { LAYOUTS, STORY, carouselsIn, mount } from './widgets.js';
import { json, QUOTES } from '../helpers/quotes.js';
import { settle } from '../helpers/value-quote-harness.js';

const TRANSLATED = [{ ...QUOTES[3], original: { text: 'One must first know what one wants.', lang: 'en' } }, ...QUOTES.slice(0, 3)];

const PARTS = [
  'article', 'kicker', 'category', 'title', 'subject', 'image', 'summary', 'milestones', 'values', 'cta', 'source',
  'quote', 'text', 'author', 'value', 'note', 'toggle', 'original', 'controls', 'button', 'pause', 'previous', 'next', 'dots', 'dot',
];
/**
 * The 1.4.12 overrides as a reader's style sheet or bookmarklet sets them: on every element of
 * the page (inherited into the shadow trees) and on every part the elements expose.
 */
const SPACING = '{ line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important }';
const TEXT_SPACING = `* ${SPACING}
  p, blockquote, figcaption ${SPACING.replace('}', '; margin-block-end: 2em !important }')}
  ${PARTS.map((part) => `:is(success-story, value-quote)::part(${part})`).join(', ')} ${SPACING}
  :is(success-story, value-quote):is(::part(text), ::part(note), ::part(source), ::part(original)) { margin-block-end: 2em !important }`;

/** Every carousel of the host shows each quote in turn, so each one is measured. */
async function eachQuote(host: Element, check: (label: string) => void) {
  const carousel = carouselsIn(host)[0];
  const count = carousel.shadowRoot!.querySelectorAll('figure[part=quote]').length;
  for (let index = 0; index < count; index++) {
    carousel.goTo(index);
    await carousel.updateComplete;
    carousel.shadowRoot!.getAnimations().forEach((animation) => animation.finish());
    check(`quote ${index + 1}`);
  }
}

const cases = [
  { name: '<value-quote controls="full">', render: () => html`<value-quote controls="full" quotes=${json(TRANSLATED)}></value-quote>` },
  ...LAYOUTS.map((layout) => ({
    name: `<success-story layout="${layout}">`,
    render: () => html`<success-story layout=${layout} .story=${{ ...STORY, quotes: [{ ...STORY.quotes![0], cite: 'https://example.com/' }, ...STORY.quotes!.slice(1)] }}></success-story>`,
  })),
];

describe('reflow, text zoom and text spacing (Chromium)', () => {
  let spacing: HTMLStyleElement | undefined;
  afterEach(async () => {
    document.documentElement.style.fontSize = '';
    spacing?.remove();
    spacing = undefined;
    await setViewport({ width: 800, height: 600 });
  });

  for (const { name, render } of cases) {
    for (const width of [320, 1280]) {
      for (const zoom of ['100%', '200%']) {
        it(`${name} at ${width} px, text at ${zoom}: nothing cut, nothing sideways, nothing overlapping`, async () => {
          await setViewport({ width, height: 800 });
          document.documentElement.style.fontSize = zoom;
          const host = await mount<Element>(render());
          await eachQuote(host, (quote) => {
            expect(overflowing(host), quote).to.deep.equal([]);
            expect(overlapping(host), quote).to.deep.equal([]);
          });
        });
      }

      it(`${name} at ${width} px with the WCAG 1.4.12 text spacing: nothing cut, nothing sideways, nothing overlapping`, async () => {
        await setViewport({ width, height: 800 });
        spacing = Object.assign(document.createElement('style'), { textContent: TEXT_SPACING });
        document.head.append(spacing);
        const host = await mount<Element>(render());
        for (const carousel of carouselsIn(host)) await settle(carousel);
        const text = carouselsIn(host)[0].shadowRoot!.querySelector('[part=text]')!;
        expect(getComputedStyle(text).letterSpacing, 'the overrides reach the quote').to.equal(`${parseFloat(getComputedStyle(text).fontSize) * 0.12}px`);
        await eachQuote(host, (quote) => {
          expect(overflowing(host), quote).to.deep.equal([]);
          expect(overlapping(host), quote).to.deep.equal([]);
        });
      });
    }
  }
});
