/**
 * Demo pages whose content arrives after the first paint (a story from its file, a form drawn
 * by script, a Vue template) keep its room from the start: loading them moves nothing, scored
 * by the Layout Instability API (Chromium only: the other engines do not report shifts).
 */
import { expect } from '@open-wc/testing';

const BUILDER_STORAGE_KEY = 'success-story-builder';

/** A desktop and a phone screen, the sizes Lighthouse audits the pages at. */
const SCREENS = [{ name: 'desktop', width: 1350, height: 940 }, { name: 'phone', width: 412, height: 823 }];

const PAGES = [
  '/demo/builder/index.html',
  '/demo/en/builder/index.html',
  '/demo/integrations/vue.html',
  '/demo/integrations/script-module.html',
  '/demo/integrations/script-classic.html',
];

type LayoutShift = PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] };

async function until(check: () => boolean, what: string): Promise<void> {
  for (let tries = 0; tries < 400; tries++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`${what} never came true`);
}

/** The page's story has drawn its title and every quote carousel its controls. */
function settled(doc: Document): boolean {
  const stories = [...doc.querySelectorAll('success-story')];
  const carousels = [...doc.querySelectorAll('value-quote')];
  return stories.length > 0
    && stories.every((story) => !!story.shadowRoot?.querySelector('[part~="title"]'))
    && carousels.every((carousel) => !!carousel.shadowRoot?.querySelector('[part~="controls"]'));
}

/** Loads `path` in a frame of the screen's size and sums the shifts of its first second. */
async function loadShift(path: string, screen: (typeof SCREENS)[number]): Promise<{ score: number; moved: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `position: absolute; inset-block-start: 0; inset-inline-start: 0; inline-size: ${screen.width}px; block-size: ${screen.height}px; border: 0`;
  frame.src = path;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await loaded;
    const doc = frame.contentDocument!;
    await until(() => settled(doc), `${path}: the story and its quotes are drawn`);
    // Some frames more for whatever the drawing set off (zoom, images, fonts).
    await new Promise((resolve) => setTimeout(resolve, 500));
    const entries = await new Promise<LayoutShift[]>((resolve) => {
      const observer = new (frame.contentWindow as Window & typeof globalThis).PerformanceObserver((list) => {
        observer.disconnect();
        resolve(list.getEntries() as LayoutShift[]);
      });
      observer.observe({ type: 'layout-shift', buffered: true });
      // No buffered entry at all calls nothing: nothing moved.
      setTimeout(() => resolve([]), 500);
    });
    const counted = entries.filter((entry) => !entry.hadRecentInput);
    return {
      score: counted.reduce((sum, entry) => sum + entry.value, 0),
      moved: counted.flatMap((entry) => entry.sources.map((source) => (source.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '(text)')),
    };
  } finally {
    frame.remove();
  }
}

describe('demo pages load without layout shift', function () {
  // A page and its story in two screen sizes, on a machine that may be busy.
  this.timeout(30000);
  // The builder starts from the demo's story on a first visit, the case the test measures.
  beforeEach(() => localStorage.removeItem(BUILDER_STORAGE_KEY));
  after(() => localStorage.removeItem(BUILDER_STORAGE_KEY));

  for (const path of PAGES) {
    for (const screen of SCREENS) {
      it(`${path} on a ${screen.name} screen`, async () => {
        const { score, moved } = await loadShift(path, screen);
        expect(score, `moved: ${moved.join(' | ')}`).to.be.below(0.001);
      });
    }
  }
});
