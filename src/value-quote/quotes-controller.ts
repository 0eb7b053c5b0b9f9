import type { ReactiveControllerHost } from 'lit';
import type { Quote } from '../data/types.js';
import { validateQuotes } from '../data/validate.js';
import { matchesValue, parseValueList } from '../data/text-match.js';
import { readLightDomQuotes } from '../data/light-dom.js';
import { selectQuotes } from '../data/select.js';
import { ChildrenController } from '../internal/children-controller.js';
import { DataPipeline, outcomeOf, outcomeOfJson, sameItems, type MaybeSource, type Outcome, type Reporting, type SourceReading } from '../internal/data-pipeline.js';
import { SourceController } from '../internal/source-controller.js';

/** The element as its quotes controller sees it: the public properties that hold its sources. */
export interface QuotesHost extends ReactiveControllerHost, Element {
  quotes?: Quote[] | null;
  src?: string | null;
  storyId?: string | null;
  text?: string | null;
  author?: string | null;
  value?: string | null;
  loading: string;
}


/** Quotes given as objects (the property, the attribute, the `text` attribute), validated. */
function outcomeOfQuotes(input: unknown): Outcome<Quote[]> {
  const { value, ...validated } = validateQuotes(input);
  return outcomeOf(validated, value?.length ? value : undefined, { issue: value && !value.length ? 'no quotes to show' : undefined });
}

/** The light DOM's quotes, read once for each change that the children controller counts. */
interface LightDomRead {
  version: number;
  outcome: Outcome<Quote[]>;
  /** The quotes as text: a change that leaves them the same is no new data set. */
  signature: string;
}

/**
 * The quotes to show: the first data source present wins (property, attribute, `src`, light
 * DOM, `text`); while it loads or when it fails, what is shown stays, else the next source is
 * the fallback. Then the `value` filter.
 */
export class QuotesController extends DataPipeline<Quote[]> {
  /** The quotes on show, filtered by `value`. */
  list: Quote[] = [];

  private readonly _children = new ChildrenController(this._host);
  private readonly _remote = new SourceController(this._host, 'the quotes');
  private _lightDom?: LightDomRead;
  /** The data and filter that last matched nothing, so that failure is reported once. */
  private _unmatched: unknown[] = [];

  constructor(
    private readonly _host: QuotesHost,
    reporting: Reporting,
  ) {
    super('quotes', reporting);
  }

  /** Reads the sources as they are now, for an element in `lang`; true when the list on show changed. */
  update(lang: string): boolean {
    const { quotes, src, storyId, text, author, value } = this._host;
    // The attribute's text, which the element watches without offering it as a property.
    const quotesJson = this._host.getAttribute('quotes');
    this._remote.sync(src, this._host.loading === 'lazy');
    const lightDom = this._readLightDom();
    this.resolve([
      quotes != null && { key: [quotes], read: () => outcomeOfQuotes(quotes) },
      quotesJson != null && { key: [quotesJson], read: () => outcomeOfJson(quotesJson, 'the quotes attribute', outcomeOfQuotes) },
      this._remote.reading([storyId, lang], ({ value: document, ...validated }, url) => {
        const selected = document && selectQuotes(document, { storyId: storyId || undefined, lang });
        const found = selected?.quotes.length ? selected.quotes : undefined;
        // A document that failed validation has its errors already; one that holds nothing to show says so.
        const issue = selected && (selected.error ?? (found ? undefined : 'no quotes to show'));
        return outcomeOf(validated, found, { issue, url });
      }),
      lightDom.outcome.data && { key: [lightDom.signature], read: () => lightDom.outcome },
      text && { key: [text, author, value], read: () => outcomeOfQuotes([{ text, author, value }]) },
    ]);
    const data = this.data;
    if (!data) return false;
    const values = parseValueList(value);
    let list = data.filter((quote) => matchesValue(quote, values));
    if (!list.length) {
      const message = `no quote matches value="${value}"; showing the quotes as they were`;
      this._reporting.warner.warn(message);
      if (!sameItems(this._unmatched, [data, value])) this._reporting.eventQueue.add('quotes-error', { error: new Error(message) });
      this._unmatched = [data, value];
      list = this.list.length ? this.list : data;
    }
    // Quotes made anew with the same content (a framework setting an equal array) change nothing.
    if (sameItems(list, this.list) || (list.length == this.list.length && JSON.stringify(list) == JSON.stringify(this.list))) return false;
    this.list = list;
    return true;
  }

  /** While the winner loads or after it failed: the quotes shown before, whatever gave them, else the first other source's. */
  protected override _dataWhileMissing(sources: readonly MaybeSource<Quote[]>[], winner: SourceReading<Quote[]>): Quote[] | undefined {
    if (this._sourceData) return this._sourceData;
    for (const source of sources) {
      const data = source && source !== winner ? source.read()?.data : undefined;
      if (data) return data;
    }
    return undefined;
  }

  private _readLightDom(): LightDomRead {
    const version = this._children.version;
    if (this._lightDom?.version !== version) {
      const warnings: string[] = [];
      const quotes = readLightDomQuotes(this._host, { onWarning: (warning) => warnings.push(warning) });
      this._lightDom = { version, outcome: { data: quotes.length ? quotes : undefined, warnings }, signature: JSON.stringify(quotes) };
    }
    return this._lightDom;
  }
}
