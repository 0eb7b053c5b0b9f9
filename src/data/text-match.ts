/**
 * Accent- and case-insensitive comparison of values and words, so `perseverance` typed in an
 * attribute finds `Persévérance` in the data, and the value's word is found in the quote.
 */
import type { Quote } from './types.js';

const MARKS = /\p{M}/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

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
export function matchesValue(quote: Quote, values: string[]): boolean {
  if (!values.length) return true;
  const value = quote.value;
  return value !== undefined && values.some((v) => sameText(v, value));
}

interface Folded {
  text: string;
  /** For each UTF-16 unit of `text`, the span of the original it came from. */
  from: number[];
  to: number[];
}

// Folds character by character to remember where each folded unit came from.
function foldWithMap(text: string): Folded {
  const out: Folded = { text: '', from: [], to: [] };
  let i = 0;
  for (const ch of text) {
    const start = i;
    i += ch.length;
    // Whitespace runs count as one space, so "prise  de risque" still matches "prise de risque".
    const f = /\s/u.test(ch) ? ' ' : fold(ch);
    if (f === ' ' && out.text.endsWith(' ')) {
      out.to[out.to.length - 1] = i;
      continue;
    }
    for (let k = 0; k < f.length; k++) {
      out.from.push(start);
      out.to.push(i);
    }
    out.text += f;
  }
  return out;
}

// The code point that ends at `at` (a surrogate pair counts as one character).
const charBefore = (s: string, at: number): string => {
  const low = s.charCodeAt(at - 1);
  return s.slice(at - (at >= 2 && low >= 0xdc00 && low <= 0xdfff ? 2 : 1), at);
};
const charAt = (s: string, at: number): string => String.fromCodePoint(s.codePointAt(at)!);

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
  const hay = foldWithMap(text);
  for (let at = hay.text.indexOf(needle); at !== -1; at = hay.text.indexOf(needle, at + 1)) {
    const after = at + needle.length;
    if ((at > 0 && WORD_CHAR.test(charBefore(hay.text, at))) || (after < hay.text.length && WORD_CHAR.test(charAt(hay.text, after)))) continue;
    let end = hay.to[after - 1];
    // Combining marks belong to the letter before them, so the match must keep them.
    while (end < text.length && /\p{M}/u.test(charAt(text, end))) end += charAt(text, end).length;
    return { start: hay.from[at], end };
  }
  return undefined;
}
