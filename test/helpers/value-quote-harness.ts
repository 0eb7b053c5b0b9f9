import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/value-quote.js';
import { observeIntersection } from '../../src/internal/shared-observers.js';
import type { ValueQuote } from '../../src/value-quote.js';
export { recorder, warnings } from './listen.js';

export { QUOTES, json } from './quotes.js';

/** The element's shadow root, queried. */
export const $ = <T extends Element = HTMLElement>(el: ValueQuote, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: ValueQuote, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];

export const pauseButton = (el: ValueQuote) => $<HTMLButtonElement>(el, '[part~=pause]');
export const nextButton = (el: ValueQuote) => $<HTMLButtonElement>(el, '[part~=next]');
export const previousButton = (el: ValueQuote) => $<HTMLButtonElement>(el, '[part~=previous]');
export const dots = (el: ValueQuote) => $$<HTMLButtonElement>(el, '[part~=dot]');
export const figures = (el: ValueQuote) => $$(el, 'figure[part=quote]');
/** Each quote's box: in a carousel, the APG slide group around its figure. */
export const slides = (el: ValueQuote) => figures(el).map((figure) => figure.parentElement!);

/** Ends the transitions under way, so computed styles are the ones a reader is left with. */
const finishTransitions = (el: ValueQuote) => el.shadowRoot!.getAnimations().forEach((animation) => animation.finish());

/** The figure on show: the one rendered visible once any transition has ended. */
export function shown(el: ValueQuote): HTMLElement | undefined {
  finishTransitions(el);
  return figures(el).find((figure) => getComputedStyle(figure).visibility === 'visible');
}
/** Text of the quote on show, quotation marks included. */
export const shownText = (el: ValueQuote) => shown(el)?.querySelector('[part=text]')?.textContent ?? '';
/** The live region announcing quotes; none for a single quote. */
export const liveRegion = (el: ValueQuote) => $(el, '[aria-live]');

/** How the quotes change, as rendered: `none` (no transition), `slide` (hidden quotes moved aside) or `fade`. */
export function motion(el: ValueQuote): 'none' | 'slide' | 'fade' {
  finishTransitions(el);
  const boxes = slides(el).map((box) => getComputedStyle(box));
  if (boxes.every((box) => box.transitionDuration.split(', ').every((d) => d === '0s'))) return 'none';
  return boxes.some((box) => box.visibility === 'hidden' && box.translate !== 'none') ? 'slide' : 'fade';
}

/**
 * Waits until the element has rendered and the shared intersection observer has reported it
 * (subscribing after the element puts this callback after the element's own).
 */
export async function settle(el: Element): Promise<void> {
  await (el as ValueQuote).updateComplete;
  await new Promise<void>((resolve) => {
    const stop = observeIntersection(el, () => {
      queueMicrotask(() => stop());
      resolve();
    });
  });
  await (el as ValueQuote).updateComplete;
}

/** Renders a template and waits for it to settle. */
export async function mount(t: TemplateResult): Promise<ValueQuote> {
  const el = await fixture<ValueQuote>(t);
  await settle(el);
  return el;
}

/** Fakes the clocks the rotation reads. */
export const fakeClock = () =>
  sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date', 'performance'] });

/** Advances fake time and lets the element render what changed. */
export async function tick(clock: sinon.SinonFakeTimers, el: ValueQuote, ms: number): Promise<void> {
  clock.tick(ms);
  await el.updateComplete;
}

/** Resolves at the next report of the shared intersection observer for `el` that says `seen`. */
export function untilIntersection(el: Element, seen: boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = observeIntersection(el, (v) => {
      if (v !== seen) return;
      queueMicrotask(() => stop());
      resolve();
    });
  });
}

/** Makes the page look hidden (or visible again) and tells the listeners. */
export function setPageHidden(hidden: boolean): void {
  if (hidden) Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
  else delete (document as { visibilityState?: unknown }).visibilityState;
  document.dispatchEvent(new Event('visibilitychange'));
}
