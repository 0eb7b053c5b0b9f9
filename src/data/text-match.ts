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

/** Where a word was found, as indices into the original text. */
export interface WordMatch {
  start: number;
  end: number;
}

// Quotes are short and repeat their letters, and a page often shows the same quotes in several
// elements: each character is folded once, then read back. Bounded, so a page that shows
// texts in a script of thousands of characters keeps a small table.
const FOLDED_CHARACTERS = new Map<string, string>();
const MOST_FOLDED_CHARACTERS = 2048;

/** One character as `findWord` compares it: whitespace as one space, the rest folded. */
function foldCharacter(character: string): string {
  let folded = FOLDED_CHARACTERS.get(character);
  if (folded === undefined) {
    folded = /\s/.test(character) ? ' ' : fold(character);
    if (FOLDED_CHARACTERS.size < MOST_FOLDED_CHARACTERS) FOLDED_CHARACTERS.set(character, folded);
  }
  return folded;
}

const LETTER_OR_NUMBER_AT_END = /[\p{L}\p{N}]$/u;
const LETTER_OR_NUMBER_AT_START = /^[\p{L}\p{N}]/u;

/**
 * First whole-word occurrence of `word` in `text`, accent- and case-insensitive, as indices
 * into the original `text` (combining accents after the last letter included).
 * Word boundaries are Unicode letters and numbers. Matching is strict: `Rigueur` does not
 * match inside `rigueurs`, because stretching a word to its plural is language-specific and a
 * highlight on the wrong word is worse than none.
 */
export function findWord(text: string, word: string): WordMatch | undefined {
  const needle = fold(word).replace(/\s+/g, ' ');
  // The text folded character by character, remembering for each UTF-16 unit of the folded
  // text where its character starts in the original. Whitespace runs count as one space, so
  // "prise  de risque" still matches "prise de risque"; combining marks fold to nothing, so
  // they stay with the letter before them.
  // Pieces joined once at the end: growing a string while reading its end would copy it each time.
  const pieces: string[] = [];
  const startInText: number[] = [];
  let position = 0;
  let lastWasSpace = false;
  for (const character of text) {
    const foldedCharacter = foldCharacter(character);
    if (foldedCharacter != ' ' || !lastWasSpace) {
      pieces.push(foldedCharacter);
      for (let unit = foldedCharacter.length; unit--; ) startInText.push(position);
      if (foldedCharacter) lastWasSpace = foldedCharacter == ' ';
    }
    position += character.length;
  }
  const folded = pieces.join('');
  for (let at = needle ? folded.indexOf(needle) : -1; at >= 0; at = folded.indexOf(needle, at + 1)) {
    const after = at + needle.length;
    // Two UTF-16 units hold any code point, so these look at the whole character next to the
    // match (the u flag reads a surrogate pair as one) without copying the rest of the text.
    if (!LETTER_OR_NUMBER_AT_END.test(folded.slice(Math.max(0, at - 2), at)) && !LETTER_OR_NUMBER_AT_START.test(folded.slice(after, after + 2))) {
      // The match ends where the next character with a folded form starts, so the marks after
      // the last letter are in, and so is all of a character that folds to several (`ﬁ`, `½`).
      let end = after;
      while (end < startInText.length && startInText[end] <= startInText[after - 1]) end++;
      return { start: startInText[at], end: startInText[end] ?? text.length };
    }
  }
  return undefined;
}
