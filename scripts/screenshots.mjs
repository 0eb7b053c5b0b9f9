// Regenerates docs/screenshots/: the first screen of each demo page as a reader sees it, at a
// phone width and a desktop width, in light and dark, plus the pages that matter without
// JavaScript. Run with `npm run screenshots` (builds the demo first).
import { mkdirSync, rmSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { serve } from './serve.mjs';
import { CHROME_FLAGS, CHROME_PATH, DEMO_PAGES } from './demo-pages.mjs';
import { OUTPUT } from './build-demo-output.mjs';

const FOLDER = 'docs/screenshots';
const VIEWPORTS = { 375: { width: 375, height: 812 }, 1280: { width: 1280, height: 800 } };

/** What to take: every page at both widths (light at 1280, dark at 375), the home and builder pages in all four. */
function shots() {
  const list = [];
  for (const { name, path } of DEMO_PAGES) {
    if (name.startsWith('script-') || name === 'wordpress' || name === 'vue') continue;
    list.push({ name, path, width: 1280, scheme: 'light' }, { name, path, width: 375, scheme: 'dark' });
    if (name.startsWith('home-') || name.startsWith('builder-')) list.push({ name, path, width: 1280, scheme: 'dark' }, { name, path, width: 375, scheme: 'light' });
  }
  list.push(
    { name: 'home-fr', path: '/demo/index.html', width: 375, scheme: 'light', script: false },
    { name: 'cms-fr', path: '/demo/cms.html', width: 1280, scheme: 'light', script: false },
    { name: 'wordpress', path: '/demo/integrations/wordpress.html', width: 1280, scheme: 'dark' },
  );
  return list;
}

/** Opens `url` as a reader would and waits until the elements have drawn. */
async function open(browser, url, { width, scheme, script = true, fullPage = false }) {
  const page = await browser.newPage();
  await page.setViewport({ ...VIEWPORTS[width], deviceScaleFactor: 1 });
  await page.setJavaScriptEnabled(script);
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(url, { waitUntil: 'networkidle0' });
  if (script) {
    await page.evaluate(async () => {
      const elements = [...document.querySelectorAll('success-story, value-quote')];
      await Promise.all(elements.map((element) => element.updateComplete));
      await document.fonts.ready;
    });
  }
  // Let the first fade finish so no quote is caught half drawn.
  await new Promise((resolve) => setTimeout(resolve, 800));
  return page;
}

export async function takeScreenshots({ folder = FOLDER, list = shots(), fullPage = false } = {}) {
  const server = await serve(OUTPUT, 0, '127.0.0.1');
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await puppeteer.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS, headless: true });
  const files = [];
  try {
    for (const shot of list) {
      const page = await open(browser, origin + shot.path, shot);
      const file = `${folder}/${shot.name}-${shot.width}-${shot.scheme}${shot.script === false ? '-no-js' : ''}.png`;
      await page.screenshot({ path: file, fullPage });
      await page.close();
      files.push(file);
    }
  } finally {
    await browser.close();
    server.close();
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fullPage = process.argv.includes('--full-page');
  const folder = process.argv.find((arg) => arg.startsWith('--out='))?.slice(6) ?? FOLDER;
  const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice(7);
  if (folder === FOLDER) rmSync(FOLDER, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const list = shots().filter((shot) => !only || shot.name.startsWith(only));
  const files = await takeScreenshots({ folder, list, fullPage });
  console.log(`${files.length} screenshots in ${folder}/`);
}
