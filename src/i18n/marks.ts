import { primary } from './lang.js';

// Opening and closing quotation marks (CLDR's primary marks). French puts a narrow no-break
// space (U+202F) inside its guillemets; « and » are bidi-mirrored, so Arabic and Hebrew
// text shows them the right way round.
const FR = ['«\u202f', '\u202f»'];
const GUILLEMETS = ['«', '»'];
const EN = ['“', '”'];
const LOW = ['„', '“'];
const MARKS: Record<string, string[]> = {
  en: EN,
  fr: FR,
  de: LOW,
  'de-ch': GUILLEMETS,
  es: GUILLEMETS,
  it: GUILLEMETS,
  pt: GUILLEMETS,
  'pt-br': EN,
  nl: EN,
  pl: ['„', '”'],
  cs: LOW,
  ru: GUILLEMETS,
  uk: GUILLEMETS,
  sv: ['”', '”'],
  ja: ['「', '」'],
  zh: EN,
  'zh-tw': ['「', '」'],
  'zh-hant': ['「', '」'],
  ko: EN,
  ar: GUILLEMETS,
  he: ['”', '”'],
  tr: EN,
};

/** Quotation marks for a language tag: exact tag, then primary subtag, else English “…”. */
export function quoteMarks(tag: string): string[] {
  const t = tag.toLowerCase();
  return MARKS[t] ?? MARKS[primary(t)] ?? EN;
}
