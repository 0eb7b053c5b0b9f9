/**
 * `window.fetch` stubbed with a table of canned responses, routed by URL suffix, so tests see
 * every request an element makes and can make any of them slow, broken or failing.
 */
import sinon from 'sinon';

/** One canned answer. */
export interface Route {
  /** JSON body (serialised); ignored when `text` is given. */
  json?: unknown;
  /** Raw body, e.g. something that is not JSON. */
  text?: string;
  /** HTTP status, 200 by default. */
  status?: number;
  /** Milliseconds before the answer (faked when the test fakes timers). */
  delay?: number;
  /** Reject as a failed network request would. */
  networkError?: boolean;
  /** Answer even after the request was aborted, as a racing response can. */
  ignoreAbort?: boolean;
}

/** The stub, with the URLs it was asked for and the signal of each request. */
export interface FetchTable {
  stub: sinon.SinonStub<Parameters<typeof fetch>, ReturnType<typeof fetch>>;
  urls(): string[];
  signals(): (AbortSignal | undefined)[];
  restore(): void;
}

/**
 * Stubs `fetch` with `routes` (keys are URL suffixes); unknown URLs answer 404. `scope` is the
 * window whose `fetch` is replaced: a frame's, for code loaded into that frame.
 */
export function fetchTable(routes: Record<string, Route>, scope: { fetch: typeof fetch } = window): FetchTable {
  const stub = sinon.stub(scope, 'fetch').callsFake(async (input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    const key = Object.keys(routes).find((k) => url.endsWith(k));
    const route: Route = key ? routes[key] : { status: 404, text: 'Not found' };
    const signal = init?.signal ?? undefined;
    // Like the real fetch: an abort rejects with an AbortError at any time before the answer.
    await new Promise<void>((resolve, reject) => {
      if (signal?.aborted && !route.ignoreAbort) return reject(new DOMException('The operation was aborted.', 'AbortError'));
      const timer = setTimeout(resolve, route.delay ?? 0);
      signal?.addEventListener('abort', () => {
        if (route.ignoreAbort) return;
        clearTimeout(timer);
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      });
    });
    if (route.networkError) throw new TypeError('Failed to fetch');
    const body = route.text ?? JSON.stringify(route.json ?? null);
    return new Response(body, { status: route.status ?? 200, headers: { 'Content-Type': 'application/json' } });
  });
  return {
    stub,
    urls: () => stub.getCalls().map((c) => String(c.args[0])),
    signals: () => stub.getCalls().map((c) => c.args[1]?.signal ?? undefined),
    restore: () => stub.restore(),
  };
}
