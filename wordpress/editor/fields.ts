/**
 * What an author fills in for a story and for a list of quotes, and the display choices of each
 * element, as plain data. The block editor draws its form and its sidebar from these lists;
 * any other authoring tool (a visual story builder) can draw its own from the same lists, so the
 * fields, their order and their labels stay the same everywhere.
 *
 * Labels are English; the editor passes them through WordPress's translation function.
 */

/** One line or paragraph of text, stored as a string under `name`. */
export interface TextField {
  kind: 'text';
  name: string;
  label: string;
  /** A paragraph rather than one line. */
  multiline?: boolean;
  /** A link: the form asks for a URL. */
  url?: boolean;
  /** Said under the field. */
  help?: string;
}

/** An object stored under `name`, with its own fields (the subject, the call to action). */
export interface GroupField {
  kind: 'group';
  name: string;
  label: string;
  fields: TextField[];
}

/** A list stored under `name`: of strings (`item`), or of objects (`fields`). */
export interface ListField {
  kind: 'list';
  name: string;
  label: string;
  /** Names one entry, as in "Add quote" or "Quote 2". */
  itemLabel: string;
  /** Entries are strings, entered as this field. */
  item?: TextField;
  /** Entries are objects with these fields. */
  fields?: TextField[];
}

export type FieldDefinition = TextField | GroupField | ListField;

/** The fields of one quote, in the story's quote list and in the quotes block. */
export const QUOTE_FIELDS: TextField[] = [
  { kind: 'text', name: 'text', label: 'Quote', multiline: true },
  { kind: 'text', name: 'author', label: 'Author' },
  { kind: 'text', name: 'value', label: 'Value it illustrates', help: 'Its word is highlighted where it appears in the quote.' },
  { kind: 'text', name: 'cite', label: 'Source link', url: true },
  { kind: 'text', name: 'lang', label: 'Language of the quote', help: 'A language tag such as en or fr; leave empty for the story\'s.' },
];

/** A list of quotes, as the quotes block stores it under `quotes`. */
export const QUOTES_FIELD: ListField = { kind: 'list', name: 'quotes', label: 'Quotes', itemLabel: 'quote', fields: QUOTE_FIELDS };

/** The story, in reading order. */
export const STORY_FIELDS: FieldDefinition[] = [
  { kind: 'text', name: 'title', label: 'Title' },
  { kind: 'text', name: 'kicker', label: 'Kicker', help: 'A few words above the title.' },
  { kind: 'text', name: 'category', label: 'Category' },
  {
    kind: 'group',
    name: 'subject',
    label: 'Subject',
    fields: [
      { kind: 'text', name: 'name', label: 'Name' },
      { kind: 'text', name: 'role', label: 'Role' },
      { kind: 'text', name: 'image', label: 'Portrait link', url: true },
      { kind: 'text', name: 'imageAlt', label: 'Portrait description' },
    ],
  },
  { kind: 'list', name: 'summary', label: 'Summary', itemLabel: 'paragraph', item: { kind: 'text', name: 'paragraph', label: 'Paragraph', multiline: true } },
  {
    kind: 'list',
    name: 'milestones',
    label: 'Milestones',
    itemLabel: 'milestone',
    fields: [
      { kind: 'text', name: 'date', label: 'Date', help: 'A year, 1999-03 or 1999-03-15 is shown in the story\'s language.' },
      { kind: 'text', name: 'label', label: 'What happened' },
    ],
  },
  { kind: 'list', name: 'values', label: 'Values', itemLabel: 'value', item: { kind: 'text', name: 'value', label: 'Value' } },
  QUOTES_FIELD,
  {
    kind: 'group',
    name: 'cta',
    label: 'Call to action',
    fields: [
      { kind: 'text', name: 'label', label: 'Link text' },
      { kind: 'text', name: 'href', label: 'Link', url: true },
    ],
  },
  {
    kind: 'group',
    name: 'source',
    label: 'Source',
    fields: [
      { kind: 'text', name: 'name', label: 'Name' },
      { kind: 'text', name: 'href', label: 'Link', url: true },
    ],
  },
];

/** One display choice, stored as the block attribute `attribute`. */
export interface ChoiceDefinition {
  attribute: string;
  label: string;
  /** A fixed list; without it, free text. */
  options?: { value: string; label: string }[];
  help?: string;
}

const LANGUAGES = [
  { value: '', label: 'The page\'s language' },
  { value: 'en', label: 'English' },
  { value: 'fr', label: 'French' },
];

/** The `<success-story>` choices: its attributes `layout`, `theme`, `lang`, `heading-level`, `quotes-interval`. */
export const STORY_CHOICES: ChoiceDefinition[] = [
  { attribute: 'layout', label: 'Layout', options: [{ value: 'card', label: 'Card' }, { value: 'compact', label: 'Compact' }, { value: 'banner', label: 'Banner' }] },
  { attribute: 'theme', label: 'Theme', options: [{ value: 'light', label: 'Light' }, { value: 'dark', label: 'Dark' }, { value: 'auto', label: 'Follow the reader\'s setting' }] },
  { attribute: 'lang', label: 'Language', options: LANGUAGES },
  { attribute: 'headingLevel', label: 'Title heading level', options: ['1', '2', '3', '4', '5', '6'].map((level) => ({ value: level, label: `H${level}` })) },
  { attribute: 'quotesInterval', label: 'Time per quote', help: 'Milliseconds (at least 2000), or auto to time each quote by its length.' },
];

/** The `<value-quote>` choices. */
export const QUOTES_CHOICES: ChoiceDefinition[] = [
  { attribute: 'interval', label: 'Time per quote', help: 'Milliseconds (at least 2000), or auto to time each quote by its length.' },
  { attribute: 'controls', label: 'Controls', options: [{ value: 'pause', label: 'Pause button' }, { value: 'full', label: 'Pause, previous, next and dots' }, { value: 'none', label: 'None (only when paused)' }] },
  { attribute: 'order', label: 'Order', options: [{ value: 'sequence', label: 'As listed' }, { value: 'shuffle', label: 'Shuffled' }, { value: 'random', label: 'Random' }] },
  { attribute: 'transition', label: 'Transition', options: [{ value: 'fade', label: 'Fade' }, { value: 'slide', label: 'Slide' }, { value: 'none', label: 'None' }] },
  { attribute: 'highlight', label: 'Highlight the value word', options: [{ value: 'on', label: 'On' }, { value: 'off', label: 'Off' }] },
  { attribute: 'paused', label: 'Rotation', options: [{ value: '', label: 'Rotates' }, { value: 'paused', label: 'Starts paused' }] },
  { attribute: 'value', label: 'Only these values', help: 'Comma-separated; empty shows every quote.' },
  { attribute: 'lang', label: 'Language', options: LANGUAGES },
  { attribute: 'label', label: 'Name for screen readers', help: 'Empty: "Quotes" with the quotes\' values.' },
];

/**
 * A form's value with everything left blank taken out: blank strings, empty objects and
 * empty list entries (an entry the author added but has not filled yet). What remains is what
 * the elements and the HTML renderer are given; `undefined` when nothing is left.
 */
export function compact(value: unknown): unknown {
  if (typeof value == 'string') return value.trim() ? value : undefined;
  if (Array.isArray(value)) {
    const items = value.map(compact).filter((item) => item !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value == 'object') {
    const entries = Object.entries(value).map(([key, field]) => [key, compact(field)] as const).filter(([, field]) => field !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value ?? undefined;
}
