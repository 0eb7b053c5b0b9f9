import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { absoluteUrl, fetchJson, type SourceError } from '../data/load.js';
import { observeIntersection } from './shared-observers.js';

/** What a `SourceController` reports to its element. */
export interface SourceCallbacks {
  /** Parsed JSON of the latest `load()`; `url` is absolute, the base for relative links inside. */
  onData(data: unknown, url: string): void;
  /** Why the latest `load()` failed (never an answer to an earlier call). */
  onError(error: SourceError): void;
}

/** Options of `SourceController.load`. */
export interface LoadOptions {
  /** Fetch only once the element nears the viewport (`loading="lazy"`). */
  lazy: boolean;
}

// Starting the request a screen's edge early lets the data arrive before the reader scrolls
// to the element, like the browser's own lazy images, while elements far down never fetch.
const LAZY_MARGIN = '300px 0px';

/**
 * Loads an element's `src`: the latest `load()` always wins (one AbortController per run, so
 * a late answer to an earlier call never reaches the element), requests are aborted when
 * `src` changes or the element leaves the page, and resumed when it comes back.
 */
export class SourceController implements ReactiveController {
  /** True from `load(src)` until its data or error has been reported. */
  pending = false;

  /** The load asked for and not reported yet; it survives a disconnect, so a moved element resumes it. */
  private _request?: { src: string; lazy: boolean };
  /** What runs now, to abort: the request, or the wait for the viewport. */
  private _running?: { abort(): void };

  constructor(
    private readonly _host: ReactiveControllerHost & Element,
    private readonly _callbacks: SourceCallbacks,
  ) {
    _host.addController(this);
  }

  /** Starts loading `src` (none when null or empty), replacing any earlier load. */
  load(src: string | null, { lazy }: LoadOptions): void {
    this.hostDisconnected();
    this._request = src ? { src, lazy } : undefined;
    this.pending = !!src;
    this.hostConnected();
  }

  hostConnected(): void {
    const { _host: host, _request: request } = this;
    // Already fetching or watching: a second hostConnected must not start a second run.
    if (!request || this._running || !host.isConnected) return;
    const start = () => {
      const { signal } = (this._running = new AbortController());
      const url = absoluteUrl(request.src) ?? request.src;
      // A stopped run stays silent, even if it answers.
      const settle = (report: () => void) => {
        if (signal.aborted) return;
        this._running = this._request = undefined;
        this.pending = false;
        report();
        host.requestUpdate();
      };
      // fetchJson rejects with SourceError only.
      fetchJson(url, { signal }).then(
        (data) => settle(() => this._callbacks.onData(data, url)),
        (error) => settle(() => this._callbacks.onError(error)),
      );
    };
    if (!request.lazy) return start();
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
