// Every demo page as a crawler and a static server see it: a language, a title, a description,
// the icon (no /favicon.ico 404), an H1 that says what the page is about, and no broken link to
// a file of the demo or of the built package.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demo = join(root, 'demo');
const pages = readdirSync(demo, { recursive: true }).filter((file) => file.endsWith('.html')).map((file) => join(demo, file));

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
    const html = readFileSync(file, 'utf8');
    assert.match(html, /<html lang="(fr|en|ar)"/);
    assert.match(html, /<title>[^<]{10,}<\/title>/);
    assert.match(html, /<meta name="description" content="[^"]{30,}">/);
    assert.match(html, /<link rel="icon" href="[^"]*favicon\.svg" type="image\/svg\+xml">/);
    const h1 = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)?.[1] ?? '';
    assert.ok(h1.length > 10 && !h1.includes('&lt;'), `h1: ${h1}`);
  });

  test(`${name}: every local link, script, stylesheet and image exists`, () => {
    const html = readFileSync(file, 'utf8').replace(/<script type="importmap">[\s\S]*?<\/script>/, (map) => map.replace(/"vue": "/, 'src="'));
    const urls = [...html.matchAll(/\s(?:href|src)="([^"#:]+?)(?:#[^"]*)?"/g)].map((match) => match[1]).filter((url) => url && !url.startsWith('/'));
    assert.ok(urls.length > 3);
    for (const url of urls) {
      const target = join(dirname(file), url);
      assert.ok(exists(url.endsWith('/') ? join(target, 'index.html') : target), `${url} from ${name}`);
    }
  });
}
