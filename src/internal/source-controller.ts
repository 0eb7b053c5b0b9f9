import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { absoluteUrl, fetchJson, SourceError } from '../data/load.js';
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
 * Loads an element's `src`: the latest `load()` always wins (a call counter and one
 * AbortController per run, so a late answer to an earlier call never reaches the element),
 * requests are aborted when `src` changes or the element leaves the page, and resumed when it
 * comes back.
 */
export class SourceController implements ReactiveController {
  /** True from `load(src)` until its data or error has been reported. */
  pending = false;

  private readonly host: ReactiveControllerHost & Element;
  private readonly callbacks: SourceCallbacks;
  private run = 0;
  private wanted?: { src: string; lazy: boolean };
  private abort?: AbortController;
  private stopWatching?: () => void;
  private connected = false;

  constructor(host: ReactiveControllerHost & Element, callbacks: SourceCallbacks) {
    this.host = host;
    this.callbacks = callbacks;
    host.addController(this);
  }

  /** Starts loading `src` (none when null or empty), replacing any earlier load. */
  load(src: string | null, { lazy }: LoadOptions): void {
    this.cancel();
    this.wanted = src ? { src, lazy } : undefined;
    this.pending = !!src;
    if (this.connected) this.arm();
  }

  /** Starts or resumes the pending load. */
  hostConnected(): void {
    this.connected = true;
    if (this.wanted) this.arm();
  }

  /** Aborts the running request; the load resumes on reconnect. */
  hostDisconnected(): void {
    this.connected = false;
    // `wanted` stays, so an element moved in the DOM picks its load up again.
    this.cancel();
  }

  // Ends whatever runs now: bumping the counter silences its callbacks even if it answers.
  private cancel(): void {
    this.run++;
    this.abort?.abort();
    this.abort = undefined;
    this.stopWatching?.();
    this.stopWatching = undefined;
  }

  private arm(): void {
    // Already fetching or watching: a second hostConnected must not start a second run.
    if (this.abort || this.stopWatching) return;
    if (!this.wanted?.lazy) {
      this.start();
      return;
    }
    const stop = observeIntersection(
      this.host,
      (near) => {
        if (!near) return;
        stop();
        this.stopWatching = undefined;
        this.start();
      },
      LAZY_MARGIN,
    );
    this.stopWatching = stop;
  }

  private start(): void {
    const wanted = this.wanted;
    if (!wanted || this.abort) return;
    const run = ++this.run;
    const abort = (this.abort = new AbortController());
    const url = absoluteUrl(wanted.src) ?? wanted.src;
    const settle = (report: () => void) => {
      if (run !== this.run) return;
      this.abort = undefined;
      this.wanted = undefined;
      this.pending = false;
      report();
      this.host.requestUpdate();
    };
    fetchJson(url, { signal: abort.signal }).then(
      (data) => settle(() => this.callbacks.onData(data, url)),
      (error: unknown) =>
        settle(() =>
          this.callbacks.onError(
            error instanceof SourceError ? error : new SourceError('network', String(error), { url, cause: error }),
          ),
        ),
    );
  }
}
