import type { ReactiveControllerHost } from 'lit';
import type { Quote } from '../data/types.js';
import { validateQuotes } from '../data/validate.js';
import { matchesValue, parseValueList } from '../data/text-match.js';
import { readLightDomQuotes } from '../data/light-dom.js';
import { selectQuotes } from '../data/select.js';
import { ChildrenController } from '../internal/children-controller.js';
import { DataPipeline, outcomeOf, outcomeOfJson, sameItems, type Outcome } from '../internal/data-pipeline.js';
import { RemoteSource } from '../internal/remote-source.js';
import type { EventQueue } from '../internal/events.js';
import type { Warner } from '../internal/warn.js';

/** What the element's sources hold now; read before each render. */
export interface QuoteInputs {
  quotes?: Quote[] | null;
  /** The `quotes` attribute: a JSON array. */
  quotesJson?: string | null;
  src?: string | null;
  lazy: boolean;
  storyId?: string | null;
  text?: string | null;
  author?: string | null;
  value?: string | null;
  lang: string;
}

/** How the controller talks to its element. */
export interface QuotesControllerOptions {
  inputs(): QuoteInputs;
  warner: Warner;
  eventQueue: Pick<EventQueue, 'add'>;
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
export class QuotesController {
  /** The quotes on show, filtered by `value`. */
  list: Quote[] = [];

  private readonly _pipeline: DataPipeline<Quote[]>;
  private readonly _remote: RemoteSource<Quote[]>;
  private readonly _children: ChildrenController;
  private _lightDom?: LightDomRead;
  /** What the element's sources held at the start of the update under way. */
  private _inputs!: QuoteInputs;
  /** The data and filter that last matched nothing, so that failure is reported once. */
  private _unmatched: unknown[] = [];

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private readonly _options: QuotesControllerOptions,
  ) {
    const inputs = () => this._inputs;
    this._children = new ChildrenController(_host);
    this._remote = new RemoteSource<Quote[]>(_host, {
      what: 'the quotes',
      selection: () => [inputs().storyId, inputs().lang],
      select: ({ value: document, ...validated }) => {
        if (!document) return outcomeOf<Quote[]>(validated, undefined);
        const { quotes, error } = selectQuotes(document, { storyId: inputs().storyId || undefined, lang: inputs().lang });
        return outcomeOf(validated, quotes.length ? quotes : undefined, {
          issue: error ?? (quotes.length ? undefined : 'no quotes to show'),
        });
      },
    });
    this._pipeline = new DataPipeline({
      sources: [
        { inputs: () => (inputs().quotes != null ? [inputs().quotes] : undefined), read: () => outcomeOfQuotes(inputs().quotes) },
        {
          inputs: () => (inputs().quotesJson != null ? [inputs().quotesJson] : undefined),
          read: () => outcomeOfJson(inputs().quotesJson!, 'the quotes attribute', outcomeOfQuotes),
        },
        this._remote,
        { inputs: () => (this._readLightDom().outcome.data ? [this._lightDom!.signature] : undefined), read: () => this._lightDom!.outcome },
        {
          inputs: () => (inputs().text ? [inputs().text, inputs().author, inputs().value] : undefined),
          read: () => outcomeOfQuotes([{ text: inputs().text, author: inputs().author, value: inputs().value }]),
        },
      ],
      keepShownData: true,
      fallBackToOtherSources: true,
      events: { load: 'quotes-load', error: 'quotes-error', loadDetail: (quotes) => ({ quotes }) },
      warner: _options.warner,
      eventQueue: _options.eventQueue,
    });
  }

  /** Reads the sources again; true when the list on show changed. */
  update(): boolean {
    const inputs = (this._inputs = this._options.inputs());
    this._remote.sync(inputs.src, inputs.lazy);
    this._pipeline.update();
    const data = this._pipeline.data;
    if (!data) return false;
    const values = parseValueList(inputs.value);
    let list = data.filter((quote) => matchesValue(quote, values));
    if (!list.length) {
      const message = `no quote matches value="${inputs.value}"; showing the quotes as they were`;
      this._options.warner.warn(message);
      if (!sameItems(this._unmatched, [data, inputs.value])) this._options.eventQueue.add('quotes-error', { error: new Error(message) });
      this._unmatched = [data, inputs.value];
      list = this.list.length ? this.list : data;
    }
    // Quotes made anew with the same content (a framework setting an equal array) change nothing.
    if (sameItems(list, this.list) || JSON.stringify(list) == JSON.stringify(this.list)) return false;
    this.list = list;
    return true;
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
