// axe-core on one page in one mode (light, dark or right-to-left), with every violation
// sorted by where it is: inside our elements (their shadow trees and content) or on the page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe on `url` in `mode`; resolves with `{ elements: [...], page: [...] }` of "rule: target". */
export async function runAxe(browser, url, mode) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1280, height: 900 });
    // Reduced motion holds the rotation, so no quote is measured halfway through a fade.
    await page.emulateMediaFeatures([
      { name: 'prefers-color-scheme', value: mode === 'dark' ? 'dark' : 'light' },
      { name: 'prefers-reduced-motion', value: 'reduce' },
    ]);
    await page.goto(url, { waitUntil: 'networkidle0' });
    if (mode === 'rtl') await page.evaluate(() => document.documentElement.setAttribute('dir', 'rtl'));
    await page.evaluate(async () => {
      await Promise.all([...document.querySelectorAll('success-story, value-quote')].map((element) => element.updateComplete));
    });
    await new Promise((resolve) => setTimeout(resolve, 700));
    await page.evaluate(AXE_SOURCE);
    return await page.evaluate(async () => {
      const { violations } = await globalThis.axe.run(document, { resultTypes: ['violations'] });
      const found = { elements: [], page: [] };
      for (const violation of violations) {
        for (const node of violation.nodes) {
          // A target of several selectors crosses a shadow root: only our elements have one.
          const first = document.querySelector(node.target[0]);
          const inside = node.target.length > 1 || Boolean(first?.closest('success-story, value-quote'));
          found[inside ? 'elements' : 'page'].push(`${violation.id}: ${node.target.flat().join(' >> ')}`);
        }
      }
      return found;
    });
  } finally {
    await page.close();
  }
}
