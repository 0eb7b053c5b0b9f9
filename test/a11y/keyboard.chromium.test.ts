/**
 * Keyboard only, with real key presses: the Tab order (pause/play first in each carousel, no
 * stop in a hidden quote), arrow keys in a story, and a focus indicator drawn on every stop
 * whose outline stands 3:1 against the colours on both of its sides (WCAG 1.4.11, 2.4.7),
 * never hidden under other content (2.4.11), in every theme and colour scheme.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { composedParent, lowestContrast } from './contrast.js';
import { LAYOUTS, SCHEMES, THEMES, STORY, carouselOf, composedElements, isShown, labelOf, mount } from './widgets.js';
import { json, QUOTES } from '../helpers/quotes.js';
import { settle } from '../helpers/value-quote-harness.js';

/** The element that has focus, inside shadow roots. */
function focused(): HTMLElement {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active as HTMLElement;
}

/** A name to recognise a stop by: its accessible label, else its text. */
const nameOf = (el: Element) => el.getAttribute('aria-label') ?? el.textContent!.trim();

/**
 * Mounts `content` between two page buttons and presses Tab from the first until focus leaves
 * the element; returns every stop with what a sighted reader sees of its focus indicator.
 */
async function tabThrough(content: TemplateResult) {
  const page = await fixture<HTMLElement>(html`<div><button id="before">before</button>${content}<button id="after">after</button></div>`);
  const widget = page.querySelector('success-story, value-quote')!;
  await (widget as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
  await settle(carouselOf(widget));
  page.querySelector<HTMLButtonElement>('#before')!.focus();
  const stops: { el: HTMLElement; name: string; outline: string; onTop: boolean; shown: boolean; outer: number; inner: number }[] = [];
  for (let presses = 0; presses < 20; presses++) {
    await sendKeys({ press: 'Tab' });
    const el = focused();
    if (el.id === 'after') return stops;
    const style = getComputedStyle(el);
    const box = el.getBoundingClientRect();
    const hit = (el.getRootNode() as ShadowRoot).elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
    const background = composedParent(el)!;
    stops.push({
      el,
      name: nameOf(el),
      outline: `${style.outlineStyle} ${style.outlineWidth}`,
      onTop: !!hit && el.contains(hit),
      shown: isShown(el),
      // Beyond the outline is what the control sits on; inside it, the gap of the offset (the
      // same background) or, with no offset, the control's own border.
      outer: lowestContrast(style.outlineColor, background),
      inner: parseFloat(style.outlineOffset) > 0
        ? lowestContrast(style.outlineColor, background)
        : lowestContrast(style.outlineColor, el),
    });
  }
  throw new Error('focus never left the element');
}

/** The stops whose indicator is missing, hidden or below 3:1, as readable lines. */
const weakIndicators = (stops: Awaited<ReturnType<typeof tabThrough>>) =>
  stops
    .filter((stop) => !/^(solid|auto|double|dotted|dashed) /.test(stop.outline) || parseFloat(stop.outline.split(' ')[1]) < 2
      || !stop.onTop || !stop.shown || stop.outer < 3 || stop.inner < 3)
    .map((stop) => `${labelOf(stop.el)} "${stop.name}": ${stop.outline}, on top ${stop.onTop}, shown ${stop.shown}, ${stop.outer.toFixed(2)}:1 / ${stop.inner.toFixed(2)}:1`);

const TRANSLATED = [{ ...QUOTES[0], original: { text: 'Perseverance wins success.', lang: 'en' } }, ...QUOTES.slice(1)];

describe('keyboard only (Chromium)', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('<value-quote>: Tab reaches pause/play first, then previous, the dots, next, then the shown quote\'s toggle only', async () => {
    const stops = await tabThrough(html`<value-quote controls="full" quotes=${json(TRANSLATED)}></value-quote>`);
    expect(stops.map((stop) => stop.name)).to.deep.equal([
      'Pause the quotes', 'Previous quote', 'Quote 1', 'Quote 2', 'Quote 3', 'Quote 4', 'Next quote', 'Show original',
    ]);
  });

  it('<success-story>: Tab reaches the carousel\'s pause button first, then its toggle, the call to action and the source', async () => {
    const stops = await tabThrough(html`<success-story .story=${STORY}></success-story>`);
    expect(stops.map((stop) => stop.name)).to.deep.equal(['Pause the quotes', 'Show original', 'Discover Alibaba', 'Wikipédia']);
  });

  it('<success-story>: arrow keys on the pause button move through the quotes and hold rotation; Enter and Space press it', async () => {
    const story = await mount<HTMLElement>(html`<success-story .story=${STORY}></success-story>`);
    const carousel = carouselOf(story);
    carousel.shadowRoot!.querySelector<HTMLButtonElement>('[part~=pause]')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await carousel.updateComplete;
    expect([carousel.index, carousel.paused]).to.deep.equal([1, true]);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await carousel.updateComplete;
    expect(carousel.index).to.equal(2);
    await sendKeys({ press: 'Enter' });
    await carousel.updateComplete;
    expect(carousel.paused, 'Enter: play').to.equal(false);
    await sendKeys({ press: 'Space' });
    await carousel.updateComplete;
    expect(carousel.paused, 'Space: pause').to.equal(true);
  });

  for (const scheme of SCHEMES) {
    it(`<value-quote> on a ${scheme} page: every stop shows an outline of 2 px or more at 3:1 on both sides, never covered`, async () => {
      await emulateMedia({ colorScheme: scheme });
      const stops = await tabThrough(html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText; padding: 8px">
        <value-quote controls="full" quotes=${json(TRANSLATED)}></value-quote></div>`);
      expect(stops).to.have.length(8);
      expect(weakIndicators(stops)).to.deep.equal([]);
    });

    for (const theme of THEMES) {
      it(`<success-story theme="${theme}">, ${scheme} colour scheme, every layout: the same focus indicator on every stop`, async () => {
        await emulateMedia({ colorScheme: scheme });
        for (const layout of LAYOUTS) {
          const stops = await tabThrough(html`<success-story layout=${layout} theme=${theme} .story=${STORY}></success-story>`);
          expect(stops, layout).to.have.length(4);
          expect(weakIndicators(stops), layout).to.deep.equal([]);
        }
      });
    }
  }

  it('nothing in a quote waiting its turn can take focus', async () => {
    const el = await mount<HTMLElement>(html`<value-quote controls="full" quotes=${json(TRANSLATED)} start="1"></value-quote>`);
    const hiddenToggle = composedElements(el).find((node) => node.matches('[part=toggle]')) as HTMLElement;
    hiddenToggle.focus();
    expect(focused(), 'the first quote\'s toggle, hidden').to.not.equal(hiddenToggle);
  });
});
