import type { ReactiveControllerHost } from 'lit';
import { validateDocument, type DataDocument, type Validated } from '../data/validate.js';
import type { Outcome, SourceReading } from './data-pipeline.js';
import { SourceController } from './source-controller.js';

/** What the latest request gave: the validated document and its URL, or the outcome of its failure. */
type Fetched = { document: Validated<DataDocument>; url: string } | { failure: Outcome<never> };

/**
 * The `src` source: fetches the JSON document (through a `SourceController`, so the latest
 * `src` always wins and nothing is left running), validates it against its own URL so relative
 * links inside it resolve where its author meant, and lets the element pick its data from it.
 */
export class RemoteSource {
  private readonly _controller: SourceController;
  private _requestedSrc?: string;
  private _lazy = false;
  /** Undefined while loading, and without `src`. */
  private _fetched?: Fetched;

  /** `what` is named in the console message of a failed request: "could not load {what}: …". */
  constructor(host: ReactiveControllerHost & Element, what: string) {
    this._controller = new SourceController(host, {
      onData: (data, url) => (this._fetched = { document: validateDocument(data, { base: url }), url }),
      onError: (error) => (this._fetched = { failure: { warnings: [`could not load ${what}: ${error.message}`], error } }),
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
}
