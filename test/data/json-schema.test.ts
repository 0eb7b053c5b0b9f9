import { expect } from '@open-wc/testing';
import { SAFE_URL_PATTERN, toJsonSchema } from '../../src/data/json-schema.js';
import { definitions } from '../../src/data/schema.js';
import { safeUrl } from '../../src/data/url-policy.js';

type Json = { [key: string]: any };

describe('toJsonSchema', () => {
  const schema = toJsonSchema() as Json;

  it('is the committed story.schema.json', async () => {
    // Read through the test server: the runner's TypeScript transform drops `with { type: 'json' }`.
    const res = await fetch(new URL('../../story.schema.json', import.meta.url));
    expect(res.ok, 'story.schema.json exists (node scripts/schema.mjs writes it)').to.equal(true);
    expect(await res.json()).to.deep.equal(schema);
  });

  it('is a draft 2020-12 schema with an id and a title', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.match(/^https:\/\/.+\/story\.schema\.json$/);
    expect(schema.title).to.be.a('string');
    expect(schema.description).to.be.a('string');
  });

  it('accepts a Quote array, { quotes }, a Story or a Collection at the root', () => {
    expect(schema.anyOf).to.deep.equal([
      { type: 'array', items: { $ref: '#/$defs/Quote' }, title: 'Quote list', description: 'A list of quotes.' },
      { $ref: '#/$defs/QuotesDocument' },
      { $ref: '#/$defs/Story' },
      { $ref: '#/$defs/Collection' },
    ]);
  });

  it('defines every type, each property described, and every reference resolves', () => {
    expect(Object.keys(schema.$defs)).to.deep.equal(Object.keys(definitions));
    const refs = JSON.stringify(schema).match(/#\/\$defs\/\w+/g)!;
    for (const ref of refs) expect(schema.$defs[ref.slice(8)], ref).to.be.an('object');
    for (const [name, def] of Object.entries<Json>(schema.$defs)) {
      expect(def.title, name).to.equal(name);
      expect(def.description, name).to.be.a('string').and.not.equal('');
      for (const [key, prop] of Object.entries<Json>(def.properties)) expect(prop.description, `${name}.${key}`).to.be.a('string');
    }
  });

  it('requires only Story.title, Quote.text and the lists of the wrappers', () => {
    const required = Object.fromEntries(Object.entries<Json>(schema.$defs).map(([k, d]) => [k, d.required ?? []]));
    expect(required).to.deep.equal({
      Quote: ['text'], OriginalText: ['text'], Story: ['title'], Subject: [], Milestone: [], CallToAction: [], Source: [],
      Collection: ['stories'], QuotesDocument: ['quotes'],
    });
    expect(schema.$defs.Story.properties.title).to.include({ type: 'string', pattern: '\\S' });
  });

  it('describes summary as a string or a list of strings, links as URL references', () => {
    expect(schema.$defs.Story.properties.summary.anyOf).to.deep.equal([{ type: 'string' }, { type: 'array', items: { type: 'string' } }]);
    for (const [type, key] of [['Quote', 'cite'], ['Subject', 'image'], ['CallToAction', 'href'], ['Source', 'href']]) {
      expect(schema.$defs[type].properties[key], `${type}.${key}`).to.include({ type: 'string', format: 'uri-reference', pattern: SAFE_URL_PATTERN });
    }
  });

  it('lets editors flag the links the elements drop', () => {
    const pattern = new RegExp(SAFE_URL_PATTERN, 'u');
    const urls = ['https://a.example', 'HTTP://a.example', 'mailto:a@b.example', 'img/a.png', '/a', '//cdn.example/a', '#x', '?q', ' https://a.example',
      'javascript:alert(1)', 'JavaScript:x', ' \tjavascript:x', '\u0000javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///x', 'ftp://a.example'];
    for (const url of urls) expect(pattern.test(url), url).to.equal(safeUrl(url) !== undefined);
  });
});
