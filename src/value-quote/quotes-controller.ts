import type { ReactiveControllerHost } from 'lit';
import type { Quote } from '../data/types.js';
import { validateDocument, validateQuotes, type DataDocument, type Validated } from '../data/validate.js';
import { matchesValue, parseValueList } from '../data/text-match.js';
import { readLightDomQuotes } from '../data/light-dom.js';
import { selectQuotes } from '../data/select.js';
import { SourceController } from '../internal/source-controller.js';
import { ChildrenController } from './controllers.js';

/** What the element was given, in the order the contract ranks data sources. */
export interface QuoteInputs {
  quotes?: unknown;
  json?: string | null;
  src?: string | null;
  storyId?: string | null;
  text?: string | null;
  author?: string | null;
  value?: string | null;
  lang: string;
}

export type QuotesEvent = ['quotes-load', { quotes: Quote[] }] | ['quotes-error', { error: Error }];

/**
 * What one data source gave: the quotes it offers (none while pending or when nothing in it
 * is valid), the console messages about what was dropped, and the error to report, if any.
 */
interface Result {
  quotes?: Quote[];
  says: string[];
  error?: Error;
}

const PENDING: Result = { says: [] };
const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const failed = (error: Error, say = error.message): Result => ({ says: [say], error });

function result(v: Validated<unknown>, quotes?: Quote[], more: string[] = []): Result {
  const issues = [...v.errors.map((e) => e.message), ...more];
  if (quotes && !quotes.length) issues.push('no quotes to show');
  return {
    quotes: quotes?.length ? quotes : undefined,
    says: [...v.warnings, ...issues],
    error: issues.length ? new Error(issues.join('\n')) : undefined,
  };
}

function fromQuotes(input: unknown): Result {
  const v = validateQuotes(input);
  return result(v, v.value);
}

function fromJson(json: string): Result {
  try {
    return fromQuotes(JSON.parse(json));
  } catch {
    return failed(new SyntaxError('the quotes attribute is not valid JSON'));
  }
}

function fromDocument(v: Validated<DataDocument>, storyId: string | null | undefined, lang: string): Result {
  if (!v.value) return result(v);
  const { quotes, error } = selectQuotes(v.value, { storyId: storyId ?? undefined, lang });
  return result(v, quotes, error ? [error] : []);
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
  /** Something besides the host's properties changed: a `src` answer, the light DOM. */
  dirty = true;
  private data?: Quote[];
  private reported?: Result;
  private memo: Record<string, [unknown[], Result]> = {};
  private noMatch: unknown[] = [];
  private sig = '';
  private doc?: Validated<DataDocument>;
  private srcError?: Result;
  private source: SourceController;

  constructor(
    private host: ReactiveControllerHost & HTMLElement,
    private report: (...event: QuotesEvent) => void,
    private warn: (message: string) => void,
  ) {
    const changed = () => {
      this.dirty = true;
      host.requestUpdate();
    };
    this.source = new SourceController(host, {
      onData: (data, url) => {
        this.doc = validateDocument(data, { base: url });
        changed();
      },
      onError: (error) => {
        this.srcError = failed(error, `could not load the quotes: ${error.message}`);
        changed();
      },
    });
    new ChildrenController(host, changed);
  }

  /** Starts loading `src` (or stops, when it is empty). */
  load(src: string | null | undefined, lazy: boolean): void {
    this.doc = this.srcError = undefined;
    this.source.load(src || null, { lazy });
  }

  /** Reads the sources again; true when the list on show changed. */
  resolve({ quotes, json, src, storyId, text, author, value, lang }: QuoteInputs): boolean {
    this.dirty = false;
    const { doc } = this;
    const says: string[] = [];
    const light = readLightDomQuotes(this.host, { onWarning: (w) => says.push(w) });
    // Each source's result is kept while its inputs stay the same, so it is reported once.
    const memo = (slot: string, key: unknown[], make: () => Result): Result => {
      const hit = this.memo[slot];
      return hit && same(hit[0], key) ? hit[1] : (this.memo[slot] = [key, make()])[1];
    };
    const found: Result[] = [];
    if (quotes != null) found.push(memo('p', [quotes], () => fromQuotes(quotes)));
    if (json != null) found.push(memo('j', [json], () => fromJson(json)));
    if (src) found.push(this.srcError ?? (doc ? memo('s', [doc, storyId, lang], () => fromDocument(doc, storyId, lang)) : PENDING));
    if (light.length) found.push(memo('l', [JSON.stringify(light)], () => ({ quotes: light, says })));
    if (text) found.push(memo('t', [text, author, value], () => fromQuotes([{ text, ...(author && { author }), ...(value && { value }) }])));
    const chosen = found[0];
    if (chosen && chosen !== this.reported) {
      this.reported = chosen;
      chosen.says.forEach(this.warn);
      if (chosen.error) this.report('quotes-error', { error: chosen.error });
      if (chosen.quotes) this.report('quotes-load', { quotes: chosen.quotes });
    }
    const data = (this.data = chosen?.quotes ?? this.data ?? found.find((r) => r.quotes)?.quotes);
    if (!data) return false;
    const values = parseValueList(value);
    let list = data.filter((q) => matchesValue(q, values));
    if (!list.length) {
      const message = `no quote matches value="${value}"; showing the quotes as they were`;
      this.warn(message);
      if (!same(this.noMatch, [data, value])) this.report('quotes-error', { error: new Error(message) });
      this.noMatch = [data, value];
      list = this.list.length ? this.list : data;
    }
    const sig = JSON.stringify(list);
    if (sig === this.sig) return false;
    this.sig = sig;
    this.list = list;
    return true;
  }
}
