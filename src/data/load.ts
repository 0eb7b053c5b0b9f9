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
    // Error reads `cause` from its options only when the key is there.
    super(message, details);
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

/** A request under way: its answer, its controller, and how many callers wait for it. */
type Shared = [answer: Promise<unknown>, abort: AbortController, waiting: number];

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
  let res: Response, text: string;
  try {
    res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    // An error page's body is not needed: its status says it all.
    text = res.ok ? await res.text() : '';
  } catch (cause) {
    throw signal.aborted
      ? new SourceError('abort', `request for ${url} aborted`, { url, cause })
      : new SourceError('network', `network error for ${url}`, { url, cause });
  }
  if (!res.ok) throw new SourceError('http', `HTTP ${res.status} for ${url}`, { url, status: res.status });
  try {
    return JSON.parse(text);
  } catch (cause) {
    throw new SourceError('json', `invalid JSON from ${url}`, { url, cause });
  }
}

/**
 * Fetches and parses the JSON document at `url` (relative to the page). Callers of the same
 * absolute URL while a request is under way share it. Rejects with a `SourceError`:
 * `http` (status in the message), `network`, `json`, `timeout`, or `abort` from `signal`.
 * The parsed value is shared by those callers: treat it as read-only.
 */
export function fetchJson(url: string, { signal, timeout = DEFAULT_TIMEOUT }: FetchJsonOptions = {}): Promise<unknown> {
  const abs = absoluteUrl(url);
  if (abs === undefined) return Promise.reject(new SourceError('network', `invalid URL ${url}`, { url }));
  const aborted = () => new SourceError('abort', `request for ${abs} aborted`, { url: abs });
  if (signal?.aborted) return Promise.reject(aborted());
  let entry = inFlight.get(abs);
  if (!entry) {
    const abort = new AbortController();
    const shared: Shared = (entry = [request(abs, abort.signal), abort, 0]);
    const done = () => inFlight.get(abs) === shared && inFlight.delete(abs);
    // Also marks the rejection as handled: a request nobody waits for must not surface as an unhandled error.
    shared[0].then(done, done);
    inFlight.set(abs, shared);
  }
  const shared = entry;
  shared[2]++;
  return new Promise((resolve, reject) => {
    let over = false;
    const finish = (settle: (v: unknown) => void, v: unknown) => {
      if (over) return;
      over = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // Still in the map means still unanswered: the last caller to leave ends it.
      if (!--shared[2] && inFlight.get(abs) === shared) {
        inFlight.delete(abs);
        shared[1].abort();
      }
      settle(v);
    };
    const onAbort = () => finish(reject, aborted());
    const timer = setTimeout(
      () => finish(reject, new SourceError('timeout', `no answer from ${abs} within ${timeout} ms`, { url: abs })),
      timeout,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    shared[0].then((v) => finish(resolve, v), (e: unknown) => finish(reject, e));
  });
}
