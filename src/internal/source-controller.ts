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
 * Loads an element's `src`: the latest `load()` always wins (a call counter and one
 * AbortController per run, so a late answer to an earlier call never reaches the element),
 * requests are aborted when `src` changes or the element leaves the page, and resumed when it
 * comes back.
 */
export class SourceController implements ReactiveController {
  /** True from `load(src)` until its data or error has been reported. */
  pending = false;

  private run = 0;
  private on = false;
  /** The load asked for and not reported yet; it survives a disconnect, so a moved element resumes it. */
  private want?: [src: string, lazy: boolean];
  /** Ends what runs now: the request, or the wait for the viewport. */
  private stop?: () => void;

  constructor(
    private host: ReactiveControllerHost & Element,
    private cb: SourceCallbacks,
  ) {
    host.addController(this);
  }

  /** Starts loading `src` (none when null or empty), replacing any earlier load. */
  load(src: string | null, { lazy }: LoadOptions): void {
    this.cancel();
    this.want = src ? [src, lazy] : undefined;
    this.pending = !!src;
    this.arm();
  }

  hostConnected(): void {
    this.on = true;
    this.arm();
  }

  hostDisconnected(): void {
    this.on = false;
    this.cancel();
  }

  // Bumping the counter silences what runs now, even if it answers.
  private cancel(): void {
    this.run++;
    this.stop?.();
    this.stop = undefined;
  }

  private arm(): void {
    const w = this.want;
    // Already fetching or watching: a second hostConnected must not start a second run.
    if (!this.on || !w || this.stop) return;
    if (!w[1]) return this.start(w[0]);
    const unobserve = (this.stop = observeIntersection(
      this.host,
      (near) => {
        if (!near) return;
        unobserve();
        this.start(w[0]);
      },
      LAZY_MARGIN,
    ));
  }

  private start(src: string): void {
    const run = ++this.run;
    const abort = new AbortController();
    this.stop = () => abort.abort();
    const url = absoluteUrl(src) ?? src;
    const settle = (report: () => void) => {
      if (run !== this.run) return;
      this.stop = this.want = undefined;
      this.pending = false;
      report();
      this.host.requestUpdate();
    };
    // fetchJson rejects with SourceError only.
    fetchJson(url, { signal: abort.signal }).then(
      (data) => settle(() => this.cb.onData(data, url)),
      (error: SourceError) => settle(() => this.cb.onError(error)),
    );
  }
}
