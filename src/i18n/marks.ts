import { primary } from './lang.js';

// Opening and closing quotation marks (CLDR's primary marks), each pair before the tags that
// use it; anything else gets English “…”. French puts a narrow no-break space (U+202F) inside
// its guillemets; « and » are bidi-mirrored, so Arabic and Hebrew text shows them the right
// way round.
const MARKS = '«\u202f\u202f»:fr|„“:de cs|«»:de-ch es it pt ru uk ar|“”:pt-br|„”:pl|””:sv he|「」:ja zh-tw zh-hant';

const find = (tag: string) => MARKS.split('|').find((e) => e.split(/[: ]/).includes(tag))?.split(':')[0];

/** Quotation marks for a language tag: exact tag, then primary subtag, else English “…”. */
export function quoteMarks(tag: string): string[] {
  const t = tag.toLowerCase();
  const m = find(t) ?? find(primary(t)) ?? '“”';
  // Every mark is one UTF-16 unit, so the pair splits in its middle.
  return [m.slice(0, m.length / 2), m.slice(m.length / 2)];
}
