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

// HTML whitespace only: no-break spaces are typography (French « ») and must survive. A run is
// anything but a lone space, so text spaced as usual is read without being copied.
const WHITESPACE_RUN = /[\t\n\r\f][ \t\n\r\f]*| [ \t\n\r\f]+/g;
const collapse = (s: string | null | undefined): string | undefined => s?.replace(WHITESPACE_RUN, ' ').replace(/^ | $/g, '') || undefined;

/** The attribute of the first element that carries it, collapsed. */
const attr = (name: string, first: Element | undefined, second: Element | undefined): string | undefined =>
  collapse(first?.getAttribute(name)) ?? collapse(second?.getAttribute(name));

/**
 * One quote from a `<figure>` (its `<blockquote>`, `<figcaption>` and data attributes) or from
 * a bare `<blockquote>` (author in a `<cite>` inside it or right after it); none (an empty
 * list) from anything else. Absent fields stay undefined: validation treats them as missing,
 * and drops a quote without text.
 */
function read(element: Element): RawQuote | [] {
  const figure = element.localName == 'figure' ? element : undefined;
  const blockquote = figure ? figure.querySelector(':scope>blockquote') : element.localName == 'blockquote' && element;
  if (!blockquote) return [];
  const innerCite = figure ? null : blockquote.querySelector('cite');
  const next = blockquote.nextElementSibling;
  const byline = figure ? figure.querySelector(':scope>figcaption') : (innerCite ?? (next?.localName == 'cite' ? next : null));
  const original = attr('data-original', figure, blockquote);
  // The quote's text without the attribution that some authors write inside the blockquote
  // (a <cite>, or a <footer> holding it with its dash).
  const footer = innerCite?.closest('footer');
  const attribution = footer && blockquote.contains(footer) ? footer : innerCite;
  let text = attribution ? '' : blockquote.textContent!;
  if (attribution) {
    const walker = document.createTreeWalker(blockquote, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node; (node = walker.nextNode()); ) if (!attribution.contains(node)) text += (node as Text).data;
  }
  return {
    // The dashes are the element's to draw.
    text: figure ? collapse(text) : collapse(text)?.replace(/[ —–-]+$/, ''),
    author: collapse(byline?.textContent)?.replace(/^[—–-]\s*/, ''),
    value: attr('data-value', figure, blockquote),
    cite: blockquote.getAttribute('cite'),
    lang: attr('lang', blockquote, figure),
    original: original && { text: original, lang: attr('data-original-lang', figure, blockquote) },
  };
}

/**
 * Quotes from the host's direct children: `<figure>` holding a `<blockquote>` (its `cite`
 * and `lang`), a `<figcaption>` (author), `data-value`, and optionally `data-original` /
 * `data-original-lang`; or a bare `<blockquote>` whose author is a `<cite>` inside it or
 * right after it. Text is read as text and HTML whitespace collapsed. Quotes without text
 * are skipped; unsafe `cite` URLs are dropped and reported through `onWarning`.
 */
export function readLightDomQuotes(host: Element, { onWarning }: LightDomOptions = {}): Quote[] {
  const { value, warnings } = validateQuotes([...host.children].flatMap(read));
  warnings.forEach((warning) => onWarning?.(warning));
  // A list in gives a list out.
  return value!;
}
