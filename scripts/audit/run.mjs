// `npm run audit`: serves the built demo on loopback, runs Lighthouse (mobile and desktop) and
// axe-core (light, dark, right-to-left) on every page of the demo and of the reference docs,
// prints one table and fails when a threshold is missed. Run `npm run build:demo` first (the npm
// script does).
import puppeteer from 'puppeteer-core';
import { serve } from '../serve.mjs';
import { OUTPUT } from '../build-demo-output.mjs';
import { CHROME_FLAGS, CHROME_PATH, DEMO_PAGES, DOCS_PAGES } from '../demo-pages.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { runAxe } from './axe.mjs';

/** What every page must reach. */
const THRESHOLDS = { accessibility: 100, bestPractices: 100, seo: 90, cls: 0.01 };
const MODES = ['light', 'dark', 'rtl'];

const only = process.argv.slice(2);
const pages = [...DEMO_PAGES, ...DOCS_PAGES].filter(({ name }) => only.length === 0 || only.includes(name));
const server = await serve(OUTPUT, 0, '127.0.0.1');
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS, headless: true });

const rows = [];
const problems = [];
try {
  for (const { name, path } of pages) {
    const url = origin + path;
    const row = { name };
    for (const formFactor of ['mobile', 'desktop']) {
      const result = await runLighthouse(browser, url, formFactor);
      row[formFactor] = result;
      for (const [key, minimum] of Object.entries(THRESHOLDS)) {
        const value = result[key];
        const missed = key === 'cls' ? value >= minimum : value < minimum;
        if (missed) problems.push(`${name} ${formFactor}: ${key} ${key === 'cls' ? value.toFixed(3) : value}`);
      }
      for (const audit of result.failed) problems.push(`${name} ${formFactor}: ${audit}`);
    }
    for (const mode of MODES) {
      const found = await runAxe(browser, url, mode);
      row[mode] = found;
      for (const where of ['elements', 'page']) {
        for (const violation of found[where]) problems.push(`${name} axe ${mode} (${where === 'elements' ? 'inside the elements' : 'page'}): ${violation}`);
      }
    }
    rows.push(row);
    process.stderr.write(`audited ${name}\n`);
  }
} finally {
  await browser.close();
  server.close();
}

const lighthouseCell = (r) => `${r.accessibility} / ${r.bestPractices} / ${r.seo} / ${r.cls.toFixed(3)}`;
const axeCell = (found) => `${found.elements.length} / ${found.page.length}`;
console.log('\n| page | mobile a11y / BP / SEO / CLS | desktop a11y / BP / SEO / CLS | axe light (elements / page) | axe dark | axe rtl |');
console.log('|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(`| ${row.name} | ${lighthouseCell(row.mobile)} | ${lighthouseCell(row.desktop)} | ${MODES.map((mode) => axeCell(row[mode])).join(' | ')} |`);
}
console.log(`\nThresholds: accessibility ${THRESHOLDS.accessibility}, best practices ${THRESHOLDS.bestPractices}, SEO ≥ ${THRESHOLDS.seo}, CLS < ${THRESHOLDS.cls}, no axe violation.`);
if (problems.length) {
  console.log(`\n${problems.length} problem(s):`);
  for (const problem of [...new Set(problems)]) console.log(`- ${problem}`);
  process.exitCode = 1;
} else {
  console.log('\nEvery page meets every threshold.');
}
