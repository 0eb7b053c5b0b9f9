/**
 * Contrast from the colours the browser renders (WCAG 1.4.3, 1.4.11), in a light and a dark
 * colour scheme: every visible text against what is behind it, 4.5:1 (3:1 when large); every
 * control's border, every dot's ring, and the current dot's fill against the other dots, 3:1.
 * Chromium only: emulating the colour scheme needs its DevTools protocol.
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { composedParent, isLargeText, lowestContrast } from './contrast.js';
import { LAYOUTS, SCHEMES, THEMES, carouselsIn, controlsOf, isShown, labelOf, mount, mountStory, visibleText, QUOTES } from './widgets.js';
import { json } from '../helpers/quotes.js';

/** Every text of the host below its threshold, as "text: ratio". */
function lowTextContrast(host: Element): string[] {
  return visibleText(host)
    .map(({ node, parent }) => ({ text: node.data.trim(), parent, ratio: lowestContrast(getComputedStyle(parent).color, parent) }))
    .filter(({ parent, ratio }) => ratio < (isLargeText(parent) ? 3 : 4.5))
    .map(({ text, parent, ratio }) => `${labelOf(parent)} "${text.slice(0, 30)}": ${ratio.toFixed(2)}`);
}

/** Every control boundary below 3:1: buttons' borders, dots' rings and the current dot's fill. */
function lowControlContrast(host: Element): string[] {
  const low: string[] = [];
  const check = (what: string, color: string, on: Element) => {
    const ratio = lowestContrast(color, on);
    if (ratio < 3) low.push(`${what}: ${ratio.toFixed(2)}`);
  };
  for (const control of controlsOf(host).filter(isShown)) {
    if (control.matches('[part~=dot]')) {
      const disc = getComputedStyle(control, '::before');
      check(`ring of ${labelOf(control)}`, disc.borderTopColor, control);
      // The other dots are hollow: the current one's fill is told from the page behind them.
      if (control.hasAttribute('aria-current')) check(`fill of ${labelOf(control)}`, disc.backgroundColor, control);
    } else {
      check(`border of ${labelOf(control)}`, getComputedStyle(control).borderTopColor, composedParent(control)!);
    }
  }
  return low;
}

describe('contrast of what is rendered (WCAG 1.4.3 text, 1.4.11 controls)', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  for (const scheme of SCHEMES) {
    for (const theme of THEMES) {
      it(`<success-story theme="${theme}">, ${scheme} colour scheme, every layout: text 4.5:1, controls 3:1`, async () => {
        await emulateMedia({ colorScheme: scheme });
        for (const layout of LAYOUTS) {
          const story = await mountStory(layout, theme);
          expect(visibleText(story).length, 'texts checked').to.be.greaterThan(15);
          expect(controlsOf(story).filter(isShown).length, 'controls checked').to.equal(1);
          expect(lowTextContrast(story), `${layout}: text`).to.deep.equal([]);
          expect(lowControlContrast(story), `${layout}: controls`).to.deep.equal([]);
          story.remove();
        }
      });
    }

    it(`<value-quote controls="full"> on a page in the ${scheme} colour scheme: text 4.5:1, controls 3:1`, async () => {
      await emulateMedia({ colorScheme: scheme });
      // A page that follows the system, as any site with a dark mode does: the quote inherits its colours.
      const page = await mount<HTMLElement>(html`<div style="color-scheme: light dark; background: Canvas; color: CanvasText">
        <value-quote controls="full" quotes=${json(QUOTES)}></value-quote></div>`);
      const quote = carouselsIn(page.querySelector('value-quote')!)[0];
      expect(controlsOf(quote).filter(isShown).length, 'controls checked').to.equal(7);
      expect(lowTextContrast(quote)).to.deep.equal([]);
      expect(lowControlContrast(quote)).to.deep.equal([]);
    });
  }

  it('a story\'s carousel with every control (a page may set controls="full"): 3:1 in each theme and scheme', async () => {
    for (const scheme of SCHEMES) {
      await emulateMedia({ colorScheme: scheme });
      for (const theme of THEMES) {
        const story = await mountStory('card', theme);
        carouselsIn(story)[0].controls = 'full';
        await carouselsIn(story)[0].updateComplete;
        expect(controlsOf(story).filter(isShown).length).to.equal(6);
        expect(lowControlContrast(story), `${theme}, ${scheme}`).to.deep.equal([]);
        story.remove();
      }
    }
  });
});
