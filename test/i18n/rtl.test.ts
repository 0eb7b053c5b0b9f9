/**
 * Right to left, in Arabic and Hebrew with their tables: the controls are laid out from the
 * right, the arrow keys and the chevrons follow the reading direction, the labels are translated.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/value-quote.js';
import '../../src/i18n/locales/ar.js';
import '../../src/i18n/locales/he.js';
import type { ValueQuote } from '../../src/value-quote.js';
import { json } from '../helpers/quotes.js';

const control = (el: ValueQuote, name: string) => el.shadowRoot!.querySelector<HTMLButtonElement>(`[part~=${name}]`)!;
const dots = (el: ValueQuote) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~=dot]')];
/** Which way a chevron points on screen: the icon is drawn pointing left, and a negative scale mirrors it. */
const pointing = (button: HTMLElement) => (parseFloat(getComputedStyle(button.querySelector('svg')!).scale) < 0 ? 'right' : 'left');

for (const [lang, next, previous] of [
  ['ar', 'الاقتباس التالي', 'الاقتباس السابق'],
  ['he', 'הציטוט הבא', 'הציטוט הקודם'],
]) {
  describe(`right to left: lang=${lang} dir=rtl`, () => {
    let el: ValueQuote;
    // A reader's arrow key pauses for the browser session, which later test files share.
    afterEach(() => sessionStorage.clear());
    beforeEach(async () => {
      const wrap = await fixture(html`<div dir="rtl" lang=${lang}><value-quote controls="full" paused quotes=${json()}></value-quote></div>`);
      el = wrap.querySelector<ValueQuote>('value-quote')!;
      await el.updateComplete;
    });

    it('lays the controls out from the right: pause, previous, the dots in order, next', () => {
      const right = (part: HTMLElement) => part.getBoundingClientRect().right;
      const order = [control(el, 'pause'), control(el, 'previous'), ...dots(el), control(el, 'next')].map(right);
      expect(order).to.deep.equal([...order].sort((a, b) => b - a));
      expect(control(el, 'next').getAttribute('aria-label')).to.equal(next);
      expect(control(el, 'previous').getAttribute('aria-label')).to.equal(previous);
    });

    it('the chevrons point outwards: previous to the right, next to the left', () => {
      expect(pointing(control(el, 'previous'))).to.equal('right');
      expect(pointing(control(el, 'next'))).to.equal('left');
      const ltr = el.closest('div')!;
      ltr.dir = 'ltr';
      expect(pointing(control(el, 'previous')), 'and back in left-to-right text').to.equal('left');
      expect(pointing(control(el, 'next'))).to.equal('right');
    });

    it('the left arrow key goes to the next quote, the right arrow key to the previous one', async () => {
      control(el, 'pause').focus();
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.index).to.equal(1);
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.index).to.equal(2);
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.index).to.equal(1);
    });
  });
}
