/**
 * Drives `<success-story>` the way a reader and a page author see it: what is rendered (by
 * part), which events fire, what goes to the console.
 */
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/success-story.js';
import type { SuccessStory } from '../../src/success-story.js';
import type { StoryInput } from '../../src/data/types.js';
export { record, warnings } from './listen.js';

export const STORY_FR: StoryInput = {
  id: 'alibaba',
  lang: 'fr',
  title: 'Jack Ma\u202f: oser être un peu fou',
  kicker: 'Success story',
  category: 'Développement commercial',
  subject: { name: 'Jack Ma', role: 'Fondateur d’Alibaba', image: '/demo/img/jack-ma.svg', imageAlt: 'Portrait illustré de Jack Ma' },
  summary: ['À 14 ans, il guide les touristes à Hangzhou.', 'En 1999, il fonde alibaba.com.'],
  milestones: [
    { date: 'À 14 ans', label: 'Guide à Hangzhou' },
    { date: '1999', label: 'Fondation d’alibaba.com' },
  ],
  values: ['Persévérance', 'Courage'],
  quotes: [
    { text: 'La persévérance gagne le succès.', author: 'Michel Dupuy', value: 'Persévérance', lang: 'fr' },
    { text: 'Il faut avoir le courage de le dire.', author: 'Georges Clemenceau', value: 'Courage', lang: 'fr' },
  ],
  cta: { label: 'Découvrir Alibaba', href: 'https://www.alibabagroup.com/' },
  source: { name: 'Wikipédia', href: 'https://fr.wikipedia.org/wiki/Jack_Ma' },
};

export const STORY_EN: StoryInput = {
  ...STORY_FR,
  id: 'alibaba-en',
  lang: 'en',
  title: 'Jack Ma: dare to be a little crazy',
  category: 'Business development',
  summary: 'At 14 he guided tourists in Hangzhou.',
  values: ['Perseverance', 'Courage'],
  quotes: [
    {
      text: 'Perseverance wins success.',
      author: 'Michel Dupuy',
      value: 'Perseverance',
      lang: 'en',
      original: { text: 'La persévérance gagne le succès.', lang: 'fr' },
    },
  ],
  cta: { label: 'Discover Alibaba', href: 'https://www.alibabagroup.com/' },
};

export const COLLECTION = { stories: [STORY_FR, STORY_EN] };

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
