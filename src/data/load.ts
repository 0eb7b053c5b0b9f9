/**
 * Fetches JSON documents for `src`. Elements asking for the same URL at the same time share
 * one request; each one's signal and timeout end only its own wait, and the request itself is
 * aborted once nobody waits for it any more.
 */

/** Why a source could not be used. */
export type SourceErrorKind = 'http' | 'network' | 'timeout' | 'json' | 'invalid' | 'not-found' | 'abort';

/** A failure to get usable data from a source; `message` is technical, for the console and events. */
export class SourceError extends Error {
  declare kind: SourceErrorKind;
  declare url?: string;
  declare status?: number;

  constructor(kind: SourceErrorKind, message: string, details: { url?: string; status?: number; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = 'SourceError';
    this.kind = kind;
    this.url = details.url;
    this.status = details.status;
  }
}

/** Options of `fetchJson`. */
export interface FetchJsonOptions {
  /** Ends this caller's wait (the shared request goes on while others wait). */
  signal?: AbortSignal;
  /** Milliseconds before this caller gives up; 10000 by default. */
  timeout?: number;
}

/** The fetch timeout the contract sets. */
export const DEFAULT_TIMEOUT = 10_000;

interface Shared {
  promise: Promise<unknown>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

const inFlight = new Map<string, Shared>();

/** `url` made absolute against the document (or undefined when it cannot be parsed). */
export function absoluteUrl(url: string): string | undefined {
  try {
    return new URL(url, globalThis.document?.baseURI).href;
  } catch {
    return undefined;
  }
}

async function request(url: string, signal: AbortSignal): Promise<unknown> {
  let text: string;
  try {
    const res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    if (!res.ok) throw new SourceError('http', `HTTP ${res.status} for ${url}`, { url, status: res.status });
    text = await res.text();
  } catch (e) {
    if (e instanceof SourceError) throw e;
    if (signal.aborted) throw new SourceError('abort', `request for ${url} aborted`, { url, cause: e });
    throw new SourceError('network', `network error for ${url}`, { url, cause: e });
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new SourceError('json', `invalid JSON from ${url}`, { url, cause: e });
  }
}

function share(url: string): Shared {
  const existing = inFlight.get(url);
  if (existing) return existing;
  const controller = new AbortController();
  const entry: Shared = { promise: request(url, controller.signal), controller, waiters: 0, settled: false };
  const done = () => {
    entry.settled = true;
    if (inFlight.get(url) === entry) inFlight.delete(url);
  };
  // Marks the rejection as handled: a request nobody waits for any more must not surface as an unhandled error.
  entry.promise.then(done, done);
  inFlight.set(url, entry);
  return entry;
}

/**
 * Fetches and parses the JSON document at `url` (relative to the page). Callers of the same
 * absolute URL while a request is under way share it. Rejects with a `SourceError`:
 * `http` (status in the message), `network`, `json`, `timeout`, or `abort` from `signal`.
 * The parsed value is shared by those callers: treat it as read-only.
 */
export function fetchJson(url: string, opts: FetchJsonOptions = {}): Promise<unknown> {
  const abs = absoluteUrl(url);
  if (abs === undefined) return Promise.reject(new SourceError('network', `invalid URL ${url}`, { url }));
  const { signal, timeout = DEFAULT_TIMEOUT } = opts;
  if (signal?.aborted) return Promise.reject(new SourceError('abort', `request for ${abs} aborted`, { url: abs }));
  const entry = share(abs);
  entry.waiters++;
  return new Promise((resolve, reject) => {
    let finished = false;
    const finish = (settle: () => void) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      entry.waiters--;
      if (!entry.waiters && !entry.settled) {
        inFlight.delete(abs);
        entry.controller.abort();
      }
      settle();
    };
    const onAbort = () => finish(() => reject(new SourceError('abort', `request for ${abs} aborted`, { url: abs })));
    const timer = setTimeout(
      () => finish(() => reject(new SourceError('timeout', `no answer from ${abs} within ${timeout} ms`, { url: abs }))),
      timeout,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (value) => finish(() => resolve(value)),
      (error: unknown) => finish(() => reject(error)),
    );
  });
}
