import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { DEFAULT_TIMEOUT, fetchJson, SourceError } from '../../src/data/load.js';
import { fetchTable } from '../helpers/fetch-table.js';
import type { FetchTable } from '../helpers/fetch-table.js';

const abs = (path: string) => new URL(path, document.baseURI).href;
const story = { title: 'Jack Ma' };

/** The settled outcome of a promise, so a test can assert on a rejection's fields. */
async function outcome(p: Promise<unknown>): Promise<{ value?: unknown; error?: SourceError }> {
  try {
    return { value: await p };
  } catch (error) {
    expect(error).to.be.instanceOf(SourceError);
    return { error: error as SourceError };
  }
}

describe('fetchJson', () => {
  let table: FetchTable;
  let clock: sinon.SinonFakeTimers | undefined;

  beforeEach(() => {
    table = fetchTable({
      '/story.json': { json: story },
      '/quotes.json': { json: [{ text: 'a' }] },
      '/missing.json': { status: 404, text: 'Not found' },
      '/broken.json': { status: 500, text: 'oops' },
      '/forbidden.json': { status: 403, json: { title: 'not for you' } },
      '/not-json.json': { text: '<!doctype html><title>Oops</title>' },
      '/empty.json': { text: '' },
      '/offline.json': { networkError: true },
      '/slow.json': { json: story, delay: 30_000 },
      '/late.json': { json: story, delay: 200 },
    });
  });

  afterEach(() => {
    clock?.restore();
    clock = undefined;
    table.restore();
  });

  // [name, url, kind, status, message]
  const failures: [string, string, SourceError['kind'], number | undefined, string][] = [
    ['HTTP 404', '/missing.json', 'http', 404, `HTTP 404 for ${abs('/missing.json')}`],
    ['HTTP 500', '/broken.json', 'http', 500, `HTTP 500 for ${abs('/broken.json')}`],
    ['HTTP 403 with a JSON body', '/forbidden.json', 'http', 403, `HTTP 403 for ${abs('/forbidden.json')}`],
    ['a body that is not JSON', '/not-json.json', 'json', undefined, `invalid JSON from ${abs('/not-json.json')}`],
    ['an empty body', '/empty.json', 'json', undefined, `invalid JSON from ${abs('/empty.json')}`],
    ['a network failure', '/offline.json', 'network', undefined, `network error for ${abs('/offline.json')}`],
    ['a URL that cannot be parsed', 'https://[oops/x.json', 'network', undefined, 'invalid URL https://[oops/x.json'],
  ];
  for (const [name, url, kind, status, message] of failures) {
    it(`rejects on ${name}`, async () => {
      const { error } = await outcome(fetchJson(url));
      expect(error!.kind).to.equal(kind);
      expect(error!.status).to.equal(status);
      expect(error!.message).to.equal(message);
      expect(error!.name).to.equal('SourceError');
    });
  }

  it('resolves with the parsed JSON, fetching the absolute URL', async () => {
    expect(await fetchJson('/story.json')).to.deep.equal(story);
    expect(await fetchJson('quotes.json')).to.deep.equal([{ text: 'a' }]);
    expect(table.urls()).to.deep.equal([abs('/story.json'), abs('quotes.json')]);
    expect(table.stub.firstCall.args[1]).to.deep.include({ headers: { Accept: 'application/json' } });
  });

  it('shares one request among callers of the same absolute URL', async () => {
    const results = await Promise.all([fetchJson('/story.json'), fetchJson(abs('/story.json')), fetchJson('../data/../story.json')]);
    expect(table.stub.callCount).to.equal(1);
    for (const r of results) expect(r).to.deep.equal(story);
  });

  it('does not share across different URLs or once a request has settled', async () => {
    await Promise.all([fetchJson('/story.json'), fetchJson('/quotes.json')]);
    await fetchJson('/story.json');
    expect(table.urls()).to.deep.equal([abs('/story.json'), abs('/quotes.json'), abs('/story.json')]);
  });

  it('shares a failure with every caller', async () => {
    const [a, b] = await Promise.all([outcome(fetchJson('/missing.json')), outcome(fetchJson('/missing.json'))]);
    expect(table.stub.callCount).to.equal(1);
    expect(a.error!.kind).to.equal('http');
    expect(b.error!.kind).to.equal('http');
  });

  it('times out after 10 s by default, and aborts the request nobody waits for', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    expect(DEFAULT_TIMEOUT).to.equal(10_000);
    const pending = outcome(fetchJson('/slow.json'));
    await clock.tickAsync(DEFAULT_TIMEOUT - 1);
    expect(table.signals()[0]!.aborted).to.equal(false);
    await clock.tickAsync(1);
    const { error } = await pending;
    expect(error!.kind).to.equal('timeout');
    expect(error!.message).to.equal(`no answer in 10000 ms from ${abs('/slow.json')}`);
    expect(table.signals()[0]!.aborted).to.equal(true);
  });

  it('honours a shorter timeout for one caller without cutting the others short', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const quick = outcome(fetchJson('/late.json', { timeout: 100 }));
    const patient = outcome(fetchJson('/late.json'));
    await clock.tickAsync(100);
    expect((await quick).error!.kind).to.equal('timeout');
    await clock.tickAsync(100);
    expect(await patient).to.deep.equal({ value: story });
    expect(table.stub.callCount).to.equal(1);
    expect(table.signals()[0]!.aborted).to.equal(false);
  });

  it('ends only the aborting caller\'s wait while others still wait', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const controller = new AbortController();
    const leaving = outcome(fetchJson('/late.json', { signal: controller.signal }));
    const staying = outcome(fetchJson('/late.json'));
    controller.abort();
    const { error } = await leaving;
    expect(error!.kind).to.equal('abort');
    expect(table.signals()[0]!.aborted).to.equal(false);
    await clock.tickAsync(200);
    expect(await staying).to.deep.equal({ value: story });
  });

  it('aborts the shared request when the last caller stops waiting, and starts afresh after', async () => {
    clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const a = new AbortController();
    const b = new AbortController();
    const first = outcome(fetchJson('/late.json', { signal: a.signal }));
    const second = outcome(fetchJson('/late.json', { signal: b.signal }));
    a.abort();
    b.abort();
    expect((await first).error!.kind).to.equal('abort');
    expect((await second).error!.kind).to.equal('abort');
    expect(table.signals()[0]!.aborted).to.equal(true);
    const again = fetchJson('/late.json');
    await clock.tickAsync(200);
    expect(await again).to.deep.equal(story);
    expect(table.stub.callCount).to.equal(2);
  });

  it('rejects at once, without a request, when the signal is already aborted', async () => {
    const { error } = await outcome(fetchJson('/story.json', { signal: AbortSignal.abort() }));
    expect(error!.kind).to.equal('abort');
    expect(table.stub.callCount).to.equal(0);
  });

  it('leaves no unhandled rejection behind an abandoned request', async () => {
    const unhandled = sinon.spy();
    window.addEventListener('unhandledrejection', unhandled);
    const controller = new AbortController();
    const p = outcome(fetchJson('/late.json', { signal: controller.signal }));
    controller.abort();
    await p;
    await new Promise((r) => setTimeout(r, 50));
    window.removeEventListener('unhandledrejection', unhandled);
    expect(unhandled.callCount).to.equal(0);
  });
});

describe('SourceError', () => {
  it('carries kind, URL, status and cause', () => {
    const cause = new Error('x');
    const e = new SourceError('http', 'HTTP 404 for https://x.example/a', { url: 'https://x.example/a', status: 404, cause });
    expect(e).to.be.instanceOf(Error);
    expect(e).to.include({ kind: 'http', url: 'https://x.example/a', status: 404, message: 'HTTP 404 for https://x.example/a', name: 'SourceError' });
    expect(e.cause).to.equal(cause);
  });
});
