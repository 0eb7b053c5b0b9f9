// `npm run bench` (after the build): serves the package on loopback and measures the shipped
// bundle in the system's headless Chromium against a bare Lit element, the markup of
// <value-quote> without its logic, and Shoelace's carousel, all in one run. Speed lives here,
// never in the tests.
import { cpus, loadavg } from 'node:os';
import puppeteer from 'puppeteer-core';
import { serve } from '../scripts/serve.mjs';
import { measureBytes } from './bytes.mjs';
import { measureIdle, measureLoad, measureMemory, measureRotation } from './cases.mjs';
import { GENERATED, figureOf, readStory, writePages } from './pages.mjs';
import { buildReferences } from './references.mjs';
import { ratio, report, summarize } from './report.mjs';

// Sized so the whole run stays under three minutes on two busy cores.
const SETTINGS = {
  pages: 7,
  // Idle pages count timer callbacks, which do not vary as times do; fewer pages leave room for the load cases.
  idlePages: 5,
  memoryPages: 3,
  counts: { load: 500, stories: 100, rotation: 100, idle: 500 },
  rotation: { interval: 2000, rotations: 2 },
  idle: { virtualMs: 60_000 },
  memory: { warmCycles: 10, cycles: 1000 },
};

// Measured in turns (A B C … A B C …) so that a busy moment of the machine falls on every case alike.
const LOAD_CASES = ['value-quote', 'value-quote, value-quote.js', 'floor', 'markup', 'sl-carousel', 'success-story src', 'value-quote (as many as stories)'];

/**
 * One warm-up round unless told otherwise (its samples dropped: it fills the browser's code
 * caches), then `pages` rounds; each round measures every case once, in turn. Resolves with
 * the samples by case.
 */
async function inTurns(cases, pages, measure, { warmUp = true } = {}) {
  const samples = Object.fromEntries(cases.map((name) => [name, []]));
  for (let round = warmUp ? -1 : 0; round < pages; round++) {
    for (const name of cases) {
      const sample = await measure(name);
      if (round >= 0) samples[name].push(sample);
    }
  }
  return samples;
}

const started = performance.now();
const machine = { cpu: cpus()[0].model, cores: cpus().length, loadAverage: { start: loadavg() } };
const story = await readStory();
const references = await buildReferences(GENERATED);
const pages = await writePages({ story, references, counts: SETTINGS.counts });
const server = await serve('.', 0);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const url = (name) => `http://localhost:${server.address().port}${pages[name].path}`;
const phase = (name) => console.error(`${name}… (${((performance.now() - started) / 1000).toFixed(0)} s)`);

try {
  phase('load');
  const load = summarize(await inTurns(LOAD_CASES, SETTINGS.pages, (name) => measureLoad(browser, url(name))));
  for (const name of LOAD_CASES) load[name] = { elements: pages[name].count, ...load[name] };

  phase('rotation');
  const rotationOptions = { elements: SETTINGS.counts.rotation, ...SETTINGS.rotation };
  // Each page's first round of rotations is its warm-up.
  const { rotation } = summarize(await inTurns(['rotation'], SETTINGS.pages, () => measureRotation(browser, url('rotation'), rotationOptions), { warmUp: false }));

  phase('idle');
  // Counts, not times: nothing to warm up.
  const { idle } = summarize(await inTurns(['idle'], SETTINGS.idlePages, () => measureIdle(browser, url('idle'), SETTINGS.idle), { warmUp: false }));

  phase('memory');
  const memoryElements = {
    'value-quote': { tag: 'value-quote', markup: story.quotes.map(figureOf).join('') },
    'success-story': { tag: 'success-story', inner: 'value-quote', story },
  };
  // The first cycles of each page are its warm-up.
  const memory = summarize(await inTurns(Object.keys(memoryElements), SETTINGS.memoryPages, (name) =>
    measureMemory(browser, url('memory'), { element: memoryElements[name], ...SETTINGS.memory }), { warmUp: false }));

  const results = {
    date: new Date().toISOString(),
    machine,
    chromium: await browser.version(),
    node: process.version,
    settings: SETTINGS,
    load,
    ratios: {
      'value-quote / floor': ratio(load, 'value-quote', 'floor'),
      'value-quote / sl-carousel': ratio(load, 'value-quote', 'sl-carousel'),
      'value-quote / markup': ratio(load, 'value-quote', 'markup'),
      'markup / floor': ratio(load, 'markup', 'floor'),
      'markup / sl-carousel': ratio(load, 'markup', 'sl-carousel'),
      'value-quote, value-quote.js / floor': ratio(load, 'value-quote, value-quote.js', 'floor'),
      'value-quote, value-quote.js / sl-carousel': ratio(load, 'value-quote, value-quote.js', 'sl-carousel'),
      'success-story src / value-quote (100 each)': ratio(load, 'success-story src', 'value-quote (as many as stories)'),
    },
    rotation,
    idle,
    memory,
    bytes: await measureBytes(Object.values(references).map((path) => path.slice(1))),
  };
  results.durationSeconds = (performance.now() - started) / 1000;
  machine.loadAverage.end = loadavg();
  await report(results, 'bench/results.json');
} finally {
  await browser.close();
  server.close();
}
