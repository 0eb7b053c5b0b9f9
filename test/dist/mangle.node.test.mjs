// The standalone files ship our private members under short names: a `_`-prefixed member
// left whole means its full name reached a page, and often that something reads it by a
// name the mangler never saw (a string), which breaks once the member itself is renamed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSync, Visitor } from 'vite';
import { READ_BY_NAME } from '../../scripts/mangle-properties.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLES = ['dist/success-story.js', 'dist/success-story.iife.js'];
// Ours, not Lit's cross-package `_$…` names.
const PRIVATE = /^_(?!\$)[A-Za-z]/;

/** Every `_`-prefixed property name the code spells: members, keys, and whole strings. */
function privateNames(code) {
  const names = new Set();
  const note = (name) => typeof name === 'string' && PRIVATE.test(name) && names.add(name);
  const key = (node) => !node.computed && note(node.key.name);
  new Visitor({
    MemberExpression: (node) => !node.computed && note(node.property.name),
    Property: key,
    MethodDefinition: key,
    PropertyDefinition: key,
    Literal: (node) => note(node.value),
    TemplateElement: (node) => note(node.value.cooked),
  }).visit(parseSync('bundle.js', code, { sourceType: 'module' }).program);
  return names;
}

function sourceFiles(dir) {
  return readdirSync(`${root}${dir}`, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(`${dir}/${entry.name}`) : entry.name.endsWith('.ts') ? [`${dir}/${entry.name}`] : []);
}

for (const bundle of BUNDLES) {
  test(`${bundle} holds no private member under its full name`, () => {
    const left = [...privateNames(readFileSync(`${root}${bundle}`, 'utf8'))].filter((name) => !READ_BY_NAME.includes(name));
    assert.deepEqual(left, []);
  });
}

test('the check sees what it looks for', () => {
  const names = privateNames("class A{_method(){}} a._member; a['_quoted']; ({_key:1}); has('_string'); a._$litType$; x=`--_custom:1`");
  assert.deepEqual([...names].sort(), ['_key', '_member', '_method', '_quoted', '_string']);
});

test('a member kept for being read by name still is', () => {
  const sources = sourceFiles('src').map((file) => readFileSync(`${root}${file}`, 'utf8')).join('\n');
  for (const name of READ_BY_NAME) assert.ok(sources.includes(`'${name}'`), `${name} is no longer read by name: unreserve it`);
});
