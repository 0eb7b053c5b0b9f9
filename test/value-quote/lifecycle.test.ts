import { html, expect, fixture } from '@open-wc/testing';
import sinon from 'sinon';
import { json, fakeClock, settle, warnings } from '../helpers/value-quote-harness.js';
import type { ValueQuote } from '../../src/value-quote.js';

describe('value-quote lifecycle', () => {
  it('mounting and removing many elements leaves no timer, observer or listener behind, and says nothing', async () => {
    const clock = fakeClock();
    const warn = warnings();
    const unobserve = sinon.spy(IntersectionObserver.prototype, 'unobserve');
    const disconnect = sinon.spy(MutationObserver.prototype, 'disconnect');
    const removed = sinon.spy(document, 'removeEventListener');
    try {
      const wrap = await fixture<HTMLElement>(html`<div></div>`);
      const els: ValueQuote[] = [];
      for (let k = 0; k < 20; k++) {
        const el = document.createElement('value-quote');
        el.setAttribute('quotes', json());
        el.setAttribute('controls', 'full');
        wrap.append(el);
        els.push(el);
      }
      await Promise.all(els.map((el) => settle(el)));
      const onScreen = els.filter((el) => el.getBoundingClientRect().top < innerHeight).length;
      expect(onScreen).to.be.within(1, 19);
      expect(clock.countTimers(), 'one timer per element on screen, none off screen').to.equal(onScreen);
      wrap.replaceChildren();
      expect(clock.countTimers()).to.equal(0);
      expect(unobserve.callCount).to.be.at.least(20);
      expect(disconnect.callCount).to.be.at.least(20);
      expect(removed.calledWith('visibilitychange')).to.equal(true);
      expect(warn.messages()).to.deep.equal([]);
    } finally {
      clock.restore();
      warn.restore();
      unobserve.restore();
      disconnect.restore();
      removed.restore();
    }
  });
});
