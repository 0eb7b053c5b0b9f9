/**
 * The display choices of each block's sidebar, stored as the block's attributes (see each
 * block.json). The choices the story builder offers too take their options from the same list
 * (tools/fields.ts); the others are the blocks' own: free text where the builder offers a fixed
 * list, and the quotes' settings the builder leaves out.
 *
 * Labels are English; the editor passes them through WordPress's translation function.
 */
import { optionsOf } from '../../tools/fields.js';

/** One display choice, stored as the block attribute `attribute`. */
export interface ChoiceDefinition {
  attribute: string;
  label: string;
  /** A fixed list; without it, free text. */
  options?: { value: string; label: string }[];
  help?: string;
}

/** The options of one of the builder's choices, in English. */
const englishOptions = (name: string) => optionsOf(name).map((option) => ({ value: option.value, label: option.label.en }));

const INTERVAL: ChoiceDefinition = { attribute: 'interval', label: 'Time per quote', help: 'Milliseconds (at least 2000), or auto to time each quote by its length.' };
const LANGUAGE: ChoiceDefinition = { attribute: 'lang', label: 'Language', options: englishOptions('lang') };

/** The `<success-story>` choices: its attributes `layout`, `theme`, `lang`, `heading-level`, `quotes-interval`. */
export const STORY_CHOICES: ChoiceDefinition[] = [
  { attribute: 'layout', label: 'Layout', options: englishOptions('layout') },
  { attribute: 'theme', label: 'Theme', options: englishOptions('theme') },
  LANGUAGE,
  { attribute: 'headingLevel', label: 'Title heading level', options: englishOptions('headingLevel') },
  { ...INTERVAL, attribute: 'quotesInterval' },
];

/** The `<value-quote>` choices. */
export const QUOTES_CHOICES: ChoiceDefinition[] = [
  INTERVAL,
  { attribute: 'controls', label: 'Controls', options: englishOptions('controls') },
  { attribute: 'order', label: 'Order', options: englishOptions('order') },
  { attribute: 'transition', label: 'Transition', options: englishOptions('transition') },
  { attribute: 'highlight', label: 'Highlight the value word', options: [{ value: 'on', label: 'On' }, { value: 'off', label: 'Off' }] },
  { attribute: 'paused', label: 'Rotation', options: [{ value: '', label: 'Rotates' }, { value: 'paused', label: 'Starts paused' }] },
  { attribute: 'value', label: 'Only these values', help: 'Comma-separated; empty shows every quote.' },
  LANGUAGE,
  { attribute: 'label', label: 'Name for screen readers', help: 'Empty: "Quotes" with the quotes\' values.' },
];
