import { expect } from '@open-wc/testing';
import type { Frame } from '../helpers/frame.js';
import { fallbackPage, upgrade } from './fallback-upgrade.js';

/** Sums the layout shifts the browser reports while the story upgrades. */
async function upgradeShift(withCss: boolean): Promise<{ frame: Frame; shift: number }> {
  const frame = await fallbackPage(withCss);
  let shift = 0;
  const observer = new frame.win.PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!e.hadRecentInput) shift += e.value;
    }
  });
  observer.observe({ type: 'layout-shift' });
  await upgrade(frame);
  observer.disconnect();
  return { frame, shift };
}

describe('success-story upgrade scored by the Layout Instability API (Chromium only: the other engines do not report layout shifts)', () => {
  it('shifts nothing when the page stylesheet lays out the plain-HTML fallback', async () => {
    const { frame, shift } = await upgradeShift(true);
    try {
      const el = frame.doc.querySelector('success-story')!;
      expect(el.shadowRoot!.querySelector('[part=article]'), 'the element upgraded').to.exist;
      expect(shift).to.be.below(0.001);
    } finally {
      frame.remove();
    }
  });

  it('the measure is real: without the stylesheet the same upgrade shifts', async () => {
    const { frame, shift } = await upgradeShift(false);
    frame.remove();
    expect(shift).to.be.above(0.01);
  });
});
