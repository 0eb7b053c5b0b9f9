import { en } from './en.js';
import { fr } from './fr.js';
import { supportedLang } from './lang.js';

/** UI strings of one language. Every table has every key, so a missing translation is a type error. */
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
  showOriginal: string;
  hideOriginal: string;
  storyLoading: string;
  storyError: string;
  milestones: string;
  values: string;
  /** Lead-in of a story's source line, punctuation included: "Source:". */
  sourceLabel: string;
}

/** The UI languages that have a table; anything else gets English. */
export type UiLang = 'en' | 'fr';

const tables: Record<UiLang, Strings> = { en, fr };

/** The UI strings for a language tag (`fr-CA` → French); unsupported languages get English. */
export function stringsFor(tag: string | null | undefined): Strings {
  return tables[supportedLang(tag)];
}
