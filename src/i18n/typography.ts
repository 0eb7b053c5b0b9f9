import { primary } from './lang.js';
import { quoteMarks } from './marks.js';

/**
 * A quote's text as shown in a language: inside its quotation marks, with the double marks it
 * contains (" “ ” „ « » 「 」, taken in pairs in reading order) turned into the language's
 * alternate marks; single marks are left alone, since ’ and ' are also apostrophes. Space next
 * to the outer marks goes, so neither mark can end or start a line alone. French puts a narrow
 * no-break space (U+202F) inside « » and before ; : ! ?, where the author wrote a space, or
 * none before ; ! ? after a word (not inside a link: `example.org?q=1`).
 */
export function typesetQuote(text: string, tag: string): string {
  const [open, close, innerOpen, innerClose] = quoteMarks(tag);
  let innerMarks = 0;
  const shown = text
    .trim()
    // The space inside a pair goes with its marks: French « courage » becomes “courage”.
    .replace(/(\s*)["“”„«»「」](\s*)/g, (_, before: string, after: string) => (innerMarks++ % 2 ? innerClose + after : before + innerOpen));
  return primary(tag) == 'fr'
    ? `${open}\u202f${shown.replace(/(?<=[\p{L}\p{N}\p{Pe}\p{Pf}])\s*(?=[;!?]+(?![\p{L}\p{N}]))|\s+(?=[;:!?])/gu, '\u202f')}\u202f${close}`
    : open + shown + close;
}
