import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { absoluteUrl, fetchDocument } from '../data/load.js';
import { validateDocument, type DataDocument, type Validated } from '../data/validate.js';
import type { Outcome, SourceReading } from './data-pipeline.js';
import { observeIntersection } from './shared-observers.js';

/** What the latest request gave: the validated document and its URL, or the outcome of its failure. */
type Fetched = { document: Validated<DataDocument>; url: string } | { failure: Outcome<never> };

// Elements asking for one URL at once share its request and so its parsed answer: each such
// answer is validated once for all of them (every element then picks its own story from it).
const validatedAnswers = new WeakMap<object, Validated<DataDocument>>();

function validatedAnswer(data: unknown, url: string): Validated<DataDocument> {
  if (typeof data != 'object' || !data) return validateDocument(data, { base: url });
  let validated = validatedAnswers.get(data);
  if (!validated) validatedAnswers.set(data, (validated = validateDocument(data, { base: url })));
  return validated;
}

// Starting the request a screen's edge early lets the data arrive before the reader scrolls
// to the element, like the browser's own lazy images, while elements far down never fetch.
const LAZY_MARGIN = '300px 0px';

/**
 * An element's `src` as a data source. It fetches the JSON document, validates it against its
 * own URL (so relative links inside it resolve where its author meant) and lets the element
 * pick its data from it. The latest `src` always wins (one AbortController per run, so a late
 * answer to an earlier request never reaches the element); a request is aborted when `src`
 * changes or the element leaves the page, and started again when it comes back unanswered.
 */
export class SourceController implements ReactiveController {
  private _requestedSrc?: string;
  private _lazy = false;
  /** Undefined while loading, and without `src`; kept across a disconnect, so nothing is fetched twice. */
  private _fetched?: Fetched;
  /** What runs now, to abort: the request, or the wait for the viewport. */
  private _running?: { abort(): void };

  /** `what` is named in the console message of a failed request: "could not load {what}: …". */
  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private readonly _what: string,
  ) {
    _host.addController(this);
  }

  /** Loads `src` (none when empty), unless it and `lazy` are what the last call asked for. */
  sync(src: string | null | undefined, lazy: boolean): void {
    const wanted = src || undefined;
    if (wanted === this._requestedSrc && (!wanted || lazy === this._lazy)) return;
    this.hostDisconnected();
    this._requestedSrc = wanted;
    this._lazy = lazy;
    this._fetched = undefined;
    this.hostConnected();
  }

  /**
   * The source as the pipeline reads it, or undefined without `src`: `select` takes the
   * element's data from the document, and `selection` lists what else that depends on
   * (story-id, language).
   */
  reading<T>(selection: readonly unknown[], select: (document: Validated<DataDocument>, url: string) => Outcome<T>): SourceReading<T> | undefined {
    const fetched = this._fetched;
    if (!this._requestedSrc) return undefined;
    return {
      key: [fetched, ...selection],
      read: () => (!fetched ? undefined : 'failure' in fetched ? fetched.failure : select(fetched.document, fetched.url)),
    };
  }

  hostConnected(): void {
    const { _host: host, _requestedSrc: src } = this;
    // Nothing to load, already answered, or already fetching or watching: a second
    // hostConnected must not start a second run.
    if (!src || this._fetched || this._running || !host.isConnected) return;
    const start = () => {
      const { signal } = (this._running = new AbortController());
      const url = absoluteUrl(src) ?? src;
      // A stopped run stays silent, even if it answers.
      const settle = (fetched: Fetched) => {
        if (signal.aborted) return;
        this._running = undefined;
        this._fetched = fetched;
        host.requestUpdate();
      };
      // fetchDocument rejects with SourceError only.
      fetchDocument(url, { signal }).then(
        (found) => settle({ document: validatedAnswer(found.data, found.url), url: found.url }),
        (error) => settle({ failure: { warnings: [`could not load ${this._what}: ${error.message}`], error } }),
      );
    };
    if (!this._lazy) return start();
    const unobserve = observeIntersection(
      host,
      (near) => {
        if (!near) return;
        unobserve();
        start();
      },
      LAZY_MARGIN,
    );
    this._running = { abort: unobserve };
  }

  hostDisconnected(): void {
    this._running?.abort();
    this._running = undefined;
  }
}
