import { html, expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { json, slides, $ } from '../helpers/value-quote-harness.js';
import type { ValueQuote } from '../../src/value-quote.js';

// Quotes of different heights: printed, each takes its own room, one after another.
const SHORT_AND_LONG = json([
  { text: 'Court.' },
  { text: 'Une citation bien plus longue que les autres, qui tient sur plusieurs lignes.', author: 'A' },
  { text: 'Moyenne, sans plus.', author: 'B' },
]);

describe('value-quote print (Chromium and Firefox: WebKitWebDriver cannot emulate print media)', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  for (const transition of ['fade', 'slide']) {
    it(`shows every quote, one after another, without controls (${transition})`, async () => {
      const el = await fixture<ValueQuote>(
        html`<value-quote controls="full" transition=${transition} quotes=${SHORT_AND_LONG}></value-quote>`,
      );
      await emulateMedia({ media: 'print' });
      expect(getComputedStyle($(el, '[part=controls]')!).display).to.equal('none');
      const boxes = slides(el).map((s) => [getComputedStyle(s).visibility, s.getBoundingClientRect()] as const);
      expect(boxes.every(([v]) => v === 'visible')).to.equal(true);
      // Aligned on one edge: no quote is left shifted by the slide transition.
      expect(boxes.map(([, r]) => r.left)).to.deep.equal(boxes.map(() => boxes[0][1].left));
      expect(boxes[1][1].top).to.be.greaterThan(boxes[0][1].top);
      expect(boxes[2][1].top).to.be.greaterThan(boxes[1][1].top);
    });
  }
});
