import { html, expect, fixture } from '@open-wc/testing';
import { json, mount, slides } from '../helpers/value-quote-harness.js';
import type { ValueQuote } from '../../src/value-quote.js';

/** The slides drawn now, the one fading in included. */
const seen = (el: ValueQuote) => slides(el).filter((slide) => getComputedStyle(slide).visibility === 'visible');

/** The transitions running on a slide, by property. */
const runningOn = (slide: Element) =>
  slide.getAnimations().map((animation) => (animation as CSSTransition).transitionProperty).sort();

describe('value-quote transitions: one quote on screen at a time', () => {
  for (const transition of ['fade', 'slide']) {
    it(`${transition}: the quote arriving moves in while the one it replaces is already gone`, async () => {
      const el = await mount(html`<value-quote transition=${transition} quotes=${json()}></value-quote>`);
      el.next();
      await el.updateComplete;
      // Mid-transition: the new quote is on its way in, and nothing else shows under it.
      expect(seen(el)).to.have.length(1);
      expect(seen(el)[0]).to.equal(slides(el)[1]);
      const expected = transition === 'fade' ? ['opacity'] : ['opacity', 'translate'];
      expect(runningOn(slides(el)[1])).to.deep.equal(expected);
      expect(Number(getComputedStyle(slides(el)[1]).opacity)).to.be.lessThan(1);
      slides(el)[1].getAnimations().forEach((animation) => animation.finish());
      expect(getComputedStyle(slides(el)[1]).opacity).to.equal('1');
    });
  }

  it('the first quote shows at once, without a fade', async () => {
    const el = await mount(html`<value-quote quotes=${json()}></value-quote>`);
    expect(runningOn(slides(el)[0])).to.deep.equal([]);
    expect(getComputedStyle(slides(el)[0]).opacity).to.equal('1');
  });

  it('none: the next quote is there at once', async () => {
    const el = await mount(html`<value-quote transition="none" quotes=${json()}></value-quote>`);
    el.next();
    await el.updateComplete;
    expect(runningOn(slides(el)[1])).to.deep.equal([]);
    expect(seen(el)).to.deep.equal([slides(el)[1]]);
  });
});

/** The drawn box of the characters from `start` to `end` of an element's text, across its text nodes. */
function boxOf(element: Element, start: number, end: number): DOMRect {
  const range = document.createRange();
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent!.length;
    if (start >= offset && start < offset + length) range.setStart(node, start - offset);
    if (end > offset && end <= offset + length) range.setEnd(node, end - offset);
    offset += length;
  }
  return range.getBoundingClientRect();
}

describe('value-quote quotation marks in right-to-left text', () => {
  for (const [lang, text, open, close] of [
    ['fr', 'La persévérance gagne le succès.', '«\u202f', '\u202f»'],
    ['en', 'Perseverance wins success.', '“', '”'],
  ]) {
    it(`${lang}: the marks are inside the isolated quote, so they stay at its two ends on an rtl page`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div dir="rtl" lang=${lang} style="inline-size: 9em">
        <value-quote .quotes=${[{ text }]}></value-quote>
      </div>`);
      const el = wrap.querySelector<ValueQuote>('value-quote')!;
      await el.updateComplete;
      const isolated = el.shadowRoot!.querySelector('[part=text] bdi')!;
      expect(isolated.textContent).to.equal(`${open}${text}${close}`);
      // Drawn: the opening mark sits just before the first word, on its line, and the closing
      // mark just after the last word, on its line, in the quote's own direction.
      const [opening, firstWord, lastWord, closing] = [
        boxOf(isolated, 0, open.length),
        boxOf(isolated, open.length, open.length + text.indexOf(' ')),
        boxOf(isolated, isolated.textContent!.length - close.length - (text.length - text.lastIndexOf(' ') - 1), isolated.textContent!.length - close.length),
        boxOf(isolated, isolated.textContent!.length - close.length, isolated.textContent!.length),
      ];
      expect(lastWord.top).to.be.greaterThan(firstWord.top); // the quote wraps
      expect(opening.top).to.equal(firstWord.top);
      // A pixel of leeway: the marks are kerned against the letters.
      expect(opening.right).to.be.at.most(firstWord.left + 1);
      expect(closing.top).to.equal(lastWord.top);
      expect(closing.left).to.be.at.least(lastWord.right - 1);
    });
  }
});
