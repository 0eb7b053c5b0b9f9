/**
 * Target size (WCAG 2.5.8): every button and the call to action measure 24 × 24 CSS px or more,
 * in every layout, at a phone's 375 px and a desktop's 1280 px. A smaller target passes only
 * as WCAG allows: a 24 px circle on its centre touches no other target nor its circle.
 */
import { expect, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LAYOUTS, STORY, carouselOf, isShown, labelOf, mount } from './widgets.js';
import { json, QUOTES } from '../helpers/quotes.js';

/** The targets checked: the carousel's buttons, the original's toggle and the call to action. */
function targets(host: Element): HTMLElement[] {
  const carousel = carouselOf(host);
  const inQuote = [...carousel.shadowRoot!.querySelectorAll<HTMLElement>('[part~=button], [part=toggle]')];
  const inStory = host === carousel ? [] : [...host.shadowRoot!.querySelectorAll<HTMLElement>('[part=cta]')];
  return [...inQuote, ...inStory].filter(isShown);
}

const center = (box: DOMRect) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/** Undersized targets that the spacing exception does not save, as readable lines. */
function tooSmall(host: Element): string[] {
  const all = targets(host).map((el) => ({ el, box: el.getBoundingClientRect() }));
  return all
    .filter(({ box }) => box.width < 24 || box.height < 24)
    .filter(({ el, box }) => all.some((other) => {
      if (other.el === el) return false;
      const a = center(box);
      const b = center(other.box);
      // Another circle of 24 px, or the other target's own box, within 12 px of this centre.
      const small = other.box.width < 24 || other.box.height < 24;
      const nearestX = Math.max(other.box.left, Math.min(a.x, other.box.right));
      const nearestY = Math.max(other.box.top, Math.min(a.y, other.box.bottom));
      return Math.hypot(a.x - b.x, a.y - b.y) < (small ? 24 : 12) || Math.hypot(a.x - nearestX, a.y - nearestY) < 12;
    }))
    .map(({ el, box }) => `${labelOf(el)}: ${box.width.toFixed(1)} × ${box.height.toFixed(1)} px, too close to another target`);
}

const TRANSLATED = [{ ...QUOTES[0], original: { text: 'Perseverance wins success.', lang: 'en' } }, ...QUOTES.slice(1)];

describe('target size, WCAG 2.5.8 (Chromium)', () => {
  afterEach(() => setViewport({ width: 800, height: 600 }));

  for (const width of [375, 1280]) {
    it(`<value-quote controls="full"> at ${width} px: every button 24 × 24 px or spaced as WCAG allows`, async () => {
      await setViewport({ width, height: 800 });
      const el = await mount<HTMLElement>(html`<value-quote controls="full" quotes=${json(TRANSLATED)}></value-quote>`);
      expect(targets(el)).to.have.length(8);
      expect(tooSmall(el)).to.deep.equal([]);
      const sizes = targets(el).filter((target) => target.matches('[part~=button]')).map((target) => target.getBoundingClientRect());
      expect(Math.min(...sizes.map((box) => Math.min(box.width, box.height))), 'the carousel\'s own buttons').to.be.at.least(24);
    });

    for (const layout of LAYOUTS) {
      it(`<success-story layout="${layout}"> at ${width} px, with every carousel control: 24 × 24 px or spaced`, async () => {
        await setViewport({ width, height: 800 });
        const story = await mount<HTMLElement>(html`<success-story layout=${layout} .story=${STORY}></success-story>`);
        carouselOf(story).controls = 'full';
        await carouselOf(story).updateComplete;
        expect(targets(story)).to.have.length(8);
        expect(tooSmall(story)).to.deep.equal([]);
      });
    }
  }
});
