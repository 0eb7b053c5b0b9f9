import { html, expect } from '@open-wc/testing';
import type sinon from 'sinon';
import {
  QUOTES, json, mount, fakeClock, tick, shownText, pauseButton, nextButton, previousButton, dots, figures, motion,
  warnings, $,
} from '../helpers/value-quote-harness.js';
import type { ValueQuote } from '../../src/value-quote.js';

const HOST_ARIA = ['role', 'aria-roledescription', 'aria-label'];
const written = (el: ValueQuote) => el.getAttributeNames().filter((a) => !HOST_ARIA.includes(a) && a !== 'quotes');

describe('value-quote attributes and reflection (SPEC §2, §7)', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  let warn: ReturnType<typeof warnings> | undefined;
  afterEach(() => {
    clock?.restore();
    warn?.restore();
    clock = warn = undefined;
  });

  it('has the documented defaults and writes none of them to the host', async () => {
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    expect(el.interval).to.equal(7000);
    expect(el.order).to.equal('sequence');
    expect(el.start).to.equal(0);
    expect(el.transition).to.equal('fade');
    expect(el.controls).to.equal('pause');
    expect(el.highlight).to.equal('on');
    expect(el.loading).to.equal('eager');
    expect(el.paused).to.not.be.ok;
    expect(written(el)).to.deep.equal([]);
  });

  it('reflects every attribute to its camelCase property', async () => {
    const el = await mount(html`<value-quote quotes=${json()} interval="3000" paused order="random" value="courage,rigueur"
      start="1" transition="slide" controls="full" highlight="off" src="" story-id="alibaba" loading="lazy" label="Valeurs"></value-quote>`);
    expect(el.interval).to.equal(3000);
    expect(el.paused).to.equal(true);
    expect(el.order).to.equal('random');
    expect(el.value).to.equal('courage,rigueur');
    expect(el.start).to.equal(1);
    expect(el.transition).to.equal('slide');
    expect(el.controls).to.equal('full');
    expect(el.highlight).to.equal('off');
    expect(el.storyId).to.equal('alibaba');
    expect(el.loading).to.equal('lazy');
    expect(el.label).to.equal('Valeurs');
    el.setAttribute('interval', 'auto');
    el.removeAttribute('order');
    expect(el.interval).to.equal('auto');
    expect(el.order).to.equal('sequence');
  });

  it('writes properties set by script back to their attributes, except label and lang', async () => {
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    Object.assign(el, {
      interval: 4000, order: 'shuffle', start: 2, transition: 'fade', controls: 'full', highlight: 'off',
      value: 'courage', storyId: 'x', loading: 'lazy', paused: true, label: 'Nos valeurs',
    });
    await el.updateComplete;
    expect(el.getAttribute('interval')).to.equal('4000');
    expect(el.getAttribute('order')).to.equal('shuffle');
    expect(el.getAttribute('start')).to.equal('2');
    expect(el.getAttribute('transition'), 'a default set by script is written too').to.equal('fade');
    expect(el.getAttribute('controls')).to.equal('full');
    expect(el.getAttribute('highlight')).to.equal('off');
    expect(el.getAttribute('value')).to.equal('courage');
    expect(el.getAttribute('story-id')).to.equal('x');
    expect(el.getAttribute('loading')).to.equal('lazy');
    expect(el.hasAttribute('paused')).to.equal(true);
    expect(el.hasAttribute('label')).to.equal(false);
    expect(el.hasAttribute('lang')).to.equal(false);
    el.paused = false;
    await el.updateComplete;
    expect(el.hasAttribute('paused')).to.equal(false);
  });

  describe('interval', () => {
    it('moves on after 7000 ms by default', async () => {
      clock = fakeClock();
      const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
      await tick(clock, el, 6999);
      expect(el.index).to.equal(0);
      await tick(clock, el, 1);
      expect(el.index).to.equal(1);
    });

    it('raises values below 2000 to 2000', async () => {
      clock = fakeClock();
      const el = await mount(html`<value-quote interval="500" quotes=${json()}></value-quote>`);
      await tick(clock, el, 1999);
      expect(el.index).to.equal(0);
      await tick(clock, el, 1);
      expect(el.index).to.equal(1);
    });

    it('auto times each quote as max(5000, 3000 + 300 × words)', async () => {
      clock = fakeClock();
      // 5 words → 5000 (floor); 25 words → 10500.
      const long = Array.from({ length: 25 }, (_, k) => `mot${k}`).join(' ');
      const el = await mount(html`<value-quote interval="auto" quotes=${json([{ text: 'La persévérance gagne le succès.' }, { text: long }])}></value-quote>`);
      await tick(clock, el, 4999);
      expect(el.index).to.equal(0);
      await tick(clock, el, 1);
      expect(el.index).to.equal(1);
      await tick(clock, el, 10499);
      expect(el.index).to.equal(1);
      await tick(clock, el, 1);
      expect(el.index).to.equal(0);
    });

    it('auto still times a quote whose lang is not a language tag', async () => {
      clock = fakeClock();
      const long = Array.from({ length: 25 }, (_, k) => `w${k}`).join(' ');
      const el = await mount(html`<value-quote interval="auto" quotes=${json([{ text: long, lang: 'not a lang!' }, { text: 'Two.', lang: '' }])}></value-quote>`);
      expect(shownText(el)).to.contain('w24');
      await tick(clock, el, 10499);
      expect(el.index).to.equal(0);
      await tick(clock, el, 1);
      expect(el.index).to.equal(1);
      await tick(clock, el, 5000);
      expect(el.index).to.equal(0);
    });

    it('falls back to 7000 with one console warning for a non-number', async () => {
      clock = fakeClock();
      warn = warnings();
      const el = await mount(html`<value-quote interval="soon" quotes=${json()}></value-quote>`);
      await tick(clock, el, 7000);
      await tick(clock, el, 7000);
      el.requestUpdate();
      await el.updateComplete;
      expect(el.index).to.equal(2);
      const said = warn.messages().filter((m) => m.includes('interval'));
      expect(said).to.have.length(1);
      expect(said[0]).to.match(/^value-quote: /);
    });
  });

  describe('order', () => {
    it('shuffle shows every quote once per cycle', async () => {
      clock = fakeClock();
      const el = await mount(html`<value-quote order="shuffle" interval="2000" quotes=${json()}></value-quote>`);
      const seen = [el.index];
      for (let k = 1; k < 12; k++) {
        await tick(clock, el, 2000);
        seen.push(el.index);
      }
      for (let c = 0; c < 3; c++) expect(seen.slice(c * 4, c * 4 + 4).sort()).to.deep.equal([0, 1, 2, 3]);
    });

    it('random never shows the same quote twice in a row', async () => {
      clock = fakeClock();
      const el = await mount(html`<value-quote order="random" interval="2000" quotes=${json()}></value-quote>`);
      for (let k = 0; k < 20; k++) {
        const before = el.index;
        await tick(clock, el, 2000);
        expect(el.index).to.not.equal(before);
      }
    });

    it('an unknown order warns and rotates in sequence', async () => {
      clock = fakeClock();
      warn = warnings();
      const el = await mount(html`<value-quote order="alphabetical" interval="2000" quotes=${json()}></value-quote>`);
      await tick(clock, el, 2000);
      expect(el.index).to.equal(1);
      expect(warn.messages().filter((m) => m.startsWith('value-quote: order="alphabetical"'))).to.have.length(1);
    });
  });

  describe('start', () => {
    it('shows the quote at start first', async () => {
      const el = await mount(html`<value-quote start="2" quotes=${json()}></value-quote>`);
      expect(el.index).to.equal(2);
      expect(shownText(el)).to.contain('rigueur');
    });

    it('counts in the filtered list', async () => {
      const el = await mount(html`<value-quote start="1" value="rigueur, courage" quotes=${json()}></value-quote>`);
      expect(el.current?.value).to.equal('Courage');
    });

    it('out of range falls back to the first quote with a warning', async () => {
      warn = warnings();
      const el = await mount(html`<value-quote start="9" quotes=${json()}></value-quote>`);
      expect(el.index).to.equal(0);
      expect(warn.messages()).to.deep.equal(['value-quote: start="9" is out of range (0 to 3); showing the first quote']);
    });
  });

  describe('transition', () => {
    for (const t of ['fade', 'slide', 'none']) {
      it(`${t} is applied to the quotes`, async () => {
        const el = await mount(html`<value-quote transition=${t} quotes=${json()}></value-quote>`);
        expect(motion(el)).to.equal(t);
      });
    }

    it('an unknown transition warns once and fades', async () => {
      warn = warnings();
      const el = await mount(html`<value-quote transition="zoom" quotes=${json()}></value-quote>`);
      el.next();
      await el.updateComplete;
      expect(motion(el)).to.equal('fade');
      expect(warn.messages()).to.deep.equal(['value-quote: transition="zoom" is not one of fade, slide, none; using fade']);
    });
  });

  describe('controls', () => {
    it('pause (default) renders the pause button only', async () => {
      const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
      expect(pauseButton(el)).to.exist;
      expect(nextButton(el)).to.not.exist;
      expect(dots(el)).to.have.length(0);
    });

    it('full adds previous, next and one dot per quote', async () => {
      const el = await mount(html`<value-quote controls="full" quotes=${json()}></value-quote>`);
      expect(pauseButton(el)).to.exist;
      expect(previousButton(el)).to.exist;
      expect(nextButton(el)).to.exist;
      expect(dots(el)).to.have.length(4);
      expect(dots(el)[0].getAttribute('aria-current')).to.equal('true');
    });

    it('none renders no controls on an element that does not rotate', async () => {
      warn = warnings();
      const el = await mount(html`<value-quote controls="none" paused quotes=${json()}></value-quote>`);
      expect($(el, '[part=controls]')).to.not.exist;
      expect(warn.messages()).to.deep.equal([]);
    });

    it('none on a rotating element keeps the pause button and warns once', async () => {
      warn = warnings();
      const el = await mount(html`<value-quote controls="none" quotes=${json()}></value-quote>`);
      el.next();
      await el.updateComplete;
      expect(pauseButton(el)).to.exist;
      expect(warn.messages()).to.deep.equal([
        'value-quote: controls="none" needs paused quotes; keeping the pause button',
      ]);
    });

    it('an unknown value warns and renders the pause button', async () => {
      warn = warnings();
      const el = await mount(html`<value-quote controls="some" quotes=${json()}></value-quote>`);
      expect(pauseButton(el)).to.exist;
      expect(warn.messages()).to.have.length(1);
    });
  });

  it('label names the carousel region; otherwise a localized "Quotes", with the values of the quotes shown', async () => {
    const el = await mount(html`<value-quote label="Nos valeurs" quotes=${json()}></value-quote>`);
    expect(el.getAttribute('aria-label')).to.equal('Nos valeurs');
    const fr = await mount(html`<div lang="fr"><value-quote value="courage,rigueur" quotes=${json()}></value-quote></div>`);
    expect(fr.querySelector('value-quote')!.getAttribute('aria-label')).to.equal('Citations\u202f: Rigueur, Courage');
    const without = await mount(html`<value-quote quotes=${json(QUOTES.map(({ text }) => ({ text })))}></value-quote>`);
    expect(without.getAttribute('aria-label')).to.equal('Quotes');
    // Two carousels with different quotes on one page have different names.
    const two = await mount(html`<div><value-quote value="courage" quotes=${json([...QUOTES, { ...QUOTES[3], text: 'Le courage.' }])}></value-quote>
      <value-quote value="rigueur" quotes=${json([...QUOTES, { ...QUOTES[2], text: 'La rigueur.' }])}></value-quote></div>`);
    const names = [...two.querySelectorAll('value-quote')].map((carousel) => carousel.getAttribute('aria-label'));
    expect(names).to.deep.equal(['Quotes: Courage', 'Quotes: Rigueur']);
    expect(figures(el)).to.have.length(QUOTES.length);
  });
});
