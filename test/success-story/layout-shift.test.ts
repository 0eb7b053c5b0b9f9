import { expect } from '@open-wc/testing';
import { openFrame, type Frame } from '../helpers/frame.js';

// A story written in plain HTML for the slots, in the order the element lays its parts out.
const CMS = `
  <success-story>
    <hgroup slot="heading"><p>Success story · Développement commercial</p><h2>Jack Ma : oser être un peu fou</h2></hgroup>
    <p slot="subject">Jack Ma, fondateur d’Alibaba</p>
    <div slot="summary"><p>À 14 ans, Jack Ma guide les touristes étrangers à Hangzhou pour pratiquer l’anglais.</p>
      <p>En 1999, il fonde alibaba.com.</p></div>
    <ol><li>1999 : alibaba.com</li><li>Aujourd’hui : un groupe mondial</li></ol>
    <blockquote slot="quotes">La persévérance gagne le succès. — Michel Dupuy</blockquote>
    <a slot="cta" href="#">Découvrir le groupe Alibaba</a>
  </success-story>
  <p>Text after the story.</p>`;

/** Loads the page stylesheet (or not), then the element, and sums the layout shifts of the upgrade. */
async function upgradeShift(withCss: boolean): Promise<{ frame: Frame; shift: number }> {
  const frame = await openFrame(CMS);
  const iframe = frame.win.frameElement as HTMLIFrameElement;
  iframe.width = '700';
  iframe.height = '1400';
  if (withCss) {
    const link = frame.doc.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('/src/fallback.css', location.href).href;
    const loaded = new Promise((r) => link.addEventListener('load', r, { once: true }));
    frame.doc.head.append(link);
    await loaded;
  }
  await new Promise((r) => frame.win.requestAnimationFrame(() => frame.win.requestAnimationFrame(r)));
  let shift = 0;
  const observer = new frame.win.PerformanceObserver((list) => {
    for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
      if (!e.hadRecentInput) shift += e.value;
    }
  });
  observer.observe({ type: 'layout-shift' });
  await frame.addScript('/src/success-story.ts');
  const el = frame.doc.querySelector('success-story') as HTMLElement & { updateComplete: Promise<unknown> };
  await el.updateComplete;
  await new Promise((r) => setTimeout(r, 300));
  observer.disconnect();
  return { frame, shift };
}

describe('success-story upgrade without layout shift', () => {
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
