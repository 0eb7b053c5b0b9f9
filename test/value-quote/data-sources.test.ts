import { html, expect, fixture } from '@open-wc/testing';
import type sinon from 'sinon';
import {
  QUOTES, json, mount, settle, figures, shownText, recorder, warnings, $, untilIntersection, fakeClock,
} from '../helpers/value-quote-harness.js';
import { frames } from '../helpers/viewport.js';
import type { ValueQuote } from '../../src/value-quote.js';
import type { Quote } from '../../src/data/types.js';
import { fetchTable, type FetchTable } from '../helpers/fetch-table.js';

const A: Quote[] = [{ text: 'A one.' }, { text: 'A two.' }];
const B: Quote[] = [{ text: 'B one.' }, { text: 'B two.' }];
const story = (id: string, lang: string, quotes: Quote[]) => ({ id, lang, title: `Story ${id}`, quotes });
const COLLECTION = { stories: [story('fr-story', 'fr', A), story('en-story', 'en', B), story('en-bis', 'en-GB', [{ text: 'C.' }])] };

/** The quotes' texts without the quotation marks of the page's language. */
const texts = (el: ValueQuote) =>
  figures(el).map((f) => f.querySelector('[part=text]')!.textContent!.replace(/^[“«「\u202f]+|[”»」\u202f]+$/g, ''));

describe('value-quote data sources, first found wins', () => {
  let fetches: FetchTable | undefined;
  // Canned answers are slow in fake time: a busy machine cannot make them arrive early.
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    fetches?.restore();
    fetches = undefined;
    clock?.restore();
    clock = undefined;
  });

  it('1. the quotes property wins over everything else', async () => {
    fetches = fetchTable({ '/b.json': { json: B } });
    const el = await mount(html`<value-quote .quotes=${A} quotes=${json(B)} src="/b.json" text="T.">
      <figure><blockquote>Light.</blockquote></figure></value-quote>`);
    expect(texts(el)).to.deep.equal(['A one.', 'A two.']);
  });

  it('2. then the quotes attribute', async () => {
    fetches = fetchTable({ '/a.json': { json: A } });
    const el = await mount(html`<value-quote quotes=${json(B)} src="/a.json" text="T."><figure><blockquote>Light.</blockquote></figure></value-quote>`);
    expect(texts(el)).to.deep.equal(['B one.', 'B two.']);
    el.quotes = A;
    await el.updateComplete;
    expect(texts(el)).to.deep.equal(['A one.', 'A two.']);
    el.quotes = undefined;
    await el.updateComplete;
    expect(texts(el), 'without the property, the attribute again').to.deep.equal(['B one.', 'B two.']);
  });

  describe('3. src', () => {
    const cases: [string, unknown, string | undefined, string, string[]][] = [
      ['a Quote array', A, undefined, 'en', ['A one.', 'A two.']],
      ['{ quotes: [...] }', { quotes: B }, undefined, 'en', ['B one.', 'B two.']],
      ['a Story', story('s', 'fr', A), undefined, 'en', ['A one.', 'A two.']],
      ['a Collection with story-id', COLLECTION, 'fr-story', 'en', ['A one.', 'A two.']],
      ['a Collection without story-id: every story in the element’s language', COLLECTION, undefined, 'en', ['B one.', 'B two.', 'C.']],
      ['a Collection without story-id, French page', COLLECTION, undefined, 'fr', ['A one.', 'A two.']],
      ['a Collection with no story in that language: all stories', COLLECTION, undefined, 'ja', ['A one.', 'A two.', 'B one.', 'B two.', 'C.']],
    ];
    for (const [what, body, storyId, lang, expected] of cases) {
      it(what, async () => {
        fetches = fetchTable({ '/doc.json': { json: body } });
        const r = recorder();
        const wrap = await fixture(html`<div lang=${lang}><value-quote src="/doc.json" story-id=${storyId ?? ''} @quotes-load=${r.push}>
          <figure><blockquote>Light.</blockquote></figure></value-quote></div>`);
        const el = wrap.querySelector('value-quote')!;
        await r.until('quotes-load');
        await el.updateComplete;
        expect(texts(el)).to.deep.equal(expected);
        expect(r.of<{ quotes: Quote[] }>('quotes-load')[0].quotes.map((q) => q.text)).to.deep.equal(expected);
      });
    }

    it('shows the light-DOM fallback while loading, then the fetched quotes', async () => {
      clock = fakeClock();
      fetches = fetchTable({ '/slow.json': { json: A, delay: 50 } });
      const r = recorder();
      const el = await mount(html`<value-quote src="/slow.json" @quotes-load=${r.push}>
        <figure><blockquote>Light one.</blockquote></figure><figure><blockquote>Light two.</blockquote></figure></value-quote>`);
      expect(texts(el)).to.deep.equal(['Light one.', 'Light two.']);
      expect(r.events, 'no load event for the fallback').to.have.length(0);
      await clock.tickAsync(50);
      await r.until('quotes-load');
      await el.updateComplete;
      expect(texts(el)).to.deep.equal(['A one.', 'A two.']);
    });

    it('a later src wins over a slower earlier one', async () => {
      clock = fakeClock();
      fetches = fetchTable({ '/slow.json': { json: A, delay: 80 }, '/fast.json': { json: B } });
      const r = recorder();
      const el = await mount(html`<value-quote src="/slow.json" @quotes-load=${r.push}></value-quote>`);
      el.src = '/fast.json';
      await el.updateComplete;
      await clock.tickAsync(120);
      await r.until('quotes-load');
      await frames(2);
      await el.updateComplete;
      expect(texts(el)).to.deep.equal(['B one.', 'B two.']);
      expect(r.events).to.have.length(1);
    });

    it('loading="lazy" fetches only when the element nears the viewport', async () => {
      fetches = fetchTable({ '/lazy.json': { json: A } });
      const r = recorder();
      const wrap = await fixture(html`<div><div style="block-size: 400vh"></div>
        <value-quote loading="lazy" src="/lazy.json" @quotes-load=${r.push}></value-quote></div>`);
      const el = wrap.querySelector('value-quote')!;
      await settle(el);
      expect(fetches.urls()).to.deep.equal([]);
      el.scrollIntoView();
      await r.until('quotes-load');
      expect(fetches.urls()).to.have.length(1);
      window.scrollTo(0, 0);
      await untilIntersection(wrap, true);
    });
  });

  describe('4. light DOM', () => {
    it('reads <figure data-value> with <blockquote> and <figcaption>, and leaves it in place, unrendered', async () => {
      const el = await mount(html`<value-quote>
        <figure data-value="Persévérance"><blockquote>La persévérance gagne le succès.</blockquote><figcaption>Michel Dupuy</figcaption></figure>
        <figure data-value="Rigueur"><blockquote>La rigueur vient toujours à bout de l’obstacle.</blockquote><figcaption>Léonard de Vinci</figcaption></figure>
      </value-quote>`);
      expect(el.current).to.deep.equal({ text: 'La persévérance gagne le succès.', author: 'Michel Dupuy', value: 'Persévérance' });
      expect(el.querySelectorAll(':scope > figure')).to.have.length(2);
      expect($(el, 'slot'), 'the light DOM is read, not slotted').to.not.exist;
      expect(el.querySelector('figure')!.getBoundingClientRect().height).to.equal(0);
      expect($(el, '[part=value]')!.textContent).to.equal('persévérance');
    });

    it('reads a bare <blockquote> with a <cite>', async () => {
      const el = await mount(html`<value-quote><blockquote>La rigueur vient toujours à bout de l’obstacle. <cite>Léonard de Vinci</cite></blockquote></value-quote>`);
      expect(el.current).to.deep.equal({ text: 'La rigueur vient toujours à bout de l’obstacle.', author: 'Léonard de Vinci' });
    });

    it('reads the light DOM again when it changes after the upgrade', async () => {
      const r = recorder();
      const el = await mount(html`<value-quote @quotes-load=${r.push}><figure><blockquote>One.</blockquote></figure></value-quote>`);
      const added = document.createElement('figure');
      added.innerHTML = '<blockquote>Two.</blockquote>';
      el.append(added);
      await r.until('quotes-load', 2);
      await el.updateComplete;
      expect(texts(el)).to.deep.equal(['One.', 'Two.']);
      added.querySelector('blockquote')!.textContent = 'Deux.';
      await r.until('quotes-load', 3);
      await el.updateComplete;
      expect(texts(el)).to.deep.equal(['One.', 'Deux.']);
      // Every attribute the reader reads counts as a change too.
      added.setAttribute('data-original', 'Two.');
      await r.until('quotes-load', 4);
      added.setAttribute('data-original-lang', 'en');
      await r.until('quotes-load', 5);
      expect(r.events.at(-1)!.detail.quotes[1].original).to.deep.equal({ text: 'Two.', lang: 'en' });
      added.setAttribute('data-value', 'Courage');
      await r.until('quotes-load', 6);
    });
  });

  it('5. attributes text, author and value make one quote, which the value filter keeps', async () => {
    const el = await mount(html`<value-quote text="La persévérance gagne le succès." author="Michel Dupuy" value="Persévérance"></value-quote>`);
    expect(el.current).to.deep.equal({ text: 'La persévérance gagne le succès.', author: 'Michel Dupuy', value: 'Persévérance' });
    expect(shownText(el)).to.equal('“La persévérance gagne le succès.”');
  });

  it('quotes-load fires whatever the source', async () => {
    const warn = warnings();
    fetches = fetchTable({ '/a.json': { json: A } });
    const sources = [
      html`<value-quote .quotes=${A}></value-quote>`,
      html`<value-quote quotes=${json(A)}></value-quote>`,
      html`<value-quote src="/a.json"></value-quote>`,
      html`<value-quote><figure><blockquote>A.</blockquote></figure></value-quote>`,
      html`<value-quote text="A."></value-quote>`,
    ];
    for (const t of sources) {
      const r = recorder();
      const wrap = await fixture(html`<div @quotes-load=${r.push}>${t}</div>`);
      await r.until('quotes-load');
      expect(r.of<{ quotes: Quote[] }>('quotes-load')[0].quotes.length).to.be.greaterThan(0);
      wrap.remove();
    }
    expect(warn.messages()).to.deep.equal([]);
    warn.restore();
    expect(QUOTES).to.have.length(4);
  });
});
