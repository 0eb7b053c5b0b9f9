// `npm run bench`: builds nothing, serves the package, and times the shipped bundle in the
// system's headless Chromium. Speed lives here, never in the tests.
import puppeteer from 'puppeteer-core';
import { serve } from '../scripts/serve.mjs';

const server = await serve('.', 0);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  await page.goto(`http://localhost:${server.address().port}/bench/bench.html`);
  const results = await page.waitForFunction(() => window.benchResults, { timeout: 120_000 })
    .then((handle) => handle.jsonValue());
  const heap = (await page.metrics()).JSHeapUsedSize;
  for (const [name, ms] of Object.entries(results)) console.log(`${name.padEnd(58)} ${ms.toFixed(3)}`);
  console.log(`${'JS heap used after the runs (KB)'.padEnd(58)} ${(heap / 1024).toFixed(0)}`);
} finally {
  await browser.close();
  server.close();
}
