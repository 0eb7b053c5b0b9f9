import { html, expect, fixture } from '@open-wc/testing';
import { openFrame, type Frame } from '../helpers/frame.js';
import { json, slides } from '../helpers/value-quote-harness.js';
import type { ValueQuote } from '../../src/value-quote.js';

const SHORT_AND_LONG = json([
  { text: 'Court.' },
  { text: Array.from({ length: 60 }, (_, k) => `mot${k}`).join(' '), author: 'Quelqu’un de long' },
  { text: 'Moyen, un peu plus long que le premier.', author: 'B' },
]);

const FIGURES = `
  <figure data-value="Persévérance"><blockquote>La persévérance gagne le succès.</blockquote><figcaption>Michel Dupuy</figcaption></figure>
  <figure data-value="Pugnacité"><blockquote>Pour être dur il faut être fragile. La douceur est la véritable pugnacité.</blockquote><figcaption>Gretel Ehrlich</figcaption></figure>
  <figure data-value="Rigueur"><blockquote>La rigueur vient toujours à bout de l’obstacle.</blockquote><figcaption>Léonard de Vinci</figcaption></figure>
  <figure data-value="Courage"><blockquote>Il faut d’abord savoir ce que l’on veut, il faut ensuite avoir le courage de le dire, il faut ensuite l’énergie de le faire.</blockquote><figcaption>Georges Clemenceau</figcaption></figure>`;

const frames = (win: Window, n = 2) =>
  new Promise<void>((resolve) => {
    const step = () => (--n <= 0 ? resolve() : win.requestAnimationFrame(step));
    win.requestAnimationFrame(step);
  });

describe('value-quote layout: no shift, ever', () => {
  for (const width of [240, 720]) {
    it(`keeps the height of its tallest quote while rotating, at ${width}px`, async () => {
      const wrap = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px"><value-quote controls="full" quotes=${SHORT_AND_LONG}></value-quote></div>`);
      const el = wrap.querySelector<ValueQuote>('value-quote')!;
      await el.updateComplete;
      const height = el.getBoundingClientRect().height;
      const tallest = Math.max(...slides(el).map((s) => s.getBoundingClientRect().height));
      expect(height).to.be.greaterThan(tallest);
      for (const i of [1, 2, 0, 2]) {
        el.goTo(i);
        await el.updateComplete;
        expect(el.getBoundingClientRect().height).to.equal(height);
      }
    });
  }

  describe('page stylesheet (dist/success-story.css): the upgrade shifts nothing', () => {
    let frame: Frame;
    afterEach(() => frame.remove());

    for (const [name, lang, controls] of [['French, default controls', 'fr', ''], ['English, full controls', 'en', 'controls="full"']]) {
      it(`${name}: same box before and after the script, and while rotating (layout-shift entries)`, async () => {
        frame = await openFrame(`
          <script>
            window.shifts = [];
            new PerformanceObserver((list) => shifts.push(...list.getEntries())).observe({ type: 'layout-shift', buffered: true });
          </script>
          <link rel="stylesheet" href="${location.origin}/src/fallback.css">
          <main lang="${lang}" style="inline-size: 420px; font: 16px/1.5 sans-serif">
            <h1>Title</h1>
            <value-quote ${controls}>${FIGURES}</value-quote>
            <p id="after">After the quotes.</p>
          </main>`);
        const { win, doc } = frame;
        // Shifts count only where they can be seen: give the frame a viewport that shows it all.
        (win.frameElement as HTMLElement).style.cssText = 'position: fixed; inset-block-start: 0; inset-inline-start: 0; inline-size: 600px; block-size: 560px; border: 0';
        const el = doc.querySelector('value-quote') as ValueQuote;
        const after = doc.querySelector('#after')!;
        await frames(win);
        const box = () => JSON.stringify([el.getBoundingClientRect().toJSON(), after.getBoundingClientRect().top]);
        const before = box();
        const figures = [...doc.querySelectorAll('value-quote > figure')];
        expect(figures.map((f) => getComputedStyle(f).visibility)).to.deep.equal(['visible', 'hidden', 'hidden', 'hidden']);
        // One cell, each quote in its middle: the same vertical centre for all.
        const middles = figures.map((f) => Math.round(f.getBoundingClientRect().top + f.getBoundingClientRect().height / 2));
        expect(new Set(middles).size, 'one cell').to.equal(1);

        await frame.addScript('/src/value-quote.ts');
        await win.customElements.whenDefined('value-quote');
        await el.updateComplete;
        await frames(win);
        expect(el.shadowRoot!.querySelectorAll('figure').length).to.equal(4);
        const shifts = (win as unknown as { shifts: { value: number }[] }).shifts;
        const shifted = () => shifts.reduce((sum, s) => sum + s.value, 0);
        expect(shifted(), 'layout shift on upgrade').to.equal(0);
        expect(box()).to.equal(before);
        for (let i = 0; i < 4; i++) {
          el.next();
          await el.updateComplete;
          await frames(win);
          expect(box()).to.equal(before);
        }
        expect(shifted(), 'layout shift while rotating').to.equal(0);
        expect(win.errors).to.deep.equal([]);
      });
    }
  });
});
