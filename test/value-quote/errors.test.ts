import { html, expect } from '@open-wc/testing';
import { QUOTES, json, mount, figures, recorder, warnings, fakeClock, $ } from '../helpers/value-quote-harness.js';
import type { ValueQuote } from '../../src/value-quote.js';
import type { SourceError } from '../../src/data/load.js';
import { fetchTable, type Route, type FetchTable } from '../helpers/fetch-table.js';

const FALLBACK = html`<figure data-value="Rigueur"><blockquote>La rigueur vient toujours à bout de l’obstacle.</blockquote><figcaption>Léonard de Vinci</figcaption></figure>`;
const firstText = (el: ValueQuote) => figures(el)[0]?.querySelector('[part=text]')?.textContent ?? '';

describe('value-quote bad input: a clear message, and never a blank box', () => {
  let warn: ReturnType<typeof warnings>;
  let fetches: FetchTable | undefined;
  const thrown: unknown[] = [];
  const onError = (e: ErrorEvent) => thrown.push(e.error);
  beforeEach(() => {
    warn = warnings();
    thrown.length = 0;
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    warn.restore();
    fetches?.restore();
    fetches = undefined;
    window.removeEventListener('error', onError);
    expect(thrown, 'no exception escapes').to.deep.equal([]);
  });

  it('invalid quotes JSON: one message, quotes-error, the light-DOM fallback shown', async () => {
    const r = recorder();
    const el = await mount(html`<value-quote quotes="[{ text: nope" @quotes-error=${r.push}>${FALLBACK}</value-quote>`);
    el.requestUpdate();
    await el.updateComplete;
    expect(warn.messages()).to.deep.equal(['value-quote: the quotes attribute is not valid JSON']);
    expect(r.of<{ error: Error }>('quotes-error')[0].error).to.be.instanceOf(SyntaxError);
    expect(firstText(el)).to.contain('La rigueur');
  });

  it('invalid quotes JSON with no fallback renders the (empty) light DOM, without an exception', async () => {
    const el = await mount(html`<value-quote quotes="nope"></value-quote>`);
    expect($(el, 'slot')).to.exist;
    expect(warn.messages()).to.have.length(1);
  });

  it('a bad data set after a good one keeps the last good quotes', async () => {
    const r = recorder();
    const el = await mount(html`<value-quote quotes=${json()} @quotes-error=${r.push}></value-quote>`);
    el.setAttribute('quotes', '{');
    await el.updateComplete;
    expect(figures(el)).to.have.length(4);
    el.quotes = { not: 'a list' } as never;
    await el.updateComplete;
    expect(figures(el)).to.have.length(4);
    expect(r.of<{ error: Error }>('quotes-error').map((d) => d.error.message)).to.deep.equal([
      'the quotes attribute is not valid JSON',
      '(root): expected an array',
    ]);
  });

  it('an empty list says there is nothing to show', async () => {
    const r = recorder();
    await mount(html`<value-quote quotes="[]" @quotes-error=${r.push}>${FALLBACK}</value-quote>`);
    expect(warn.messages()).to.deep.equal(['value-quote: no quotes to show']);
    expect(r.types()).to.deep.equal(['quotes-error']);
  });

  it('an empty list after filtering warns, fires quotes-error and keeps the quotes shown', async () => {
    const r = recorder();
    const el = await mount(html`<value-quote value="courage" quotes=${json()} @quotes-error=${r.push}></value-quote>`);
    expect(figures(el)).to.have.length(1);
    el.value = 'humilité';
    await el.updateComplete;
    expect(figures(el)).to.have.length(1);
    expect(el.current).to.deep.equal(QUOTES[3]);
    expect(warn.messages()).to.deep.equal(['value-quote: no quote matches value="humilité"; showing the quotes as they were']);
    expect(r.types()).to.deep.equal(['quotes-error']);
    const fresh = await mount(html`<value-quote value="humilité" quotes=${json()}></value-quote>`);
    expect(figures(fresh), 'nothing shown yet: every quote').to.have.length(4);
  });

  const failures: [string, Record<string, Route>, string, string][] = [
    ['an HTTP error', { '/q.json': { status: 500 } }, 'http', 'HTTP 500'],
    ['a missing file', {}, 'http', 'HTTP 404'],
    ['a body that is not JSON', { '/q.json': { text: '<html>' } }, 'json', 'invalid JSON'],
  ];
  for (const [what, table, kind, text] of failures) {
    it(`src with ${what}: quotes-error with the source error, the fallback kept`, async () => {
      fetches = fetchTable(table);
      const r = recorder();
      const el = await mount(html`<value-quote src="/q.json" @quotes-error=${r.push}>${FALLBACK}</value-quote>`);
      await r.until('quotes-error');
      await el.updateComplete;
      const error = r.of<{ error: SourceError }>('quotes-error')[0].error;
      expect(error.kind).to.equal(kind);
      expect(warn.messages()).to.have.length(1);
      expect(warn.messages()[0]).to.match(/^value-quote: could not load the quotes: /).and.contain(text);
      expect(firstText(el)).to.contain('La rigueur');
    });
  }

  it('src that never answers times out after 10 s', async () => {
    const clock = fakeClock();
    try {
      fetches = fetchTable({ '/slow.json': { json: QUOTES, delay: 60000 } });
      const r = recorder();
      const el = await mount(html`<value-quote src="/slow.json" @quotes-error=${r.push}>${FALLBACK}</value-quote>`);
      await clock.tickAsync(10000);
      await r.until('quotes-error');
      expect(r.of<{ error: SourceError }>('quotes-error')[0].error.kind).to.equal('timeout');
      expect(firstText(el)).to.contain('La rigueur');
    } finally {
      clock.restore();
    }
  });

  it('src with a document that does not match the format names the field', async () => {
    fetches = fetchTable({ '/bad.json': { json: { stories: [{ title: 'T', quotes: [{ text: 1 }] }] } } });
    const r = recorder();
    await mount(html`<value-quote src="/bad.json" @quotes-error=${r.push}>${FALLBACK}</value-quote>`);
    await r.until('quotes-error');
    expect(r.of<{ error: Error }>('quotes-error')[0].error.message).to.contain('stories[0].quotes[0].text: expected a string');
    expect(warn.messages()).to.include('value-quote: stories[0].quotes[0].text: expected a string');
  });

  it('a story-id not found raises the error naming it and keeps the fallback', async () => {
    fetches = fetchTable({ '/c.json': { json: { stories: [{ id: 'alibaba', title: 'T', quotes: QUOTES }] } } });
    const r = recorder();
    const el = await mount(html`<value-quote src="/c.json" story-id="blablacar" @quotes-error=${r.push}>${FALLBACK}</value-quote>`);
    await r.until('quotes-error');
    await el.updateComplete;
    expect(r.of<{ error: Error }>('quotes-error')[0].error.message).to.contain('blablacar');
    expect(firstText(el)).to.contain('La rigueur');
  });

  it('a failing src after a good one keeps the last good quotes', async () => {
    fetches = fetchTable({ '/good.json': { json: QUOTES } });
    const r = recorder();
    const el = await mount(html`<value-quote src="/good.json" @quotes-load=${r.push} @quotes-error=${r.push}></value-quote>`);
    await r.until('quotes-load');
    el.src = '/gone.json';
    await r.until('quotes-error');
    await el.updateComplete;
    expect(figures(el)).to.have.length(4);
  });

  it('an unsafe cite is dropped with a warning naming the field; the quote stays', async () => {
    const el = await mount(html`<value-quote quotes=${json([{ text: 'T.', author: 'A', cite: 'javascript:alert(1)' }, { text: 'U.' }])}></value-quote>`);
    expect(figures(el)).to.have.length(2);
    expect($(el, 'blockquote[cite]')).to.not.exist;
    expect($(el, 'a')).to.not.exist;
    expect(warn.messages()).to.have.length(1);
    expect(warn.messages()[0]).to.match(/^value-quote: .*\[0\]\.cite/);
  });

  it('text from data is rendered as text, never as HTML', async () => {
    const el = await mount(html`<value-quote quotes=${json([{ text: '<img src=x onerror=alert(1)>', author: '<b>me</b>' }, { text: 'B.' }])}></value-quote>`);
    expect($(el, 'img')).to.not.exist;
    expect($(el, 'b')).to.not.exist;
    expect(firstText(el)).to.contain('<img src=x onerror=alert(1)>');
  });
});
