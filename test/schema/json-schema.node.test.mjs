// The generator of story.schema.json: what it writes for each part of the format. (That the
// committed file is its output is `node scripts/schema.mjs --check`, run before the build.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importTypeScript } from '../../scripts/schema/import-typescript.mjs';

const from = (path) => importTypeScript(new URL(`../../${path}`, import.meta.url));
const { SAFE_URL_PATTERN, toJsonSchema } = await from('scripts/schema/json-schema.ts');
const { definitions } = await from('src/data/schema.ts');
const { safeUrl } = await from('src/data/url-policy.ts');
const schema = toJsonSchema();

test('is a draft 2020-12 schema with an id and a title', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.match(schema.$id, /^https:\/\/.+\/story\.schema\.json$/);
  assert.equal(typeof schema.title, 'string');
  assert.equal(typeof schema.description, 'string');
});

test('accepts a Quote array, { quotes }, a Story or a Collection at the root', () => {
  assert.deepEqual(schema.anyOf, [
    { type: 'array', items: { $ref: '#/$defs/Quote' }, title: 'Quote list', description: 'A list of quotes.' },
    { $ref: '#/$defs/QuotesDocument' },
    { $ref: '#/$defs/Story' },
    { $ref: '#/$defs/Collection' },
  ]);
});

test('defines every type, each property described, and every reference resolves', () => {
  assert.deepEqual(Object.keys(schema.$defs), Object.keys(definitions));
  for (const ref of JSON.stringify(schema).match(/#\/\$defs\/\w+/g)) assert.equal(typeof schema.$defs[ref.slice(8)], 'object', ref);
  for (const [name, def] of Object.entries(schema.$defs)) {
    assert.equal(def.title, name);
    assert.ok(typeof def.description === 'string' && def.description !== '', `${name} is described`);
    for (const [key, prop] of Object.entries(def.properties)) assert.equal(typeof prop.description, 'string', `${name}.${key}`);
  }
});

test('requires only Story.title, Quote.text and the lists of the wrappers', () => {
  const required = Object.fromEntries(Object.entries(schema.$defs).map(([k, d]) => [k, d.required ?? []]));
  assert.deepEqual(required, {
    Quote: ['text'], OriginalText: ['text'], Story: ['title'], Subject: [], Milestone: [], CallToAction: [], Source: [],
    Collection: ['stories'], QuotesDocument: ['quotes'],
  });
  assert.equal(schema.$defs.Story.properties.title.type, 'string');
  assert.equal(schema.$defs.Story.properties.title.pattern, '\\S');
});

test('describes summary as a string or a list of strings, links as URL references', () => {
  assert.deepEqual(schema.$defs.Story.properties.summary.anyOf, [{ type: 'string' }, { type: 'array', items: { type: 'string' } }]);
  for (const [type, key] of [['Quote', 'cite'], ['Subject', 'image'], ['CallToAction', 'href'], ['Source', 'href']]) {
    const { type: kind, format, pattern } = schema.$defs[type].properties[key];
    assert.deepEqual({ kind, format, pattern }, { kind: 'string', format: 'uri-reference', pattern: SAFE_URL_PATTERN }, `${type}.${key}`);
  }
});

test('lets editors flag the links the elements drop', () => {
  const pattern = new RegExp(SAFE_URL_PATTERN, 'u');
  const urls = ['https://a.example', 'HTTP://a.example', 'mailto:a@b.example', 'img/a.png', '/a', '//cdn.example/a', '#x', '?q', ' https://a.example',
    'javascript:alert(1)', 'JavaScript:x', ' \tjavascript:x', '\u0000javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///x', 'ftp://a.example'];
  for (const url of urls) assert.equal(pattern.test(url), safeUrl(url) !== undefined, url);
});
