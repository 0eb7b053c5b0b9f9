// What `npm publish` would ship, checked from `npm pack --dry-run`: the exports map, the
// files behind it, nothing from the repository's tests, demo or tooling, and side-effect
// flags a bundler can trust.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const [packed] = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
const files = packed.files.map((f) => f.path);

test('the exports map has exactly the public entry points', () => {
  assert.deepEqual(Object.keys(pkg.exports), [
    '.', './value-quote.js', './success-story.js', './standalone.js', './standalone.iife.js',
    './standalone/value-quote.js', './locales/*.js', './success-story.css', './story.schema.json', './custom-elements.json', './package.json',
  ]);
  for (const key of ['.', './value-quote.js', './success-story.js']) {
    assert.deepEqual(Object.keys(pkg.exports[key]), ['types', 'default'], `${key}: types first`);
    assert.match(pkg.exports[key].default, /^\.\/dist\/esm\/.+\.js$/);
  }
});

test('every file the package points to is in the tarball', () => {
  const targets = [
    pkg.main, pkg.module, pkg.types, pkg.customElements, ...Object.values(pkg.bin),
    ...Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t))),
  ];
  for (const t of targets.filter((target) => !target.includes('*'))) assert.ok(files.includes(t.replace(/^\.\//, '')), `${t} is packed`);
  // Every language has its script and its declaration.
  for (const lang of ['de', 'es', 'it', 'pt', 'nl', 'pl', 'ar', 'he', 'ja', 'zh']) {
    for (const t of Object.values(pkg.exports['./locales/*.js'])) assert.ok(files.includes(t.replace(/^\.\//, '').replace('*', lang)), `${t} for ${lang} is packed`);
  }
});

test('nothing from the tests, the demo, the sources or the tooling is packed', () => {
  const allowed = /^(README\.md|LICENSE|package\.json|story\.schema\.json|custom-elements\.json|bin\/[\w-]+\.js|dist\/.+)$/;
  assert.deepEqual(files.filter((f) => !allowed.test(f)), []);
  assert.deepEqual(files.filter((f) => f.startsWith('dist/docs/')), [], 'the documentation site is not packed');
  assert.deepEqual(files.filter((f) => /(^|\/)(test|demo|scripts|node_modules)\/|\.test\.|\.map$|\.ts$/.test(f) && !f.endsWith('.d.ts')), []);
  assert.ok(packed.unpackedSize < 600_000, `unpacked size ${packed.unpackedSize} B`);
});

test('dist/esm holds the element sources compiled, nothing from the build tooling', () => {
  const shipped = files.filter((f) => /^dist\/esm\/.+\.js$/.test(f));
  assert.ok(shipped.length > 0);
  for (const file of shipped) {
    const source = file.replace(/^dist\/esm\//, 'src/').replace(/\.js$/, '.ts');
    assert.ok(existsSync(`${root}${source}`), `${file} comes from ${source}`);
  }
});

test('the bin is an executable Node script', () => {
  const bin = readFileSync(`${root}${pkg.bin['success-story-html']}`, 'utf8');
  assert.match(bin, /^#!\/usr\/bin\/env node\n/);
  const mode = packed.files.find((f) => f.path === pkg.bin['success-story-html']).mode;
  assert.equal(mode & 0o111, 0o111, 'executable');
});

test('a bundler keeps the element registrations and pulls in only the element imported', async () => {
  // A consumer project with the package installed, resolved through its exports map.
  const app = `${root}.tmp/consumer`;
  rmSync(app, { recursive: true, force: true });
  mkdirSync(`${app}/node_modules`, { recursive: true });
  symlinkSync(root, `${app}/node_modules/success-story`, 'dir');
  const bundle = async (contents) => {
    const out = await build({
      stdin: { contents, resolveDir: app, loader: 'js' }, bundle: true, write: false, format: 'esm',
      minify: true, external: ['lit', 'lit/*'], preserveSymlinks: true, logLevel: 'silent',
    });
    return out.outputFiles[0].text;
  };
  try {
    const one = await bundle(`import 'success-story/value-quote.js';`);
    assert.match(one, /"value-quote"/);
    assert.doesNotMatch(one, /"success-story"/, 'the other element is not pulled in');
    const both = await bundle(`import 'success-story';`);
    assert.match(both, /"value-quote"/);
    assert.match(both, /"success-story"/);
    const classOnly = await bundle(`import { ValueQuote } from 'success-story/value-quote.js'; export const x = 1;`);
    assert.match(classOnly, /"value-quote"/, 'importing the class still registers the tag: the entry is a side effect');
    const locale = await bundle(`import 'success-story/locales/de.js';`);
    assert.match(locale, /successStoryStrings/, 'a locale import is kept: it registers its table');
    assert.match(locale, /Zitatwechsel anhalten/);
  } finally {
    rmSync(app, { recursive: true, force: true });
  }
});
