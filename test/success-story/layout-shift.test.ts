import { expect } from '@open-wc/testing';
import type { Frame } from '../helpers/frame.js';
import { openFrame } from '../helpers/frame.js';
import { fallbackPage, upgrade } from './fallback-upgrade.js';

/** The story's size and where the text after it starts, in the frame's page. */
function measures(frame: Frame): number[] {
  const story = frame.doc.querySelector('success-story')!.getBoundingClientRect();
  const textAfter = frame.doc.querySelector('success-story + p')!.getBoundingClientRect();
  return [story.width, story.height, textAfter.top];
}

/** How far the story's box and the text after it move when the element upgrades, in px. */
async function upgradeMovement(withCss: boolean): Promise<number> {
  const frame = await fallbackPage(withCss);
  const before = measures(frame);
  await upgrade(frame);
  const after = measures(frame);
  frame.remove();
  return Math.max(...before.map((value, k) => Math.abs(after[k] - value)));
}

describe('success-story upgrade without layout shift, measured on the page in every engine', () => {
  it('moves neither the story box nor the text after it when the page stylesheet lays out the fallback', async () => {
    expect(await upgradeMovement(true)).to.be.below(1);
  });

  it('the measure is real: without the stylesheet the text after the story moves', async () => {
    expect(await upgradeMovement(false)).to.be.above(10);
  });

  it('a story that only has a src keeps, before and after the upgrade, the room of its loading skeleton', async () => {
    // A server that never answers: the story stays in its loading state.
    const src = `/__faults__/never/skeleton-${Math.random().toString(36).slice(2)}`;
    const frame = await openFrame(`<link rel="stylesheet" href="${new URL('/src/fallback.css', location.href).href}">
      <success-story src="${src}"></success-story><p>Text after the story.</p>`);
    try {
      await new Promise((resolve) => frame.win.requestAnimationFrame(() => frame.win.requestAnimationFrame(resolve)));
      const before = measures(frame);
      expect(before[1], 'a card with room inside').to.be.above(150);
      await frame.addScript('/src/success-story.ts');
      const el = frame.doc.querySelector('success-story') as HTMLElement & { updateComplete: Promise<unknown> };
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      const after = measures(frame);
      expect(Math.max(...before.map((value, k) => Math.abs(after[k] - value)))).to.be.below(1);
    } finally {
      frame.remove();
    }
  });
});
