import type { ReactiveControllerHost } from 'lit';
import { validateDocument, type DataDocument, type Validated } from '../data/validate.js';
import type { DataSource, Outcome } from './data-pipeline.js';
import { SourceController } from './source-controller.js';

/** What a `RemoteSource` needs from its element. */
export interface RemoteSourceOptions<T> {
  /** Named in the console message of a failed request: "could not load {what}: …". */
  what: string;
  /** What the element takes from the document besides the document itself (story-id, language). */
  selection(): readonly unknown[];
  /** The data an element takes from a document fetched from `url`, once validated. */
  select(document: Validated<DataDocument>, url: string): Outcome<T>;
}

/** What the latest request gave: the validated document and its URL, or the outcome of its failure. */
type Fetched = { document: Validated<DataDocument>; url: string } | { failure: Outcome<never> };

/**
 * The `src` source: fetches the JSON document (through a `SourceController`, so the latest
 * `src` always wins and nothing is left running), validates it against its own URL so relative
 * links inside it resolve where its author meant, and lets the element pick its data from it.
 */
export class RemoteSource<T> implements DataSource<T> {
  private readonly _controller: SourceController;
  private _requestedSrc?: string;
  private _lazy = false;
  /** Undefined while loading, and without `src`. */
  private _fetched?: Fetched;

  constructor(
    host: ReactiveControllerHost & Element,
    private readonly _options: RemoteSourceOptions<T>,
  ) {
    this._controller = new SourceController(host, {
      onData: (data, url) => (this._fetched = { document: validateDocument(data, { base: url }), url }),
      onError: (error) =>
        (this._fetched = { failure: { warnings: [`could not load ${_options.what}: ${error.message}`], error } }),
    });
  }

  /** Loads `src` (none when empty) if it or `lazy` changed since the last call. */
  sync(src: string | null | undefined, lazy: boolean): void {
    const wanted = src || undefined;
    if (wanted === this._requestedSrc && (!wanted || lazy === this._lazy)) return;
    this._requestedSrc = wanted;
    this._lazy = lazy;
    this._fetched = undefined;
    this._controller.load(wanted ?? null, { lazy });
  }

  inputs(): readonly unknown[] | undefined {
    return this._requestedSrc ? [this._fetched, ...this._options.selection()] : undefined;
  }

  read(): Outcome<T> | undefined {
    const fetched = this._fetched;
    if (!fetched) return undefined;
    return 'failure' in fetched ? fetched.failure : this._options.select(fetched.document, fetched.url);
  }
}
