// The `success-story-html` command as a CMS author runs it: its output is exactly the
// module's, every string comes out escaped, unsafe links are dropped, and mistakes are told.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { storyHtml } from '../../dist/esm/html/render-html.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demo = `${root}demo/data/alibaba.json`;
const bin = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).bin['success-story-html'];

const run = (args, stdin) => spawnSync(process.execPath, [`${root}${bin}`, ...args], { input: stdin, encoding: 'utf8' });

// A story whose every string tries to become markup or a script, and whose links are unsafe.
const HOSTILE = JSON.parse(readFileSync(`${root}test/dist/fixtures/hostile-story.json`, 'utf8'));

test('prints the same HTML as storyHtml() for the demo file, for each language', () => {
  const doc = JSON.parse(readFileSync(demo, 'utf8'));
  for (const lang of ['fr', 'en']) {
    const out = run(['--lang', lang, demo]);
    assert.equal(out.status, 0, out.stderr);
    assert.equal(out.stderr, '');
    assert.equal(out.stdout, storyHtml(doc, { lang }).html);
    assert.match(out.stdout, new RegExp(`^<success-story lang="${lang}">`));
  }
});

test('a story in a language shipped as a locale file gets its headings and source label in that language', () => {
  const out = run(['--story-id', 'alibaba-ar', demo]);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /^<success-story lang="ar">/);
  assert.match(out.stdout, /<h3>القيم<\/h3>/);
  assert.match(out.stdout, /<h3>المحطات البارزة<\/h3>/);
  assert.match(out.stdout, /<p>المصدر: <a /);
  assert.doesNotMatch(out.stdout, /Values|Milestones|Source/);
});

test('--story-id picks a story, reads standard input with -, and prints the slotted parts', () => {
  const out = run(['--story-id', 'alibaba-en', '-'], readFileSync(demo));
  assert.equal(out.status, 0, out.stderr);
  for (const part of ['<h2 slot="heading">', '<div slot="summary">', '<value-quote slot="quotes">', '<a slot="cta" href="https://www.alibabagroup.com/">']) {
    assert.ok(out.stdout.includes(part), part);
  }
  assert.equal(out.stdout.match(/<figure data-value=/g)?.length, 4);
  assert.ok(!out.stdout.includes('slot="subject"'), 'with the JSON, the element draws the subject itself');
  assert.match(out.stdout, /data-original="La persévérance gagne le succès\." data-original-lang="fr"/);
});

test('--heading-level, --base and --no-json shape the output', () => {
  const out = run(['--heading-level', '3', '--base', 'https://example.org/stories/data/x.json', '--no-json', '--lang', 'fr', demo]);
  assert.equal(out.status, 0, out.stderr);
  assert.match(out.stdout, /<success-story lang="fr" heading-level="3">/);
  assert.match(out.stdout, /<h3 slot="heading">/);
  assert.match(out.stdout, /<div slot="subject">/);
  assert.match(out.stdout, /<img src="https:\/\/example\.org\/stories\/img\/jack-ma\.svg"/);
  assert.ok(!out.stdout.includes('<script'));
});

test('hostile strings come out as text, unsafe links are dropped with a warning', () => {
  const out = run(['-'], JSON.stringify(HOSTILE));
  assert.equal(out.status, 0, out.stderr);
  const html = out.stdout;
  const body = html.replace(/<script type="application\/json">[^<]*<\/script>/, '');
  // The only tags are the ones the command writes; no data opened a tag or an attribute.
  const tags = [...body.matchAll(/<\/?([a-z][a-z0-9-]*)/g)].map((m) => m[1]);
  assert.deepEqual([...new Set(tags)].sort(), ['blockquote', 'div', 'figcaption', 'figure', 'h2', 'h3', 'li', 'ol', 'p', 'span', 'strong', 'success-story', 'ul', 'value-quote']);
  const names = [...body.matchAll(/<[a-z][^>]*>/g)].flatMap(([tag]) => [...tag.replace(/"[^"]*"/g, '').matchAll(/\s([^\s=>]+)=/g)].map((m) => m[1]));
  // No href, src or cite: every link in the data was unsafe.
  assert.deepEqual([...new Set(names)].sort(), ['data-value', 'lang', 'slot'], 'only the attributes the command writes');
  const embedded = JSON.parse(html.match(/<script type="application\/json">([^<]*)<\/script>/)[1]);
  assert.deepEqual([embedded.subject.image, embedded.quotes[0].cite, embedded.cta.href, embedded.source.href], [undefined, undefined, undefined, undefined]);
  assert.ok(body.includes('&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt; &amp; &quot;quotes&quot; &#39;single&#39;'));
  // The embedded JSON cannot close its script element.
  assert.equal(html.match(/<\/script>/g)?.length, 1);
  assert.ok(html.includes('\\u003c/script\\u003e\\u003cscript\\u003ewindow.pwned=8'));
  for (const field of ['subject.image', 'quotes[0].cite', 'cta.href', 'source.href']) assert.ok(out.stderr.includes(field), `${field} warned`);
});

test('errors name the field, print nothing on standard output and exit 1', () => {
  const bad = run(['-'], JSON.stringify({ stories: [{ title: 'ok' }, { title: 42 }] }));
  assert.equal(bad.status, 1);
  assert.equal(bad.stdout, '');
  assert.match(bad.stderr, /error: stories\[1\]\.title: expected a string/);

  const missing = run(['--story-id', 'nope', demo]);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /story-id "nope" not found/);

  const notJson = run(['-'], '{ not json');
  assert.equal(notJson.status, 1);
  assert.match(notJson.stderr, /cannot read standard input/);
});

test('usage mistakes exit 2 with the usage, --help exits 0', () => {
  for (const args of [[], ['--heading-level', '9', demo], ['--bogus', demo], ['--base', 'not a url', demo]]) {
    const out = run(args);
    assert.equal(out.status, 2, args.join(' '));
    assert.equal(out.stdout, '');
  }
  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: success-story-html/);
});

test('milestone dates: in the story’s language inside <time datetime>, free text as written', () => {
  const item = (html, label) => html.match(new RegExp(`<li>(.*?) ${label}</li>`))?.[1];
  const ar = run(['--story-id', 'alibaba-ar', demo]).stdout;
  const doc = JSON.parse(readFileSync(demo, 'utf8'));
  const story = doc.stories.find((s) => s.id === 'alibaba-ar');
  const founding = story.milestones.find((m) => m.date === '1999');
  assert.equal(item(ar, founding.label), '<strong><time datetime="1999">١٩٩٩</time></strong>');
  const written = story.milestones.find((m) => m.date !== '1999');
  assert.equal(item(ar, written.label), `<strong>${written.date}</strong>`);
  const fr = run(['--story-id', 'alibaba', '-'], JSON.stringify({ ...doc.stories[0], milestones: [{ date: '1999-03-15', label: 'Fondation' }] })).stdout;
  assert.equal(item(fr, 'Fondation'), '<strong><time datetime="1999-03-15">15 mars 1999</time></strong>');
  assert.match(fr, /<h3>Étape clé<\/h3>/, 'one milestone: the singular');
});
