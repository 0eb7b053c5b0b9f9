import type { Quote } from '../data/types.js';
import { validateDocument, validateQuotes, type DataDocument, type Validated } from '../data/validate.js';
import { matchesValue, parseValueList } from '../data/text-match.js';
import { readLightDomQuotes } from '../data/light-dom.js';
import { selectQuotes } from '../data/select.js';
import { SourceController } from '../internal/source-controller.js';
import { ChildrenController } from './controllers.js';
import type { ValueQuote } from './value-quote.js';

/**
 * What one data set gave: the quotes it offers (none while pending or when nothing in it is
 * valid), the console messages about what was dropped, and the error to report, if any.
 */
type Result = [quotes: Quote[] | undefined, says: string[], error?: Error];

const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function result({ errors, warnings }: Validated<unknown>, quotes?: Quote[], more?: string): Result {
  const issues = errors.map((e) => e.message);
  if (more) issues.push(more);
  if (quotes && !quotes[0]) {
    issues.push('no quotes to show');
    quotes = undefined;
  }
  return [quotes, [...warnings, ...issues], issues[0] ? new Error(issues.join('\n')) : undefined];
}

function fromQuotes(input: unknown): Result {
  const v = validateQuotes(input);
  return result(v, v.value);
}

function fromJson(json: string): Result {
  try {
    return fromQuotes(JSON.parse(json));
  } catch {
    const say = 'the quotes attribute is not valid JSON';
    return [undefined, [say], new SyntaxError(say)];
  }
}

/** The quotes of a `src` document (a Result already when it failed), picked by `story-id` or language. */
function fromSource(doc: Validated<DataDocument> | Result, storyId: string | null | undefined, lang: string): Result {
  if (Array.isArray(doc)) return doc;
  if (!doc.value) return result(doc);
  const { quotes, error } = selectQuotes(doc.value, { storyId: storyId || undefined, lang });
  return result(doc, quotes, error);
}

/**
 * Finds the quotes to show: the first data source present wins (property, attribute, `src`,
 * light DOM, `text`); while it loads or when it fails, what is shown stays, else the next
 * source is the fallback. Each data set is reported once (console, `quotes-load`,
 * `quotes-error`), however often the element renders.
 */
export class QuotesController {
  /** The quotes on show, filtered by `value`. */
  list: Quote[] = [];
  /** The last quotes accepted, before the `value` filter. */
  private data?: Quote[];
  /** What the data set last reported was made of, and what it gave. */
  private key: unknown[] = [];
  private got?: Result;
  private noMatch: unknown[] = [];
  private sig?: string;
  /** What `src` gave: a validated document, or why it failed; none while loading. */
  private doc?: Validated<DataDocument> | Result;
  private source: SourceController;

  constructor(private host: ValueQuote) {
    // The source controller asks the host to update once it has reported.
    this.source = new SourceController(host, {
      onData: (data, url) => (this.doc = validateDocument(data, { base: url })),
      onError: (error) => (this.doc = [undefined, [`could not load the quotes: ${error.message}`], error]),
    });
    new ChildrenController(host, () => host.requestUpdate());
  }

  /** Starts loading `src` (or stops, when it is empty). */
  load(src: string | null | undefined, lazy: boolean): void {
    this.doc = undefined;
    this.source.load(src || null, { lazy });
  }

  /** Reads the sources again; true when the list on show changed. */
  resolve(lang: string): boolean {
    const h = this.host;
    const { quotes, src, storyId, text, author, value } = h;
    // The `quotes` attribute, private to the element's API.
    const json = h['_json'];
    const doc = this.doc;
    const says: string[] = [];
    const light = readLightDomQuotes(h, { onWarning: (w) => says.push(w) });
    // Each source present: what its data set is made of (a new key is a new data set) and how to read it.
    const found: [unknown[], () => Result][] = [];
    if (quotes != null) found.push([['p', quotes], () => fromQuotes(quotes)]);
    if (json != null) found.push([['j', json], () => fromJson(json)]);
    if (src) found.push([['s', doc, storyId, lang], () => (doc ? fromSource(doc, storyId, lang) : [undefined, []])]);
    if (light[0]) found.push([['l', JSON.stringify(light)], () => [light, says]]);
    if (text) found.push([['t', text, author, value], () => fromQuotes([{ text, author, value }])]);
    const chosen = found[0];
    if (chosen && !same(chosen[0], this.key)) {
      this.key = chosen[0];
      const [q, say, error] = (this.got = chosen[1]());
      say.forEach((m) => h._warn(m));
      if (error) h._emit('quotes-error', { error });
      if (q) h._emit('quotes-load', { quotes: q });
    }
    const data = (this.data = this.got?.[0] ?? this.data ?? found.map((f) => f[1]()[0]).find((q) => q));
    if (!data) return false;
    const values = parseValueList(value);
    let list = data.filter((q) => matchesValue(q, values));
    if (!list[0]) {
      const message = `no quote matches value="${value}"; showing the quotes as they were`;
      h._warn(message);
      if (!same(this.noMatch, [data, value])) h._emit('quotes-error', { error: new Error(message) });
      this.noMatch = [data, value];
      list = this.list[0] ? this.list : data;
    }
    const sig = JSON.stringify(list);
    if (sig === this.sig) return false;
    this.sig = sig;
    this.list = list;
    return true;
  }
}
