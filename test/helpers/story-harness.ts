/**
 * Drives `<success-story>` the way a reader and a page author see it: what is rendered (by
 * part), which events fire, what goes to the console.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/success-story.js';
import type { SuccessStory } from '../../src/success-story.js';
export { recorder, warnings } from './listen.js';

export { COLLECTION, STORY_EN, STORY_FR } from './stories.js';

/** Renders a template and waits for its first render. */
export async function mount(t: TemplateResult): Promise<SuccessStory> {
  const el = await fixture<SuccessStory>(t);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
export const $$ = <T extends Element = HTMLElement>(el: Element, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
export const part = <T extends Element = HTMLElement>(el: Element, name: string) => $<T>(el, `[part~=${name}]`);
export const text = (el: Element, name: string) => part(el, name)?.textContent?.replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, '');
export const titleText = (el: Element) => text(el, 'title');
/** The heading named `name` (a section label, say), found as a reader finds it: by its text. */
export const heading = (el: Element, name: string) =>
  $$(el, 'h1, h2, h3, h4, h5, h6').find((h) => h.textContent!.trim() === name);

/** Where `text` is drawn in the shadow root: the box of the text node that holds it. */
export function textBox(el: Element, text: string): DOMRect | undefined {
  const walker = document.createTreeWalker(el.shadowRoot!, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent!.trim() !== text) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    return range.getBoundingClientRect();
  }
  return undefined;
}

/** The inner `<value-quote>`, when the story renders one. */
export const innerQuote = (el: Element) => $(el, 'value-quote') as (HTMLElement & { quotes?: unknown[] }) | null;

/** Nodes a slot shows (assigned light DOM), or undefined when the slot is not rendered. */
export const assigned = (el: Element, name = '') =>
  $<HTMLSlotElement>(el, name ? `slot[name=${name}]` : 'slot:not([name])')?.assignedNodes({ flatten: false });

/** Resolves with the next event of a type anywhere in the document (events bubble and cross shadow roots). */
export function next<T>(type: 'story-load' | 'story-error'): Promise<CustomEvent<T>> {
  return new Promise((resolve) => document.addEventListener(type, (e) => resolve(e as CustomEvent<T>), { once: true }));
}

/** Waits for pending renders after data arrived. */
export async function settled(el: SuccessStory): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}
