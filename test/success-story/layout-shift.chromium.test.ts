import { expect } from '@open-wc/testing';
import { fallbackPage, upgrade } from './fallback-upgrade.js';

/** Sums the layout shifts the browser reports while the story upgrades. */
async function upgradeShift(withCss: boolean): Promise<number> {
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
  frame.remove();
  return shift;
}

describe('success-story upgrade scored by the Layout Instability API (Chromium only: the other engines do not report layout shifts)', () => {
  it('shifts nothing when the page stylesheet lays out the plain-HTML fallback', async () => {
    expect(await upgradeShift(true)).to.be.below(0.001);
  });

  it('the measure is real: without the stylesheet the same upgrade shifts', async () => {
    expect(await upgradeShift(false)).to.be.above(0.01);
  });
});
