/** Default time a quote stays, in ms. */
export const DEFAULT_INTERVAL = 7000;

/** Words in a text, counted by `Intl.Segmenter` so languages without spaces count too. */
export function countWords(text: string, lang?: string): number {
  if (typeof Intl.Segmenter !== 'function') return text.split(/\s+/).filter(Boolean).length;
  let n = 0;
  for (const s of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) if (s.isWordLike) n++;
  return n;
}

/**
 * How long a quote stays, from the `interval` attribute or property: a number of ms (at
 * least 2000) or `auto` (exactly max(5000, 3000 + 300 × words)). Anything else is reported
 * through `warn` and gets the default.
 */
export function period(interval: unknown, text: string, lang: string | undefined, warn: (m: string) => void): number {
  if (interval === 'auto') return Math.max(5000, 3000 + 300 * countWords(text, lang));
  const ms = typeof interval === 'string' && interval.trim() ? Number(interval) : interval;
  if (typeof ms === 'number' && Number.isFinite(ms)) return Math.max(2000, ms);
  warn(`interval "${String(interval)}" is neither a number of milliseconds nor "auto"; using ${DEFAULT_INTERVAL}`);
  return DEFAULT_INTERVAL;
}
