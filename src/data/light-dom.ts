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

const attr = (el: Element | null | undefined, name: string): string | undefined => collapse(el?.getAttribute(name));

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
  return collapse(text)?.replace(/[ —–-]+$/u, '') || undefined;
}

function fromFigure(figure: Element): RawQuote | undefined {
  const blockquote = child(figure, 'blockquote');
  if (!blockquote) return undefined;
  const originalText = attr(figure, 'data-original') ?? attr(blockquote, 'data-original');
  return {
    text: collapse(blockquote.textContent) ?? '',
    author: collapse(child(figure, 'figcaption')?.textContent),
    value: attr(figure, 'data-value') ?? attr(blockquote, 'data-value'),
    cite: blockquote.getAttribute('cite') ?? undefined,
    lang: attr(blockquote, 'lang') ?? attr(figure, 'lang'),
    original: originalText && {
      text: originalText,
      lang: attr(figure, 'data-original-lang') ?? attr(blockquote, 'data-original-lang'),
    },
  };
}

function fromBlockquote(blockquote: Element): RawQuote {
  const inner = blockquote.querySelector('cite') ?? undefined;
  const next = blockquote.nextElementSibling;
  const author = inner ?? (next?.localName === 'cite' ? next : undefined);
  return {
    text: textWithout(blockquote, inner) ?? '',
    author: collapse(author?.textContent)?.replace(/^[—–-]\s*/u, ''),
    value: attr(blockquote, 'data-value'),
    cite: blockquote.getAttribute('cite') ?? undefined,
    lang: attr(blockquote, 'lang'),
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
  const raw: RawQuote[] = [];
  for (const el of host.children) {
    const q = el.localName === 'figure' ? fromFigure(el) : el.localName === 'blockquote' ? fromBlockquote(el) : undefined;
    if (q) raw.push(q);
  }
  const { value, warnings } = validateQuotes(
    raw.map((q) => Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined))),
  );
  warnings.forEach((w) => opts.onWarning?.(w));
  return value ?? [];
}
