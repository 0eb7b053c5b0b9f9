import { html, expect } from '@open-wc/testing';
import type sinon from 'sinon';
import { QUOTES, json, mount, fakeClock, tick, shownText, recorder, warnings } from '../helpers/value-quote-harness.js';
import type { QuoteChangeDetail, QuotesErrorDetail, QuotesLoadDetail } from '../../src/value-quote/value-quote.js';

describe('value-quote methods and read-only properties', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  let warn: ReturnType<typeof warnings> | undefined;
  afterEach(() => {
    clock?.restore();
    warn?.restore();
    clock = warn = undefined;
  });

  it('next() and previous() move through the list and wrap around', async () => {
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    el.next();
    await el.updateComplete;
    expect(el.index).to.equal(1);
    expect(shownText(el)).to.contain('pugnacité');
    el.previous();
    el.previous();
    await el.updateComplete;
    expect(el.index).to.equal(3);
    el.next();
    await el.updateComplete;
    expect(el.index).to.equal(0);
  });

  it('previous() in shuffle order goes back to the quote shown before', async () => {
    const el = await mount(html`<value-quote order="shuffle" quotes=${json()}></value-quote>`);
    const first = el.index;
    el.next();
    const second = el.index;
    el.next();
    el.previous();
    expect(el.index).to.equal(second);
    el.previous();
    expect(el.index).to.equal(first);
  });

  it('goTo(i) shows quote i; out of range does nothing and warns', async () => {
    warn = warnings();
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    el.goTo(3);
    await el.updateComplete;
    expect(el.index).to.equal(3);
    expect(el.current).to.deep.equal(QUOTES[3]);
    el.goTo(4);
    el.goTo(-1);
    el.goTo(1.5);
    await el.updateComplete;
    expect(el.index).to.equal(3);
    expect(warn.messages()).to.deep.equal([
      'value-quote: goTo(4) is out of range (0 to 3); nothing changed',
      'value-quote: goTo(-1) is out of range (0 to 3); nothing changed',
      'value-quote: goTo(1.5) is out of range (0 to 3); nothing changed',
    ]);
  });

  it('pause() and play() toggle paused without remembering it for the session', async () => {
    clock = fakeClock();
    sessionStorage.clear();
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    el.pause();
    await el.updateComplete;
    expect(el.paused).to.equal(true);
    expect(el.hasAttribute('paused')).to.equal(true);
    await tick(clock, el, 60000);
    expect(el.index).to.equal(0);
    expect(sessionStorage.length).to.equal(0);
    el.play();
    await el.updateComplete;
    expect(el.hasAttribute('paused')).to.equal(false);
    await tick(clock, el, 7000);
    expect(el.index).to.equal(1);
  });

  it('a quote changed by script gets a full interval', async () => {
    clock = fakeClock();
    const el = await mount(html`<value-quote interval="5000" quotes=${json()}></value-quote>`);
    await tick(clock, el, 4000);
    el.goTo(2);
    await tick(clock, el, 4999);
    expect(el.index).to.equal(2);
    await tick(clock, el, 1);
    expect(el.index).to.equal(3);
  });

  it('index, current and updateComplete are read from the element', async () => {
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    expect(el.index).to.equal(0);
    expect(el.current).to.deep.equal(QUOTES[0]);
    expect(await el.updateComplete).to.equal(true);
    expect(() => ((el as unknown as { index: number }).index = 3)).to.throw();
  });
});

describe('value-quote events', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
  });

  it('quote-change fires with { index, quote } on every change but not on first render', async () => {
    clock = fakeClock();
    const events = recorder();
    const seen = () => events.of<QuoteChangeDetail>('quote-change');
    const el = await mount(html`<value-quote interval="2000" quotes=${json()} @quote-change=${events.push}></value-quote>`);
    expect(seen()).to.deep.equal([]);
    await tick(clock, el, 2000);
    el.goTo(3);
    await el.updateComplete;
    expect(seen()).to.deep.equal([
      { index: 1, quote: QUOTES[1] },
      { index: 3, quote: QUOTES[3] },
    ]);
  });

  it('events bubble and cross shadow roots', async () => {
    const outer = document.createElement('div');
    const root = outer.attachShadow({ mode: 'open' });
    const el = document.createElement('value-quote');
    el.setAttribute('quotes', json());
    const events = recorder(document, 'quotes-load', 'quote-change');
    root.append(el);
    document.body.append(outer);
    await el.updateComplete;
    el.next();
    await el.updateComplete;
    outer.remove();
    expect(events.of<QuotesLoadDetail>('quotes-load').map((d) => d.quotes.length)).to.deep.equal([4]);
    expect(events.of<QuoteChangeDetail>('quote-change').map((d) => d.index)).to.deep.equal([1]);
  });

  it('quotes-load fires { quotes } once per accepted data set', async () => {
    const events = recorder();
    const el = await mount(html`<value-quote quotes=${json()} @quotes-load=${events.push}></value-quote>`);
    el.requestUpdate();
    await el.updateComplete;
    el.quotes = QUOTES.slice(0, 2);
    await el.updateComplete;
    expect(events.of<QuotesLoadDetail>('quotes-load').map((d) => d.quotes)).to.deep.equal([QUOTES, QUOTES.slice(0, 2)]);
  });

  it('partly valid data fires quotes-error listing every path, then quotes-load with the valid items', async () => {
    const warn = warnings();
    const events = recorder();
    const data = [QUOTES[0], { text: 42 }, QUOTES[1], { author: 'nobody' }];
    await mount(html`<value-quote quotes=${json(data)} @quotes-error=${events.push} @quotes-load=${events.push}></value-quote>`);
    warn.restore();
    expect(events.types()).to.deep.equal(['quotes-error', 'quotes-load']);
    const errors = events.of<QuotesErrorDetail>('quotes-error');
    const loads = events.of<QuotesLoadDetail>('quotes-load');
    expect(errors[0].error).to.be.instanceOf(Error);
    expect(errors[0].error.message).to.contain('[1].text: expected a string');
    expect(errors[0].error.message).to.contain('[3].text');
    expect(loads[0].quotes).to.deep.equal([QUOTES[0], QUOTES[1]]);
    expect(warn.messages().some((m) => m === 'value-quote: [1].text: expected a string')).to.equal(true);
  });
});
