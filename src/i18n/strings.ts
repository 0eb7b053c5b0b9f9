import { en } from './en.js';
import { fr } from './fr.js';
import { lookupTags } from './lang.js';
import { compileMessage, PARAMETERS, type Message } from './messages.js';

/** UI strings of one language, as the templates use them. */
export interface Strings {
  /** Accessible name of the quote carousel, and heading of a story's quotes. */
  quotes: string;
  /** Accessible name of a carousel whose quotes carry values: "Quotes: Perseverance, Courage". */
  quotesOf: (values: string) => string;
  /** `aria-roledescription` of the quote region (WAI-ARIA APG carousel). */
  carousel: string;
  /** `aria-roledescription` of each quote. */
  slide: string;
  /** Label of a quote's group: "2 of 4". */
  position: (n: number, total: number) => string;
  /** Label of a position dot. */
  goTo: (n: number) => string;
  pause: string;
  play: string;
  previous: string;
  next: string;
  /** Note on a translated quote; `language` is the original's language, named in the UI language, when known. */
  translatedFrom: (language?: string) => string;
  /** Note on a translated quote whose original language is unknown. */
  translated: string;
  showOriginal: string;
  hideOriginal: string;
  storyLoading: string;
  storyError: string;
  /** Heading of a story's milestones, for how many there are. */
  milestones: (count: number) => string;
  /** Heading of a story's values, for how many there are. */
  values: (count: number) => string;
  /** Lead-in of a story's source line, punctuation included: "Source:". */
  sourceLabel: string;
}

/** The keys that only `<success-story>` uses. */
export type StoryStringKey = 'storyLoading' | 'storyError' | 'milestones' | 'values' | 'sourceLabel';

/**
 * A language's UI strings as given to `registerStrings`: any of the keys of English, each a
 * `Message` (text with `{placeholders}`, plural forms, or a function). Keys left out fall back
 * to English.
 */
export type StringTable = { [Key in keyof Strings]?: Message };

/** Entries waiting in, or already read from, the page-wide queue: `[language tag, table]`. */
export type StringsQueue = [lang: string, table: StringTable][];

declare global {
  /**
   * The page-wide queue of string tables. Each copy of the elements on the page (the
   * standalone files, the package) reads it when it loads and hears every later `push`, so a
   * locale file works whether it loads before or after them, by script tag or import.
   */
  var successStoryStrings: StringsQueue | undefined;
}

// Keyed by whatever a page writes in `lang`: without a prototype, `lang="constructor"` is just
// another unknown language.
const byTag = <T>(entries = {}): Record<string, T> => Object.assign(Object.create(null), entries);
/** Registered tables by lower-case tag; English and French ship with the elements. */
const tables = byTag<StringTable>({ en, fr });
/** Compiled strings by language tag as elements ask for it; emptied by each registration. */
let compiled = byTag<Strings>();

function compile(tag: string): Strings {
  // Least specific first, so `zh-Hant` overrides `zh`; any key missing, or left undefined, is English's.
  const table: StringTable = Object.assign({}, ...lookupTags(tag).reverse().map((candidate) => tables[candidate]));
  const strings = {} as Record<string, unknown>;
  // English holds every key that the elements loaded so far use, and the fallback of each.
  const english = tables.en!;
  for (const key in english) strings[key] = compileMessage((table[key as keyof Strings] ?? english[key as keyof Strings])!, PARAMETERS[key], tag);
  const { translatedFrom } = strings as unknown as Strings;
  // A translation from an unknown language says "Translated", unless the table's own function decides.
  if (typeof table.translatedFrom != 'function') strings.translatedFrom = (language?: string) => (language ? translatedFrom(language) : strings.translated);
  return strings as unknown as Strings;
}

/**
 * Adds an element's own strings to the tables the bundles carry (English and French); a table
 * the page registered keeps its own wording.
 */
export function addBundledStrings(entries: Record<string, StringTable>): void {
  for (const lang in entries) tables[lang] = { ...entries[lang], ...tables[lang] };
  compiled = byTag();
}

/** The UI strings for a language tag: its most specific table, then less specific ones, then English. */
export const stringsFor = (tag: string | null | undefined): Strings => (compiled[tag ||= 'en'] ??= compile(tag));

/** The most specific registered language of a tag (`fr-CA` → `fr`), else `en`: the language the UI names things in. */
export const supportedLang = (tag: string | null | undefined): string => lookupTags(tag || 'en').find((candidate) => tables[candidate]) ?? 'en';

/** Every `<value-quote>` and `<success-story>` under `root`, shadow roots included, renders again. */
function renderAgain(root: ParentNode): void {
  for (const element of root.querySelectorAll('*')) {
    if (/^(value-quote|success-story)$/.test(element.localName)) (element as Partial<{ requestUpdate(): void }> & Element).requestUpdate?.();
    if (element.shadowRoot) renderAgain(element.shadowRoot);
  }
}

const queue = (globalThis.successStoryStrings ??= []);
const add = ([lang, table]: StringsQueue[number]) => {
  lang = lang.toLowerCase();
  tables[lang] = { ...tables[lang], ...table };
};
queue.forEach(add);
// Another copy of the elements may already listen: it hears the entry too, and the queue keeps
// it for copies that load later.
const pushToOthers = queue.push;
queue.push = (...entries) => {
  entries.forEach(add);
  compiled = byTag();
  if (globalThis.document) renderAgain(document);
  return pushToOthers.apply(queue, entries);
};

/**
 * Adds or replaces UI strings for a language (`"de"`, or a regional `"pt-PT"` that overrides
 * `"pt"`); keys left out fall back to English. Every element already on the page renders again
 * in its language, including those of other copies of the elements (they share the page-wide
 * `successStoryStrings` queue). The files `dist/locales/*.js` call it for their language.
 *
 * @example registerStrings('de', { pause: 'Zitatwechsel anhalten', position: '{n} von {total}' });
 */
export function registerStrings(lang: string, table: StringTable): void {
  queue.push([lang, table]);
}
