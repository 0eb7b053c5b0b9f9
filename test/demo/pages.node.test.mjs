// Every demo page as a crawler and a static server see it (its story's HTML filled in from the
// data file, as every server of the demo does): a language, a title, a description, the icon
// (no /favicon.ico 404), an H1 that says what the page is about, and no broken link to a file
// of the demo or of the built package. And every page's story markers fill in.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandDemoPage, readDemoData } from '../../scripts/demo-includes.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demo = join(root, 'demo');
const pages = readdirSync(demo, { recursive: true }).filter((file) => file.endsWith('.html')).map((file) => join(demo, file));
/** The page as served, from its path on disk. */
const served = (file) => expandDemoPage(readFileSync(file, 'utf8'), relative(root, file).split('\\').join('/'));

test('the demo has its pages in French, English and Arabic', () => {
  const names = pages.map((file) => relative(demo, file)).sort();
  for (const page of ['index.html', 'site.html', 'cms.html', 'landing.html', 'gallery.html']) {
    assert.ok(names.includes(page), page);
    assert.ok(names.includes(`en/${page}`), `en/${page}`);
  }
  assert.ok(names.includes('ar/index.html'));
});

// The builder's script is bundled from its TypeScript source by `npm run build:demo`.
const exists = (path) => existsSync(path) || (path.endsWith('/builder/builder.js') && existsSync(path.replace(/\.js$/, '.ts')));

for (const file of pages) {
  const name = relative(demo, file);
  test(`${name}: language, title, description, icon, a heading that is not a tag name`, () => {
    const html = served(file);
    assert.match(html, /<html lang="(fr|en|ar)"/);
    assert.match(html, /<title>[^<]{10,}<\/title>/);
    assert.match(html, /<meta name="description" content="[^"]{30,}">/);
    assert.match(html, /<link rel="icon" href="[^"]*favicon\.svg" type="image\/svg\+xml">/);
    const h1 = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '';
    assert.ok(h1.length > 10 && !h1.includes('&lt;'), `h1: ${h1}`);
  });

  test(`${name}: every local link, script, stylesheet and image exists`, () => {
    const html = served(file).replace(/<script type="importmap">[\s\S]*?<\/script>/, (map) => map.replace(/"vue": "/, 'src="'));
    const urls = [...html.matchAll(/\s(?:href|src)="([^"#:]+?)(?:#[^"]*)?"/g)].map((match) => match[1]).filter((url) => url && !url.startsWith('/'));
    assert.ok(urls.length > 3);
    for (const url of urls) {
      const target = join(dirname(file), url);
      assert.ok(exists(url.endsWith('/') ? join(target, 'index.html') : target), `${url} from ${name}`);
    }
  });
}

const stories = new Map(readDemoData().stories.map((story) => [story.id, story]));
/** The markers of a page as written: the element, the story it names and its opening tag. */
const markers = (html) => [...html.matchAll(/<(success-story|value-quote)(\s[^>]*?)? (data-demo-(?:story|quotes))="([^"]*)"([^>]*)>/g)]
  .map(([, tag, before = '', attribute, id, after]) => ({ tag, attribute, id, openingTag: `<${tag}${before}${after}>` }));
const escapeText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

test('the pages write no story by hand: the home, CMS and campaign pages name theirs', () => {
  const named = new Set();
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    assert.doesNotMatch(html, /<script type="application\/json">/, relative(demo, file));
    if (markers(html).some(({ tag }) => tag === 'success-story')) named.add(relative(demo, file));
  }
  for (const page of ['index.html', 'cms.html', 'landing.html', 'en/index.html', 'en/cms.html', 'en/landing.html', 'ar/index.html', 'integrations/wordpress.html']) {
    assert.ok(named.has(page), page);
  }
});

for (const file of pages) {
  const name = relative(demo, file);
  const written = markers(readFileSync(file, 'utf8'));
  if (!written.length) continue;
  test(`${name}: each marker fills in with its story, its attributes as written, its links relative to the page`, () => {
    const html = served(file);
    assert.doesNotMatch(html, /data-demo-/);
    let from = 0;
    for (const { tag, attribute, id, openingTag } of written) {
      const what = `${attribute}="${id}"`;
      const start = html.indexOf(openingTag, from);
      assert.ok(start >= 0, `${what}: ${openingTag} in the page`);
      from = html.indexOf(`</${tag}>`, start);
      const content = html.slice(start + openingTag.length, from);
      const story = stories.get(id);
      if (tag === 'value-quote') {
        const texts = [...content.matchAll(/<figure[^>]*>\s*<blockquote[^>]*>([^<]*)<\/blockquote>/g)].map(([, text]) => text);
        assert.deepEqual(texts, story.quotes.map((quote) => escapeText(quote.text)), what);
        continue;
      }
      const embedded = JSON.parse(content.match(/<script type="application\/json">(.*)<\/script>/)[1]);
      assert.equal(embedded.id, id, what);
      const level = openingTag.match(/ heading-level="(\d)"/)?.[1] ?? '2';
      assert.ok(content.includes(`<h${level} slot="heading">${escapeText(story.title)}</h${level}>`), `${what}: its title at level ${level}`);
      // The embedded story's image is found from the page, as the fallback's <img> is above.
      assert.ok(existsSync(join(dirname(file), embedded.subject.image)), `${embedded.subject.image} from ${name}`);
    }
  });
}

test('a marker that names no story, contradicts it or is misspelled stops the page, naming it', () => {
  const page = (element) => `<main>\n  ${element}\n</main>\n`;
  const cases = [
    ['<success-story data-demo-story="alibab" lang="fr"></success-story>', /demo\/x\.html: .*story-id "alibab" not found/],
    ['<value-quote data-demo-quotes="alibaba-de"></value-quote>', /demo\/x\.html: .*story-id "alibaba-de" not found/],
    ['<success-story data-demo-story="alibaba-en" lang="fr"></success-story>', /demo\/x\.html: .*has lang="en", so must the element/],
    ['<success-story data-demo-story="alibaba"></success-story>', /has lang="fr", so must the element/],
    ['<success-story data-demo-stories="alibaba" lang="fr"></success-story>', /demo\/x\.html: .*not understood/],
    ['<value-quote data-demo-story="alibaba"></value-quote>', /not understood/],
    ['<success-story data-demo-story="alibaba" lang="fr"><p>Fallback</p></success-story>', /not understood/],
  ];
  for (const [element, message] of cases) {
    assert.throws(() => expandDemoPage(page(element), 'demo/x.html'), message, element);
  }
  // And a page without markers comes out as it went in.
  assert.equal(expandDemoPage(page('<value-quote><figure><blockquote>Hi</blockquote></figure></value-quote>'), 'demo/x.html'),
    page('<value-quote><figure><blockquote>Hi</blockquote></figure></value-quote>'));
});

test('the builder loads and lists every language that ships as a file of its own', () => {
  const shipped = readdirSync(join(root, 'src/i18n/locales')).filter((file) => file.endsWith('.ts') && file !== 'queue.ts').map((file) => file.slice(0, -3)).sort();
  const source = readFileSync(join(root, 'demo/builder/languages.ts'), 'utf8');
  const imported = [...source.matchAll(/^import '\.\.\/\.\.\/src\/i18n\/locales\/([\w-]+)\.js';$/gm)].map((match) => match[1]).sort();
  const listed = [...(source.match(/LOCALE_FILES = \[([^\]]*)\]/)?.[1] ?? '').matchAll(/'([\w-]+)'/g)].map((match) => match[1]).sort();
  assert.deepEqual(imported, shipped, 'imported tables');
  assert.deepEqual(listed, shipped, 'LOCALE_FILES');
});
