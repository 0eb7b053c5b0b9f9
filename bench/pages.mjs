// Writes the benchmark pages. Every element is in the HTML before the script, as on a site
// that writes its markup on the server, and the page's inline module does the timing.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { countTimerCallbacks, timeUpgrade, watchRotation } from './measure.mjs';

export const GENERATED = 'bench/generated';
const BUNDLE = '/dist/success-story.js';
const VALUE_QUOTE_BUNDLE = '/dist/value-quote.js';
const SHOELACE_THEME = '/node_modules/@shoelace-style/shoelace/dist/themes/light.css';

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The English story of the benchmark collection: the pages show its four quotes. */
export async function readStory() {
  const { stories } = JSON.parse(await readFile('bench/collection.json', 'utf8'));
  return stories.find(({ lang }) => lang === 'en');
}

/** A quote as the light DOM `<value-quote>` reads. */
export const figureOf = ({ text, author, value }) =>
  `<figure data-value="${escapeHtml(value)}"><blockquote>${escapeHtml(text)}</blockquote><figcaption>${escapeHtml(author)}</figcaption></figure>`;

const inline = (fn, argument = '') => `(${fn})(${argument && JSON.stringify(argument)});`;

function page({ title, head = '', body, timing }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
${head}
</head>
<body>
${body}
<script type="module">${inline(timeUpgrade, timing)}</script>
</body>
</html>
`;
}

/**
 * The pages by case name. Load cases come in pairs or trios that the run alternates and
 * compares; `count` is how many elements each page holds.
 */
function describePages({ story, references, counts }) {
  const figures = story.quotes.map(figureOf);
  const quoteMarkup = figures.join('');
  const valueQuotes = (count, attributes = '') => `<value-quote${attributes}>${quoteMarkup}</value-quote>\n`.repeat(count);
  const [text, author, value] = ['text', 'author', 'value'].map((field) => escapeHtml(story.quotes[0][field]));
  const ours = (count) => ({ bundle: BUNDLE, selector: 'value-quote', count });
  return {
    'value-quote': {
      ...ours(counts.load),
      body: valueQuotes(counts.load),
    },
    // The same page with the file made for pages that only rotate quotes.
    'value-quote, value-quote.js': {
      ...ours(counts.load),
      bundle: VALUE_QUOTE_BUNDLE,
      body: valueQuotes(counts.load),
    },
    floor: {
      bundle: references.floor, selector: 'floor-element', count: counts.load,
      body: `<floor-element text="${text}" author="${author}" value="${value}">${quoteMarkup}</floor-element>\n`.repeat(counts.load),
    },
    markup: {
      bundle: references.markup, selector: 'markup-element', count: counts.load,
      body: `<markup-element>${quoteMarkup}</markup-element>\n`.repeat(counts.load),
    },
    'sl-carousel': {
      bundle: references['sl-carousel'], selector: 'sl-carousel, sl-carousel-item', count: counts.load,
      head: `<link rel="stylesheet" href="${SHOELACE_THEME}">`,
      body: `<sl-carousel autoplay pagination>${figures.map((figure) => `<sl-carousel-item>${figure}</sl-carousel-item>`).join('')}</sl-carousel>\n`.repeat(counts.load),
    },
    'success-story src': {
      bundle: BUNDLE, selector: 'success-story', inner: 'value-quote', event: 'story-load', count: counts.stories,
      body: '<success-story src="/bench/collection.json"></success-story>\n'.repeat(counts.stories),
    },
    'value-quote (as many as stories)': {
      ...ours(counts.stories),
      body: valueQuotes(counts.stories),
    },
    rotation: {
      ...ours(counts.rotation),
      // Small, in a grid, so that every quote is on screen and rotates.
      head: `<style>body { display: grid; grid-template-columns: repeat(10, 1fr); gap: 4px; font-size: 6px; margin: 0; }</style>\n<script>${inline(watchRotation)}</script>`,
      body: valueQuotes(counts.rotation, ' interval="2000"'),
    },
    idle: {
      ...ours(counts.idle),
      head: `<script>${inline(countTimerCallbacks)}</script>`,
      body: `<div style="height: 300vh"></div>\n${valueQuotes(counts.idle)}`,
    },
    memory: {
      ...ours(0),
      body: '',
    },
  };
}

/** Writes every page under GENERATED; resolves with each case's URL path and element count. */
export async function writePages(options) {
  const pages = describePages(options);
  await mkdir(GENERATED, { recursive: true });
  const written = {};
  for (const [name, { head, body, bundle, selector, inner, event, count }] of Object.entries(pages)) {
    const path = `/${GENERATED}/${name.replace(/\W+/g, '-')}.html`;
    await writeFile(`.${path}`, page({ title: `bench: ${name}`, head, body, timing: { bundle, selector, inner, event } }));
    written[name] = { path, count };
  }
  return written;
}
