import { invalidValue } from '../internal/warn.js';

/** Default time a quote stays, in ms. */
export const DEFAULT_INTERVAL = 7000;

/** Words in a text, counted by `Intl.Segmenter` (Baseline 2024) so languages without spaces count too. */
export function countWords(text: string, lang?: string): number {
  let words: Intl.Segmenter;
  try {
    words = new Intl.Segmenter(lang, { granularity: 'word' });
  } catch {
    // A quote's `lang` comes from the data and may not be a language tag: segment it as the page would.
    words = new Intl.Segmenter(undefined, { granularity: 'word' });
  }
  // WebKit does not call a segment that ends in a digit word-like (`1999`, `mp3`), as V8 and
  // SpiderMonkey do: count it too, so a quote stays as long in Safari as elsewhere.
  return [...words.segment(text)].filter((s) => s.isWordLike || /\p{N}/u.test(s.segment)).length;
}

/**
 * How long a quote stays, from the `interval` attribute or property: a number of ms (at
 * least 2000) or `auto` (exactly max(5000, 3000 + 300 × words)). Anything else is reported
 * through `warn` and gets the default.
 */
export function period(interval: unknown, text: string, lang: string | undefined, warn: (m: string) => void): number {
  if (interval === 'auto') return Math.max(5000, 3000 + 300 * countWords(text, lang));
  // A blank string is not 0.
  const ms = `${interval ?? ''}`.trim() ? Number(interval) : NaN;
  if (isFinite(ms)) return Math.max(2000, ms);
  warn(invalidValue('interval', interval, 'a number of ms or "auto"', DEFAULT_INTERVAL));
  return DEFAULT_INTERVAL;
}
