// The demo pages write the Alibaba story once, in demo/data/alibaba.json: where a page shows the
// story's crawlable HTML or a carousel of its quotes, it holds an empty element that names the
// story, and expandDemoPage fills it with what `success-story-html` writes for that story.
//
//   <success-story data-demo-story="alibaba" lang="fr" theme="auto" heading-level="3"></success-story>
//   <value-quote data-demo-quotes="alibaba-en" label="Featured quotes"></value-quote>
//
// The element keeps its other attributes as written; `lang` and `heading-level` must say what
// the story's HTML says (the story's language; the level, when not 2), so the page shows them.
// Every reader of the pages goes through here: `npm run build:demo`, the test runner's server,
// scripts/serve.mjs and the pages' Node test.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { quotesHtml, storyHtml } from '../dist/esm/html/render-html.js';
import { loadEveryLanguage } from '../bin/every-language.js';

// A story's plain-HTML headings in its own language, as the command writes them ("القيم" on the Arabic page).
await loadEveryLanguage();

/** The demo's story file, from the repository's root. */
export const DEMO_DATA = 'demo/data/alibaba.json';

const root = new URL('../', import.meta.url);

// The story's relative links are resolved against the data file on this made-up origin, then
// written again relative to each page's folder (`img/jack-ma.svg`, `../img/jack-ma.svg`).
const ORIGIN = 'https://demo-page.invalid/';
const ON_ORIGIN = /https:\/\/demo-page\.invalid\/([^"'\s<>?#&\\]*)/g;

// An empty element on a line of its own; the attributes are read from its opening tag.
const EMPTY_ELEMENT = /^([ \t]*)<(success-story|value-quote)(\s[^>]*)><\/\2>[ \t]*$/gm;
const MARKER = { 'success-story': 'data-demo-story', 'value-quote': 'data-demo-quotes' };

/** The demo's story file, parsed. */
export function readDemoData() {
  return JSON.parse(readFileSync(new URL(DEMO_DATA, root), 'utf8'));
}

/** `name="value"` pairs of an opening tag's attribute text, in order. */
function attributesOf(text) {
  return new Map([...text.matchAll(/\s([\w-]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value ?? '']));
}

/** `text` with each line but blank ones starting with `indent`. */
const indented = (text, indent) => text.replace(/^(?=.)/gm, indent);

/**
 * Fills every marker of a demo page with the HTML of its story (see the top of this file).
 * `pagePath` is the page's path from the repository's root (`demo/en/cms.html`, a leading `/`
 * allowed), for the story's relative links. Throws, naming the page, on a marker that names no
 * story, contradicts it, or is not understood (any `data-demo-` attribute left over).
 * @param {string} html the page as written
 * @param {string} pagePath where the page is served from
 * @param {unknown} [data] the story file (default: demo/data/alibaba.json, read now)
 * @returns {string} the page as served
 */
export function expandDemoPage(html, pagePath, data = readDemoData()) {
  const page = pagePath.replace(/^\//, '');
  const fail = (message) => {
    throw new Error(`${page}: ${message}`);
  };
  const relativeLinks = (text) =>
    text.replace(ON_ORIGIN, (_, path) => posix.relative(posix.dirname(page), path) || '.');

  const expanded = html.replace(EMPTY_ELEMENT, (element, indent, tag, attributeText) => {
    const marker = MARKER[tag];
    const attributes = attributesOf(attributeText);
    const storyId = attributes.get(marker);
    if (storyId === undefined) return element;
    const openingTag = `<${tag}${attributeText.replace(new RegExp(`\\s${marker}="[^"]*"`), '')}>`;
    const options = { storyId, base: `${ORIGIN}${DEMO_DATA}` };

    if (tag === 'value-quote') {
      const { html: figures, errors } = quotesHtml(data, { ...options, indent: `${indent}  ` });
      if (!figures) fail(`${element.trim()}: ${errors.join('; ')}`);
      return `${indent}${openingTag}\n${relativeLinks(figures)}${indent}</${tag}>`;
    }

    const headingLevel = attributes.has('heading-level') ? Number(attributes.get('heading-level')) : undefined;
    const { html: story, errors } = storyHtml(data, { ...options, headingLevel });
    if (!story) fail(`${element.trim()}: ${errors.join('; ')}`);
    // The renderer's own attributes (lang, heading-level) must be on the marker, as written there.
    const [firstLine, ...body] = story.split('\n');
    for (const [name, value] of attributesOf(firstLine.slice(0, -1))) {
      if (attributes.get(name) !== value) fail(`${element.trim()}: the story's HTML has ${name}="${value}", so must the element`);
    }
    return `${indent}${openingTag}\n${relativeLinks(indented(body.join('\n'), indent)).trimEnd()}`;
  });

  const leftOver = expanded.match(/<[^>]*\sdata-demo-[^>]*>/);
  if (leftOver) fail(`${leftOver[0]}: not understood (data-demo-story on an empty <success-story>, data-demo-quotes on an empty <value-quote>, each on a line of its own)`);
  return expanded;
}
