/**
 * Both elements as a reader meets them, for the accessibility tests: mounted in their usual
 * configurations, and their controls, links and boxes found by part and role, never by the
 * internal classes of their templates.
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/success-story.js';
import type { SuccessStory } from '../../src/success-story.js';
import type { ValueQuote } from '../../src/value-quote.js';
import type { StoryInput } from '../../src/data/types.js';
import { settle } from '../helpers/value-quote-harness.js';
import { QUOTES, json } from '../helpers/quotes.js';
import { STORY_EN } from '../helpers/stories.js';

export { QUOTES };

/** The story's values as `layout` and `theme` attributes take them. */
export const LAYOUTS = ['card', 'compact', 'banner'] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;
export const SCHEMES = ['light', 'dark'] as const;

/** An English story with three quotes, one translated (so its toggle is there to check). */
export const STORY: StoryInput = {
  ...STORY_EN,
  quotes: [
    ...STORY_EN.quotes!,
    { text: 'Never give up. Today is hard, tomorrow will be worse, but the day after tomorrow will be sunshine.', author: 'Jack Ma', value: 'Perseverance' },
    { text: 'If you do not give up, you still have a chance.', author: 'Jack Ma', value: 'Courage' },
  ],
};

/** Renders a template, then waits until every carousel in it has rendered and been seen. */
export async function mount<T extends Element>(template: TemplateResult): Promise<T> {
  const el = await fixture<T>(template);
  await (el as unknown as SuccessStory).updateComplete;
  for (const carousel of carouselsIn(el)) await settle(carousel);
  return el;
}

/** `<value-quote controls="full">` with four quotes, the first one translated. */
export const mountQuote = (attributes: { controls?: string; paused?: boolean } = {}) =>
  mount<ValueQuote>(html`<value-quote controls=${attributes.controls ?? 'full'} ?paused=${attributes.paused ?? false}
    quotes=${json([{ ...QUOTES[0], original: { text: 'Perseverance wins success.', lang: 'en' } }, ...QUOTES.slice(1)])}></value-quote>`);

/** `<success-story>` with the English story, in a layout and a theme. */
export const mountStory = (layout = 'card', theme = 'light') =>
  mount<SuccessStory>(html`<success-story layout=${layout} theme=${theme} .story=${STORY}></success-story>`);

/** The carousels an element holds: itself, or the one in its shadow root. */
export function carouselsIn(el: Element): ValueQuote[] {
  if (el.localName === 'value-quote') return [el as ValueQuote];
  return [...(el.shadowRoot?.querySelectorAll<ValueQuote>('value-quote') ?? [])];
}

/** The first carousel of an element (a `<value-quote>`, or the one inside a story). */
export const carouselOf = (el: Element) => carouselsIn(el)[0];

/** Elements of a carousel's shadow root matching a part selector, `[part~=dot]` say. */
export const inCarousel = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  [...carouselOf(el).shadowRoot!.querySelectorAll<T>(selector)];

/** Every element drawn for a host: its shadow tree, nested shadow trees and slotted light DOM. */
export function composedElements(host: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ParentNode) => {
    for (const el of root.querySelectorAll('*')) {
      found.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(host.shadowRoot ?? host);
  walk(host);
  return found;
}

/** Drawn and visible: not `display: none`, not `visibility: hidden`, not fully transparent. */
export const isShown = (el: Element) =>
  el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.getClientRects().length > 0;

/** The buttons and links a reader can reach, as shown. */
export const targetsOf = (host: Element) =>
  composedElements(host).filter((el): el is HTMLElement => el.matches('button, a[href]') && isShown(el));

/** The controls of the carousels (pause, previous, dots, next), by part. */
export const controlsOf = (host: Element) =>
  carouselsIn(host).flatMap((carousel) => [...carousel.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=button]')]);

/** A text node's boxes, one per line it is drawn on. */
export function lineBoxes(node: Text): DOMRect[] {
  const range = document.createRange();
  range.selectNodeContents(node);
  return [...range.getClientRects()].filter((box) => box.width > 0 && box.height > 0);
}

/** Every visible text node drawn for a host, with the element that styles it. */
export function visibleText(host: Element): { node: Text; parent: Element }[] {
  const texts: { node: Text; parent: Element }[] = [];
  for (const el of [host, ...composedElements(host)]) {
    if (!isShown(el)) continue;
    for (const node of el.childNodes) {
      if (node instanceof Text && node.data.trim() && !node.parentElement?.closest('svg')) texts.push({ node, parent: el });
    }
  }
  return texts;
}

/** Whether two boxes share more than `tolerance` px each way (touching is not overlapping). */
export const overlap = (a: DOMRect, b: DOMRect, tolerance = 1) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;

/** A short description of an element for messages: its tag and part. */
export const labelOf = (el: Element) => `<${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}${el.getAttribute('aria-label') ? ` aria-label="${el.getAttribute('aria-label')}"` : ''}>`;
