/**
 * Fetches JSON documents for `src`. Elements asking for the same URL at the same time share
 * one request; each one's signal and timeout end only its own wait, and the request itself is
 * aborted once nobody waits for it any more.
 */

import { parse } from './url-policy.js';

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
    Object.assign(this, details, { name: 'SourceError', kind });
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

/** A JSON document as fetched: its parsed value, and its URL once any redirect was followed. */
export interface FetchedDocument {
  data: unknown;
  url: string;
}

/** A request under way: its answer, its controller, and how many callers wait for it. */
interface SharedRequest {
  answer: Promise<FetchedDocument>;
  controller: AbortController;
  waiting: number;
}

// Keyed by absolute URL, which always starts with a scheme, so no key can clash with Object.prototype.
const inFlight: Record<string, SharedRequest | undefined> = {};

/** `url` made absolute against the document (or undefined when it cannot be parsed). */
export const absoluteUrl = (url: string): string | undefined => parse(url, document.baseURI)?.href;

/** A SourceError about `url`, whose message says what happened, then names the URL. */
const failure = (kind: SourceErrorKind, what: string, url: string, more?: object): SourceError =>
  new SourceError(kind, `${what} ${url}`, { url, ...more });

// Only callers still waiting see its failures, so an abort (nobody waits any more) needs no error of its own.
async function request(url: string, signal: AbortSignal): Promise<FetchedDocument> {
  let response: Response, text: string;
  try {
    response = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    // An error page's body is not needed: its status says it all.
    text = response.ok ? await response.text() : '';
  } catch (cause) {
    throw failure('network', 'network error for', url, { cause });
  }
  if (!response.ok) throw failure('http', `HTTP ${response.status} for`, url, { status: response.status });
  try {
    // Relative links inside resolve where the document was found, after redirects; a response
    // made by script has no URL of its own.
    return { data: JSON.parse(text), url: response.url || url };
  } catch (cause) {
    throw failure('json', 'invalid JSON from', url, { cause });
  }
}

/** Fetches and parses the JSON document at `url`, as `fetchDocument` does, and resolves with its value alone. */
export const fetchJson = (url: string, options?: FetchJsonOptions): Promise<unknown> => fetchDocument(url, options).then(({ data }) => data);

/**
 * Fetches and parses the JSON document at `url` (relative to the page), and resolves with its
 * value and its final URL. Callers of the same absolute URL while a request is under way share
 * it. Rejects with a `SourceError`: `http` (status in the message), `network`, `json`,
 * `timeout`, or `abort` from `signal`. The parsed value is shared by those callers: treat it
 * as read-only.
 */
export function fetchDocument(url: string, { signal, timeout = DEFAULT_TIMEOUT }: FetchJsonOptions = {}): Promise<FetchedDocument> {
  return new Promise((resolve, reject) => {
    const absolute = absoluteUrl(url);
    // Thrown in here, these reject the promise.
    if (!absolute) throw failure('network', 'invalid URL', url);
    const aborted = () => failure('abort', 'aborted request for', absolute);
    if (signal?.aborted) throw aborted();
    let entry = inFlight[absolute];
    if (!entry) {
      const controller = new AbortController();
      entry = inFlight[absolute] = { answer: request(absolute, controller.signal), controller, waiting: 0 };
    }
    const shared = entry;
    shared.waiting++;
    let finished = false;
    const finish = (settle: (value: any) => void, value: unknown, unanswered = false) => {
      if (finished) return;
      finished = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      // Every caller leaves once, answered or not; the last one lets the next caller start
      // afresh, and ends the request if it is still unanswered.
      if (!--shared.waiting) {
        delete inFlight[absolute];
        if (unanswered) shared.controller.abort();
      }
      settle(value);
    };
    const giveUp = (error: SourceError) => finish(reject, error, true);
    const onAbort = () => giveUp(aborted());
    const timer = setTimeout(() => giveUp(failure('timeout', `no answer in ${timeout} ms from`, absolute)), timeout);
    signal?.addEventListener('abort', onAbort);
    // Every caller handles a failure, so an abandoned request never surfaces as an unhandled rejection.
    shared.answer.then((value) => finish(resolve, value), (error) => finish(reject, error));
  });
}
