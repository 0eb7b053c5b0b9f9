/**
 * Geometry: at every width, a quotation mark is drawn on the same line as the word it belongs
 * to; neither mark ends or starts a line alone, in any language.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/value-quote.js';
import type { ValueQuote } from '../../src/value-quote.js';

/** The box of the character at `index` of `root`'s text, across its text nodes. */
function charBox(root: Element, index: number): DOMRect {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let offset = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.textContent!.length;
    if (index < offset + length) {
      const range = document.createRange();
      range.setStart(node, index - offset);
      range.setEnd(node, index - offset + 1);
      return range.getBoundingClientRect();
    }
    offset += length;
  }
  throw new Error(`no character ${index}`);
}

const QUOTES: [lang: string, text: string][] = [
  ['en', 'Never give up. Today is hard, tomorrow will be worse, but the day after tomorrow will be sunshine.'],
  ['en', 'Ends with a space and a dash — '],
  ['fr', 'N’abandonnez jamais. Aujourd’hui est difficile, demain sera pire, mais après-demain sera ensoleillé !'],
  ['de', 'Gib niemals auf. Heute ist hart, morgen wird es schlimmer, aber übermorgen scheint die Sonne.'],
  ['pl', 'Nigdy się nie poddawaj. Dziś jest ciężko, jutro będzie gorzej, ale pojutrze zaświeci słońce.'],
  ['sv', 'Ge aldrig upp. I dag är det svårt, i morgon blir det värre, men i övermorgon skiner solen.'],
  ['ru', 'Никогда не сдавайся. Сегодня трудно, завтра будет хуже, но послезавтра будет солнце.'],
  ['ar', 'لا تستسلم أبدًا. اليوم صعب، والغد أسوأ، لكن بعد غدٍ ستشرق الشمس.'],
  ['he', 'לעולם אל תוותר. היום קשה, מחר יהיה גרוע יותר, אבל מחרתיים תזרח השמש.'],
  ['ja', '決して諦めるな。今日は辛く、明日はもっと辛いが、明後日には太陽が輝く。'],
  ['zh', '永不放弃。今天很残酷，明天更残酷，后天很美好。'],
  ['zh-TW', '永不放棄。今天很殘酷，明天更殘酷，後天很美好。'],
];

describe('quotation marks never wrap alone', () => {
  for (const [lang, text] of QUOTES) {
    it(`${lang}: ${text.slice(0, 24)}… at every width from 4 to 24 em`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang=${lang} dir=${/^(ar|he)/.test(lang) ? 'rtl' : 'ltr'} style="font: 16px/1.5 serif">
        <value-quote .quotes=${[{ text }]}></value-quote>
      </div>`);
      const el = wrap.querySelector<ValueQuote>('value-quote')!;
      await el.updateComplete;
      const quote = el.shadowRoot!.querySelector('[part=text] bdi')!;
      const shown = quote.textContent!;
      // The characters next to each mark, past any no-break space (French « »).
      const afterOpening = shown.search(/[^\p{Pi}\p{Pf}\p{Ps}\u202f]/u);
      const closing = shown.length - 1;
      const beforeClosing = closing - (shown.slice(0, closing).match(/[\u202f\u2060]*$/)![0].length + 1);
      let lines = 1;
      for (let em = 4; em <= 24; em += 0.25) {
        wrap.style.inlineSize = `${em}em`;
        const [open, first, last, close] = [charBox(quote, 0), charBox(quote, afterOpening), charBox(quote, beforeClosing), charBox(quote, closing)];
        lines = Math.max(lines, Math.round((close.bottom - open.top) / last.height));
        expect(open.top, `opening mark at ${em}em`).to.be.closeTo(first.top, 2);
        expect(close.top, `closing mark at ${em}em`).to.be.closeTo(last.top, 2);
      }
      expect(lines, 'the quote wrapped at the narrowest widths').to.be.greaterThan(2);
    });
  }
});
