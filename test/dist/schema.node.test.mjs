// story.schema.json, as shipped, read by a standard JSON Schema validator (draft 2020-12):
// the demo data passes, and documents the elements reject are rejected by the schema too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('story.schema.json');
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);
const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

test('the package exports the schema it ships', () => {
  const pkg = read('package.json');
  assert.equal(pkg.exports['./story.schema.json'], './story.schema.json');
  assert.ok(pkg.files.includes('story.schema.json'));
});

test('demo/data/alibaba.json is valid against story.schema.json', () => {
  const ok = validate(read('demo/data/alibaba.json'));
  assert.deepEqual(errors(), []);
  assert.equal(ok, true);
});

test('each shape the elements accept is valid: Quote list, { quotes }, Story, Collection', () => {
  const quote = { text: 'La persévérance gagne le succès.', author: 'Michel Dupuy', value: 'Persévérance' };
  for (const doc of [[quote], { quotes: [quote] }, { title: 'Alibaba', summary: 'One string' }, { stories: [{ title: 'Alibaba', quotes: [quote] }] }]) {
    assert.equal(validate(doc), true, `${JSON.stringify(doc)}: ${errors()}`);
  }
});

test('documents without their required fields are rejected', () => {
  for (const doc of [[{ author: 'no text' }], { stories: [{ lang: 'fr' }] }, { quotes: [{ text: 42 }] }, 'a string']) {
    assert.equal(validate(doc), false, JSON.stringify(doc));
  }
});
