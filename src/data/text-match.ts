/**
 * Accent- and case-insensitive comparison of values and words, so `perseverance` typed in an
 * attribute finds `Persévérance` in the data, and the value's word is found in the quote.
 */
import type { Quote } from './types.js';

const MARKS = /\p{M}/gu;

/**
 * Lower case without accents. NFKD also splits compatibility forms (ligatures, full-width
 * letters); marks are stripped after lower-casing because that can add some (`İ` → `i̇`).
 */
export const fold = (s: string): string => s.normalize('NFKD').toLowerCase().replace(MARKS, '');

/** Whether two texts are the same once folded and trimmed. */
export const sameText = (a: string, b: string): boolean => fold(a.trim()) === fold(b.trim());

/** Splits a comma-separated attribute into trimmed, non-empty items. */
export function parseValueList(attr: string | null | undefined): string[] {
  return (attr ?? '').split(',').map((v) => v.trim()).filter(Boolean);
}

/** Whether a quote's value is one of `values` (folded); an empty list keeps every quote. */
export const matchesValue = ({ value }: Quote, values: string[]): boolean =>
  !values.length || (value !== undefined && values.some((v) => sameText(v, value)));

// Folds character by character to remember, for each UTF-16 unit of the folded text, the
// span of the original it came from.
function foldWithMap(text: string): [folded: string, from: number[], to: number[]] {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  for (const ch of text) {
    const start = i;
    i += ch.length;
    // Whitespace runs count as one space, so "prise  de risque" still matches "prise de risque".
    const f = /\s/u.test(ch) ? ' ' : fold(ch);
    if (f === ' ' && out.endsWith(' ')) {
      to[to.length - 1] = i;
      continue;
    }
    for (let k = f.length; k--; ) {
      from.push(start);
      to.push(i);
    }
    out += f;
  }
  return [out, from, to];
}

/**
 * First whole-word occurrence of `word` in `text`, accent- and case-insensitive, as indices
 * into the original `text` (combining accents after the last letter included).
 * Word boundaries are Unicode letters and numbers. Matching is strict: `Rigueur` does not
 * match inside `rigueurs`, because stretching a word to its plural is language-specific and a
 * highlight on the wrong word is worse than none.
 */
export function findWord(text: string, word: string): { start: number; end: number } | undefined {
  const needle = fold(word.trim()).replace(/\s+/gu, ' ');
  if (!needle) return undefined;
  const [hay, from, to] = foldWithMap(text);
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    const after = at + needle.length;
    // The u flag makes these look at whole code points, surrogate pairs included.
    if (/[\p{L}\p{N}\p{M}]$/u.test(hay.slice(0, at)) || /^[\p{L}\p{N}\p{M}]/u.test(hay.slice(after))) continue;
    const end = to[after - 1];
    // Combining marks belong to the letter before them, so the match must keep them.
    return { start: from[at], end: end + /^\p{M}*/u.exec(text.slice(end))![0].length };
  }
  return undefined;
}
