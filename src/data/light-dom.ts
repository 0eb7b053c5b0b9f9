/**
 * Reads quotes written as plain HTML inside the element, the form that works without
 * JavaScript and that crawlers index. The result goes through the same validation as JSON,
 * so the same rules (required text, safe links) apply whatever the source.
 */
import type { Quote } from './types.js';
import { validateQuotes } from './validate.js';

/** Options of `readLightDomQuotes`. */
export interface LightDomOptions {
  /** Receives one message per dropped link (path like `[1].cite`), for the element to warn with. */
  onWarning?(message: string): void;
}

type RawQuote = Partial<Record<keyof Quote, unknown>>;

// HTML whitespace only: no-break spaces are typography (French « ») and must survive.
const collapse = (s: string | null | undefined): string | undefined =>
  s?.replace(/[ \t\n\r\f]+/g, ' ').replace(/^ | $/g, '') || undefined;

/** The first of the elements that carries the attribute, collapsed. */
const attr = (name: string, ...els: (Element | undefined)[]): string | undefined =>
  els.map((el) => collapse(el?.getAttribute(name))).find((v) => v);

const child = (parent: Element, name: string): Element | undefined =>
  [...parent.children].find((c) => c.localName === name);

// The quote's text without the attribution that some authors write inside the blockquote
// (a <cite>, or a <footer> holding it with its dash).
function textWithout(blockquote: Element, attribution: Element | undefined): string | undefined {
  const footer = attribution?.closest('footer');
  const skip = footer && blockquote.contains(footer) ? footer : attribution;
  let text = '';
  const walker = blockquote.ownerDocument.createTreeWalker(blockquote, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!skip?.contains(n)) text += (n as Text).data;
  return collapse(text)?.replace(/[ —–-]+$/u, '');
}

/**
 * One quote from a `<figure>` (its `<blockquote>`, `<figcaption>` and data attributes) or from
 * a bare `<blockquote>` (author in a `<cite>` inside it or right after it). Absent fields stay
 * undefined: validation treats them as missing, and drops a quote without text.
 */
function read(el: Element): RawQuote | undefined {
  const fig = el.localName === 'figure' ? el : undefined;
  const bq = fig ? child(fig, 'blockquote') : el.localName === 'blockquote' ? el : undefined;
  if (!bq) return undefined;
  const inner = fig ? undefined : (bq.querySelector('cite') ?? undefined);
  const next = bq.nextElementSibling;
  const by = fig ? child(fig, 'figcaption') : (inner ?? (next?.localName === 'cite' ? next : undefined));
  const original = attr('data-original', fig, bq);
  return {
    text: fig ? collapse(bq.textContent) : textWithout(bq, inner),
    // The dash is the element's to draw.
    author: collapse(by?.textContent)?.replace(/^[—–-]\s*/u, ''),
    value: attr('data-value', fig, bq),
    cite: bq.getAttribute('cite'),
    lang: attr('lang', bq, fig),
    original: original && { text: original, lang: attr('data-original-lang', fig, bq) },
  };
}

/**
 * Quotes from the host's direct children: `<figure>` holding a `<blockquote>` (its `cite`
 * and `lang`), a `<figcaption>` (author), `data-value`, and optionally `data-original` /
 * `data-original-lang`; or a bare `<blockquote>` whose author is a `<cite>` inside it or
 * right after it. Text is read as text and HTML whitespace collapsed. Quotes without text
 * are skipped; unsafe `cite` URLs are dropped and reported through `onWarning`.
 */
export function readLightDomQuotes(host: Element, opts: LightDomOptions = {}): Quote[] {
  const raw = [...host.children].map(read);
  const { value, warnings } = validateQuotes(raw.filter((q) => q));
  warnings.forEach((w) => opts.onWarning?.(w));
  return value ?? [];
}
