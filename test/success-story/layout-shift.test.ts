import { expect } from '@open-wc/testing';
import type { Frame } from '../helpers/frame.js';
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
});
