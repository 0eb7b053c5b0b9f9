/**
 * `<value-quote>` from each standalone bundle: every attribute, property, method and event
 * used once through the built file, so a name the minifier broke fails here.
 */
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { QUOTE_BUNDLES, all, bundleFrame, one, textOf, type BundleFrame } from '../helpers/bundle-frame.js';
import { fetchTable, type FetchTable } from '../helpers/fetch-table.js';
import { recorder } from '../helpers/listen.js';
import { QUOTES, json } from '../helpers/quotes.js';

const escaped = (text: string) => text.replace(/"/g, '&quot;');
const ALL_QUOTES = `<value-quote quotes="${escaped(json())}"></value-quote>`;

// The quotation marks around a quote's text: opening ones (“ « „), closing ones (” » and German “).
const MARKS = /^[\p{Pi}\p{Ps}]\u202f?|\u202f?[\p{Pf}\p{Pe}\p{Pi}]$/gu;

/** The quote a reader sees, without its marks: the figure rendered visible once any transition has ended. */
function shownText(el: Element): string | undefined {
  for (const animation of el.shadowRoot!.getAnimations()) animation.finish();
  const figure = all(el, 'figure[part~=quote]').find((f) => getComputedStyle(f).visibility === 'visible');
  return textOf(figure?.querySelector('[part~=text] bdi'))?.replace(MARKS, '');
}

for (const bundle of QUOTE_BUNDLES) {
  describe(`<value-quote> through the ${bundle.name}`, () => {
    let frame: BundleFrame;
    let fetches: FetchTable | undefined;
    let clock: sinon.SinonFakeTimers | undefined;
    before(async () => (frame = await bundleFrame(bundle)));
    after(() => frame.remove());
    afterEach(() => {
      fetches?.restore();
      clock?.restore();
      fetches = clock = undefined;
      frame.doc.body.replaceChildren();
      // A reader's pause lasts the session, and the frame shares this page's.
      frame.win.sessionStorage.clear();
    });

    it('quotes (attribute), label and quotes-load: a named carousel of every quote', async () => {
      const events = recorder(frame.doc, 'quotes-load');
      const el = await frame.mount(ALL_QUOTES.replace('>', ' label="Testimonials">'));
      expect(all(el, '[role=group] > figure[part~=quote]')).to.have.length(4);
      expect(el.getAttribute('role')).to.equal('region');
      expect(el.getAttribute('aria-label')).to.equal('Testimonials');
      expect(events.of<{ quotes: unknown[] }>('quotes-load').map((d) => d.quotes.length)).to.deep.equal([4]);
      expect(el.index).to.equal(0);
      expect(el.current.text).to.equal(QUOTES[0].text);
      expect(shownText(el)).to.equal(QUOTES[0].text);
    });

    it('the quotes property wins over the attribute', async () => {
      const el = await frame.mount(ALL_QUOTES, (el) => (el.quotes = [QUOTES[2]]));
      expect(all(el, 'figure[part~=quote]')).to.have.length(1);
      expect(shownText(el)).to.equal(QUOTES[2].text);
    });

    it('text, author and value make one quote with its value word marked; highlight="off" unmarks it', async () => {
      const { text, author, value } = QUOTES[0];
      const el = await frame.mount(`<value-quote text="${text}" author="${author}" value="${value}"></value-quote>`);
      expect(textOf(one(el, '[part~=author]'))).to.equal(author);
      expect(textOf(one(el, 'mark[part~=value]'))).to.equal('persévérance');
      el.setAttribute('highlight', 'off');
      await el.updateComplete;
      expect(one(el, 'mark[part~=value]')).to.equal(null);
    });

    it('src and story-id load the quotes of one story of a collection', async () => {
      fetches = fetchTable({ '/stories.json': { json: { stories: [{ id: 'a', title: 'A', quotes: [QUOTES[0]] }, { id: 'b', title: 'B', quotes: QUOTES.slice(1) }] } } }, frame.win);
      const events = recorder(frame.doc, 'quotes-load');
      const el = await frame.mount('<value-quote src="/stories.json" story-id="b"></value-quote>');
      await events.until('quotes-load');
      await el.updateComplete;
      expect(events.of<{ quotes: unknown[] }>('quotes-load')[0].quotes.length).to.equal(3);
      expect(shownText(el)).to.equal(QUOTES[1].text);
    });

    it('loading="lazy" fetches src only once the element nears the viewport', async () => {
      fetches = fetchTable({ '/quotes.json': { json: QUOTES } }, frame.win);
      const el = await frame.mount('<value-quote loading="lazy" src="/quotes.json" style="margin-top: 3000px"></value-quote>');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fetches.urls()).to.deep.equal([]);
      el.scrollIntoView();
      await waitUntil(() => fetches!.urls().length === 1, 'fetched once in view');
    });

    it('a broken quotes attribute fires quotes-error', async () => {
      const events = recorder(frame.doc, 'quotes-error');
      const warn = sinon.stub(frame.win.console, 'warn');
      try {
        await frame.mount('<value-quote quotes="[not json"></value-quote>');
      } finally {
        warn.restore();
      }
      expect(events.of<{ error: Error }>('quotes-error').map((d) => d.error.name)).to.deep.equal(['SyntaxError']);
    });

    it('start, next(), previous() and goTo() show the quote asked for, each firing quote-change', async () => {
      const events = recorder(frame.doc, 'quote-change');
      const el = await frame.mount(ALL_QUOTES.replace('>', ' start="2">'));
      expect(shownText(el)).to.equal(QUOTES[2].text);
      el.next();
      await el.updateComplete;
      expect(shownText(el)).to.equal(QUOTES[3].text);
      el.previous();
      await el.updateComplete;
      el.goTo(0);
      await el.updateComplete;
      expect(shownText(el)).to.equal(QUOTES[0].text);
      expect(events.of<{ index: number }>('quote-change').map((c) => c.index)).to.deep.equal([3, 2, 0]);
    });

    it('interval rotates; pause() stops it and reflects paused; play() starts it again', async () => {
      // The frame's clocks, which the bundle reads (sinon supports `global`; its types miss it).
      const config = { global: frame.win, toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'] };
      clock = sinon.useFakeTimers(config as Parameters<typeof sinon.useFakeTimers>[0]);
      const el = await frame.mount(ALL_QUOTES.replace('>', ' interval="3000">'));
      // Quotes rotate only once seen; a rotating carousel stops announcing each quote (APG).
      await waitUntil(() => one(el, '[aria-live]')!.getAttribute('aria-live') === 'off', 'rotating');
      clock.tick(3000);
      await el.updateComplete;
      expect(el.index).to.equal(1);
      el.pause();
      await el.updateComplete;
      expect(el.hasAttribute('paused')).to.equal(true);
      clock.tick(10_000);
      await el.updateComplete;
      expect(el.index).to.equal(1);
      el.play();
      await el.updateComplete;
      clock.tick(3000);
      await el.updateComplete;
      expect(el.index).to.equal(2);
    });

    it('order="shuffle" shows each quote once per cycle', async () => {
      const el = await frame.mount(ALL_QUOTES.replace('>', ' order="shuffle" paused>'));
      const seen = [el.index];
      for (let i = 0; i < 3; i++) {
        el.next();
        await el.updateComplete;
        seen.push(el.index);
      }
      expect([...seen].sort()).to.deep.equal([0, 1, 2, 3]);
    });

    it('the pause button, and controls="full" with its buttons, dots and arrow keys', async () => {
      const el = await frame.mount(ALL_QUOTES.replace('>', ' controls="full">'));
      one<HTMLButtonElement>(el, '[part~=pause]')!.click();
      await el.updateComplete;
      expect(el.paused).to.equal(true);
      one<HTMLButtonElement>(el, '[part~=next]')!.click();
      await el.updateComplete;
      expect(shownText(el)).to.equal(QUOTES[1].text);
      one<HTMLButtonElement>(el, '[part~=previous]')!.click();
      await el.updateComplete;
      expect(shownText(el)).to.equal(QUOTES[0].text);
      all<HTMLButtonElement>(el, '[part~=dot]')[3].click();
      await el.updateComplete;
      expect(one(el, '[part~=dot][aria-current]')).to.equal(all(el, '[part~=dot]')[3]);
      one(el, '[part~=controls]')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
      await el.updateComplete;
      expect(shownText(el)).to.equal(QUOTES[0].text);
    });

    it('controls="none" on paused quotes renders no controls', async () => {
      const el = await frame.mount(ALL_QUOTES.replace('>', ' controls="none" paused>'));
      expect(one(el, '[part~=controls]')).to.equal(null);
    });

    it('transition="none" and "slide" change how the quotes move', async () => {
      const el = await frame.mount(ALL_QUOTES.replace('>', ' transition="none">'));
      const group = () => one(el, '[role=group]')!;
      expect(getComputedStyle(group()).transitionDuration).to.equal('0s');
      el.transition = 'slide';
      await el.updateComplete;
      expect(getComputedStyle(group()).transitionDuration).to.not.equal('0s');
      expect(getComputedStyle(all(el, '[role=group]')[1]).translate).to.not.equal('none');
    });

    it('lang sets the UI language', async () => {
      const el = await frame.mount(ALL_QUOTES.replace('>', ' lang="fr">'));
      expect(one(el, '[part~=pause]')!.getAttribute('aria-label')).to.equal('Mettre les citations en pause');
    });

    it('a translated quote shows its original on demand', async () => {
      const el = await frame.mount('<value-quote></value-quote>', (el) => (el.quotes = [{ text: 'Perseverance wins.', original: { text: 'La persévérance gagne.', lang: 'fr' } }]));
      const toggle = one<HTMLButtonElement>(el, '[part~=toggle]')!;
      expect(one(el, '[part~=original]')!.hidden).to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(one(el, '[part~=original]')!.hidden).to.equal(false);
    });
  });
}
