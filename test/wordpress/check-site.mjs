// Checks the plugin in a running WordPress with the system's Chromium (see real-wordpress.sh).
//   active:   drives the block editor to write a post with both blocks, then checks that post,
//             a page with each shortcode and a page without them, as a reader sees them
//   inactive: after deactivation, the post still reads as the story, and loads nothing of ours
// Prints one line per check, "ok   name" or "FAIL name: why"; exits 1 when a check failed.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import puppeteer from 'puppeteer-core';
import { editorPost } from './editor-post.mjs';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { url: { type: 'string' }, pages: { type: 'string' }, state: { type: 'string' }, screenshots: { type: 'string' } },
});
const [phase] = positionals;
const SITE = values.url;
const PAGES = JSON.parse(values.pages);
const PLUGIN_ASSETS = `${SITE}/wp-content/plugins/success-story/assets/`;

let failures = 0;
/** Runs one named check; a thrown error or a false result fails it, and the run goes on. */
async function check(name, body) {
  const start = performance.now();
  try {
    const result = await body();
    if (result === false) throw new Error('not as expected');
    console.log(`ok   ${name} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failures++;
    console.log(`FAIL ${name}: ${error.message.split('\n')[0]}`);
  }
}
const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  defaultViewport: { width: 1280, height: 900 },
});

/** A fresh page that records its console errors, uncaught errors and every request. */
async function openPage(context) {
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  const record = { errors: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') record.errors.push(message.text());
  });
  page.on('pageerror', (error) => record.errors.push(error.message));
  page.on('request', (request) => record.requests.push(request.url()));
  return { page, record };
}

/** Requests that left the test site (data: and blob: URLs stay in the page). */
const outside = (requests) => requests.filter((url) => !url.startsWith(`${SITE}/`) && !/^(data|blob):/.test(url));

/** The plugin's script and stylesheet as the page links them. */
const ourAssets = (page) =>
  page.evaluate(() => ({
    scripts: [...document.querySelectorAll('script[src*="success-story"]')].map((script) => ({ src: script.src, type: script.type })),
    styles: [...document.querySelectorAll('link[rel="stylesheet"][href*="success-story"]')].map((link) => link.href),
  }));

/** Checks shared by every page that shows an element: assets from the plugin folder, nothing else fetched, no error. */
async function checkReaderPage(label, page, record) {
  await check(`${label}: the script and the stylesheet come from the plugin's folder`, async () => {
    const { scripts, styles } = await ourAssets(page);
    assert(scripts.length === 1 && scripts[0].src.startsWith(`${PLUGIN_ASSETS}success-story.js`) && scripts[0].type === 'module', JSON.stringify(scripts));
    assert(styles.length === 1 && styles[0].startsWith(`${PLUGIN_ASSETS}success-story.css`), JSON.stringify(styles));
  });
  await check(`${label}: no request leaves ${new URL(SITE).host}`, () => {
    const away = outside(record.requests);
    assert(away.length === 0, away.join(', '));
  });
  await check(`${label}: no console error`, () => assert(record.errors.length === 0, record.errors.join(' | ')));
}

/** The rendered story's title and the number of quotes its inner carousel shows, once it has rendered. */
const renderedStory = (page) =>
  page.waitForFunction(() => {
    const story = document.querySelector('success-story');
    if (!story?.shadowRoot?.querySelector('[part~="article"]')) return false;
    // The saved post slots its own heading; a story from src shows the element's.
    const heading = story.shadowRoot.querySelector('slot[name="heading"]');
    const title = (heading?.assignedElements()[0] ?? heading?.querySelector('[part~="title"]'))?.textContent?.trim();
    const quotesSlot = story.shadowRoot.querySelector('slot[name="quotes"]');
    const quotes = quotesSlot?.assignedElements()[0] ?? quotesSlot?.querySelector('value-quote') ?? story.shadowRoot.querySelector('value-quote');
    const groups = quotes?.shadowRoot?.querySelectorAll('[role="group"]').length ?? 0;
    return title && groups ? { title, groups } : false;
  }).then((handle) => handle.jsonValue());

/** Resolves with the index of the next quote a standalone <value-quote> rotates to by itself. */
const nextRotation = (page) =>
  page.evaluate(() => new Promise((resolve, reject) => {
    const carousel = [...document.querySelectorAll('value-quote')].find((element) => !element.closest('success-story'));
    if (!carousel) return reject(new Error('no standalone value-quote'));
    // It rotates only while on screen.
    carousel.scrollIntoView({ block: 'center' });
    carousel.addEventListener('quote-change', (event) => resolve(event.detail.index), { once: true });
    setTimeout(() => reject(new Error('no quote-change within 20 s')), 20_000);
  }));

async function activePhase() {
  const context = await browser.createBrowserContext();
  const post = await editorPost({ browser, context, site: SITE, check, assert, screenshots: values.screenshots });
  writeFileSync(values.state, JSON.stringify(post));
  if (!post.link) return;

  const reader = await browser.createBrowserContext();
  const { page, record } = await openPage(reader);
  await page.goto(post.link, { waitUntil: 'load' });
  await check('post: the Success story block renders the story with its quotes', async () => {
    const { title, groups } = await renderedStory(page);
    assert(title === post.title, `title "${title}"`);
    assert(groups === post.quoteCount, `${groups} quotes`);
  });
  await check('post: the Value quotes block rotates', async () => assert((await nextRotation(page)) === 1, 'not to the second quote'));
  await checkReaderPage('post', page, record);
  if (values.screenshots) {
    await page.evaluate(() => document.querySelector('value-quote:not(success-story value-quote)')?.pause?.());
    const story = await page.$('success-story');
    await page.evaluate(() => window.scrollTo(0, 0));
    await story.screenshot({ path: `${values.screenshots}/wordpress-post.png` });
  }
  await page.close();

  for (const [name, id] of Object.entries(PAGES)) {
    const { page: shortcodePage, record: shortcodeRecord } = await openPage(reader);
    await shortcodePage.goto(`${SITE}/?page_id=${id}`, { waitUntil: 'load' });
    if (name === 'story') {
      await check('shortcode page: [success_story] renders the story from its src', async () => {
        const { title } = await renderedStory(shortcodePage);
        assert(title.startsWith('Jack Ma: dare to be a little crazy'), `title "${title}"`);
        const layout = await shortcodePage.$eval('success-story', (element) => [element.getAttribute('layout'), element.hasAttribute('unknown')]);
        assert(layout[0] === 'banner' && !layout[1], JSON.stringify(layout));
      });
    } else {
      await check('shortcode page: [value_quote] rotates the quotes from its src', async () => assert((await nextRotation(shortcodePage)) === 1, 'not to the second quote'));
    }
    await checkReaderPage(`shortcode page ${name}`, shortcodePage, shortcodeRecord);
    await shortcodePage.close();
  }

  const { page: plain } = await openPage(reader);
  await plain.goto(`${SITE}/?page_id=2`, { waitUntil: 'load' });
  await check('a page without block or shortcode loads neither the script nor the stylesheet', async () => {
    const { scripts, styles } = await ourAssets(plain);
    assert(scripts.length === 0 && styles.length === 0, JSON.stringify({ scripts, styles }));
  });
}

async function inactivePhase() {
  const post = JSON.parse(readFileSync(values.state, 'utf8'));
  assert(post.link, 'no post was written in the active phase');
  const context = await browser.createBrowserContext();
  const { page, record } = await openPage(context);
  await page.goto(post.link, { waitUntil: 'load' });
  await check('deactivated: the post still shows the story as text', async () => {
    const text = await page.evaluate(() => document.body.innerText);
    for (const expected of post.texts) assert(text.includes(expected), `"${expected}" missing`);
  });
  await check('deactivated: nothing of the plugin is loaded', async () => {
    const { scripts, styles } = await ourAssets(page);
    assert(scripts.length === 0 && styles.length === 0, JSON.stringify({ scripts, styles }));
    assert(!(await page.evaluate(() => customElements.get('success-story'))), 'success-story is defined');
  });
  await check('deactivated: no request leaves the site, no console error', () => {
    const away = outside(record.requests);
    assert(away.length === 0 && record.errors.length === 0, [...away, ...record.errors].join(' | '));
  });
}

try {
  await (phase === 'active' ? activePhase() : inactivePhase());
} catch (error) {
  failures++;
  console.log(`FAIL ${phase} phase stopped: ${error.message.split('\n')[0]}`);
} finally {
  await browser.close();
}
process.exit(failures ? 1 : 0);
