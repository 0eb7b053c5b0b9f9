import type { ReactiveControllerHost } from 'lit';
import type { Quote } from '../data/types.js';
import { validateDocument, type DataDocument, type Validated } from '../data/validate.js';
import { matchesValue, parseValueList } from '../data/text-match.js';
import { readLightDomQuotes } from '../data/light-dom.js';
import { SourceController } from '../internal/source-controller.js';
import { ChildrenController } from './controllers.js';
import { failed, fromDocument, fromJson, fromQuotes, type SourceResult } from './sources.js';

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

const PENDING: SourceResult = { issues: [], warnings: [], pending: true };
const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

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
  private reported?: SourceResult;
  private memo = new Map<string, [unknown[], SourceResult]>();
  private noMatch: unknown[] = [];
  private sig = '';
  private doc?: Validated<DataDocument>;
  private srcError?: SourceResult;
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
        this.srcError = undefined;
        this.doc = validateDocument(data, { base: url });
        changed();
      },
      onError: (error) => {
        if (error.kind === 'abort') return;
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
  resolve(i: QuoteInputs): boolean {
    this.dirty = false;
    const { quotes, json, src, text, author, value } = i;
    const found: SourceResult[] = [];
    if (quotes != null) found.push(this.m('p', [quotes], () => fromQuotes(quotes)));
    if (json != null) found.push(this.m('j', [json], () => fromJson(json)));
    if (src) {
      const doc = this.doc;
      const id = i.storyId ?? undefined;
      found.push(this.srcError ?? (doc ? this.m('s', [doc, id, i.lang], () => fromDocument(doc, id, i.lang)) : PENDING));
    }
    const warnings: string[] = [];
    const light = readLightDomQuotes(this.host, { onWarning: (w) => warnings.push(w) });
    if (light.length) found.push(this.m('l', [JSON.stringify(light)], () => ({ quotes: light, issues: [], warnings })));
    if (text) {
      const q = { text, ...(author && { author }), ...(value && { value }) };
      found.push(this.m('t', [text, author, value], () => fromQuotes([q])));
    }
    const chosen = found[0];
    if (chosen && chosen !== this.reported) {
      this.reported = chosen;
      for (const m of [...chosen.warnings, ...chosen.issues]) this.warn(m);
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

  /** A source's result, kept while its inputs stay the same so it is reported once. */
  private m(slot: string, key: unknown[], make: () => SourceResult): SourceResult {
    const hit = this.memo.get(slot);
    if (hit && same(hit[0], key)) return hit[1];
    const r = make();
    this.memo.set(slot, [key, r]);
    return r;
  }
}
