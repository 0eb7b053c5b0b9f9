import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import sinon from 'sinon';
import '../../src/value-quote.js';
import { observeIntersection } from '../../src/internal/shared-observers.js';
import type { ValueQuote } from '../../src/value-quote.js';
export { record, warnings } from './listen.js';

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
export const slides = (el: ValueQuote) => $$(el, '.slides > .q');
/** The figure on show. */
export const shown = (el: ValueQuote) => $(el, '.q.on > figure') ?? figures(el)[0];
/** Text of the quote on show, quotation marks included. */
export const shownText = (el: ValueQuote) => shown(el)?.querySelector('[part=text]')?.textContent ?? '';
export const liveRegion = (el: ValueQuote) => $(el, '.slides');

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

/** A canned answer: a JSON body, or a status, optionally delayed (in fake or real ms). */
export interface Canned {
  body?: unknown;
  status?: number;
  delay?: number;
}

/** Stubs `fetch` with a table of canned responses by URL suffix; unknown URLs get a 404. */
export function stubFetch(table: Record<string, Canned>): sinon.SinonStub {
  return sinon.stub(window, 'fetch').callsFake(async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const key = Object.keys(table).find((k) => url.endsWith(k));
    const canned = key ? table[key] : { status: 404 };
    if (canned.delay) {
      await new Promise<void>((resolve, reject) => {
        const t = setTimeout(resolve, canned.delay);
        init?.signal?.addEventListener('abort', () => {
          clearTimeout(t);
          reject(new DOMException('aborted', 'AbortError'));
        });
      });
    }
    const status = canned.status ?? 200;
    return new Response(typeof canned.body === 'string' ? canned.body : JSON.stringify(canned.body ?? null), { status });
  });
}

/**
 * Records events from a template binding (`@quotes-load=${r.push}`), so none is missed
 * between rendering and the first await; `until` resolves once `count` events of a type came.
 */
export function recorder() {
  const events: CustomEvent[] = [];
  let wake = () => {};
  return {
    events,
    push: (e: Event) => {
      events.push(e as CustomEvent);
      wake();
    },
    types: () => events.map((e) => e.type),
    of: <T>(type: string) => events.filter((e) => e.type === type).map((e) => e.detail as T),
    until(type: string, count = 1): Promise<void> {
      return new Promise((resolve) => {
        const check = () => events.filter((e) => e.type === type).length >= count && resolve();
        const before = wake;
        wake = () => (before(), check());
        check();
      });
    },
  };
}
