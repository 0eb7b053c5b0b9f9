/**
 * Accent- and case-insensitive comparison of values and words, so `perseverance` typed in an
 * attribute finds `Persévérance` in the data, and the value's word is found in the quote.
 */
import type { Quote } from './types.js';

/**
 * Trimmed, lower case, without accents. NFKD also splits compatibility forms (ligatures, full-width
 * letters); marks are stripped after lower-casing because that can add some (`İ` → `i̇`).
 */
export const fold = (s: string): string => s.trim().normalize('NFKD').toLowerCase().replace(/\p{M}/gu, '');

/** Whether two texts are the same once folded and trimmed. */
export const sameText = (a: string, b: string): boolean => fold(a) == fold(b);

/** Splits a comma-separated attribute into trimmed, non-empty items. */
export const parseValueList = (attr: string | null | undefined): string[] =>
  (attr ?? '').split(',').map((item) => item.trim()).filter(Boolean);

/** Whether a quote's value is one of `values` (folded); an empty list keeps every quote. */
export const matchesValue = ({ value }: Quote, values: string[]): boolean =>
  !values.length || (!!value && values.some((wanted) => sameText(wanted, value)));

/**
 * First whole-word occurrence of `word` in `text`, accent- and case-insensitive, as indices
 * into the original `text` (combining accents after the last letter included).
 * Word boundaries are Unicode letters and numbers. Matching is strict: `Rigueur` does not
 * match inside `rigueurs`, because stretching a word to its plural is language-specific and a
 * highlight on the wrong word is worse than none.
 */
export function findWord(text: string, word: string): { start: number; end: number } | undefined {
  const needle = fold(word).replace(/\s+/g, ' ');
  // The text folded character by character, remembering for each UTF-16 unit of the folded
  // text where its character starts in the original. Whitespace runs count as one space, so
  // "prise  de risque" still matches "prise de risque"; combining marks fold to nothing, so
  // they stay with the letter before them.
  let folded = '';
  const startInText: number[] = [];
  let position = 0;
  for (const character of text) {
    const foldedCharacter = /\s/.test(character) ? ' ' : fold(character);
    if (foldedCharacter != ' ' || !folded.endsWith(' ')) {
      folded += foldedCharacter;
      for (let unit = foldedCharacter.length; unit--; ) startInText.push(position);
    }
    position += character.length;
  }
  for (let at = needle ? folded.indexOf(needle) : -1; at >= 0; at = folded.indexOf(needle, at + 1)) {
    const after = at + needle.length;
    // The u flag makes these look at whole code points, surrogate pairs included.
    if (!/[\p{L}\p{N}]$/u.test(folded.slice(0, at)) && !/^[\p{L}\p{N}]/u.test(folded.slice(after))) {
      // The match ends where the next character with a folded form starts, so the marks after
      // the last letter are in, and so is all of a character that folds to several (`ﬁ`, `½`).
      const end = startInText.find((start, unit) => unit >= after && start > startInText[after - 1]);
      return { start: startInText[at], end: end ?? text.length };
    }
  }
  return undefined;
}
