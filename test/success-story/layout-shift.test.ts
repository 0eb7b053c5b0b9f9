import { expect } from '@open-wc/testing';
import type { Frame } from '../helpers/frame.js';
import { fallbackPage, upgrade } from './fallback-upgrade.js';

/** Where the story and the text after it sit, in the frame's page. */
function boxes(frame: Frame) {
  const story = frame.doc.querySelector('success-story')!.getBoundingClientRect();
  const after = frame.doc.querySelector('success-story + p')!.getBoundingClientRect();
  return { storyHeight: story.height, storyWidth: story.width, textAfterTop: after.top };
}

/** How far the story's box and the text after it move when the element upgrades, in px. */
async function upgradeMovement(withCss: boolean): Promise<{ frame: Frame; moved: number }> {
  const frame = await fallbackPage(withCss);
  const before = boxes(frame);
  await upgrade(frame);
  const after = boxes(frame);
  const moved = Math.max(...Object.keys(before).map((k) => Math.abs(after[k as keyof typeof after] - before[k as keyof typeof before])));
  return { frame, moved };
}

describe('success-story upgrade without layout shift, measured on the page in every engine', () => {
  it('moves neither the story box nor the text after it when the page stylesheet lays out the fallback', async () => {
    const { frame, moved } = await upgradeMovement(true);
    try {
      expect(frame.doc.querySelector('success-story')!.shadowRoot!.querySelector('[part=article]'), 'the element upgraded').to.exist;
      expect(moved).to.be.below(1);
    } finally {
      frame.remove();
    }
  });

  it('the measure is real: without the stylesheet the text after the story moves', async () => {
    const { frame, moved } = await upgradeMovement(false);
    frame.remove();
    expect(moved).to.be.above(10);
  });
});
