// The standalone files ship our private members under short names: a `_`-prefixed member
// left whole means its full name reached a page, and often that something reads it by a
// name the mangler never saw (a string), which breaks once the member itself is renamed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseSync, Visitor } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BUNDLES = ['dist/success-story.js', 'dist/success-story.iife.js', 'dist/value-quote.js'];
// Ours, not Lit's cross-package `_$…` names; and not the mangler's own short names, which may
// start with `_` too (`_e`): our members have full names of four letters or more.
const PRIVATE = /^_(?!\$)[A-Za-z]\w{2,}/;

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

for (const bundle of BUNDLES) {
  test(`${bundle} holds no private member under its full name`, () => {
    assert.deepEqual([...privateNames(readFileSync(`${root}${bundle}`, 'utf8'))], []);
  });
}

test('the check sees what it looks for', () => {
  const names = privateNames("class A{_method(){}} a._member; a['_quoted']; ({_key:1}); has('_string'); a._$litType$; x=`--_custom:1`");
  assert.deepEqual([...names].sort(), ['_key', '_member', '_method', '_quoted', '_string']);
});
