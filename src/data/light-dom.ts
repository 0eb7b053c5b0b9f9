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

// Absent fields stay undefined: validation treats them as missing, and drops a quote without text.
function fromFigure(figure: Element): RawQuote | undefined {
  const bq = child(figure, 'blockquote');
  if (!bq) return undefined;
  const original = attr('data-original', figure, bq);
  return {
    text: collapse(bq.textContent),
    author: collapse(child(figure, 'figcaption')?.textContent),
    value: attr('data-value', figure, bq),
    cite: bq.getAttribute('cite'),
    lang: attr('lang', bq, figure),
    original: original && { text: original, lang: attr('data-original-lang', figure, bq) },
  };
}

function fromBlockquote(bq: Element): RawQuote {
  const inner = bq.querySelector('cite') ?? undefined;
  const next = bq.nextElementSibling;
  return {
    text: textWithout(bq, inner),
    author: collapse((inner ?? (next?.localName === 'cite' ? next : undefined))?.textContent)?.replace(/^[—–-]\s*/u, ''),
    value: attr('data-value', bq),
    cite: bq.getAttribute('cite'),
    lang: attr('lang', bq),
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
  const raw = [...host.children].map((el) =>
    el.localName === 'figure' ? fromFigure(el) : el.localName === 'blockquote' ? fromBlockquote(el) : undefined,
  );
  const { value, warnings } = validateQuotes(raw.filter((q) => q));
  warnings.forEach((w) => opts.onWarning?.(w));
  return value ?? [];
}
