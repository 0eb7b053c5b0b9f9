import { expect } from '@open-wc/testing';
import { langMatches, selectQuotes, selectStory } from '../../src/data/select.js';
import type { Story } from '../../src/data/types.js';
import type { DataDocument } from '../../src/data/validate.js';

const fr: Story = { id: 'alibaba-fr', lang: 'fr', title: 'Jack Ma (fr)', quotes: [{ text: 'La rigueur…', value: 'Rigueur' }] };
const en: Story = { id: 'alibaba-en', lang: 'en', title: 'Jack Ma (en)', quotes: [{ text: 'Rigour…', value: 'Rigour' }] };
const enGb: Story = { id: 'alibaba-gb', lang: 'en-GB', title: 'Jack Ma (en-GB)', quotes: [{ text: 'Rigour (GB)…' }] };
const noLang: Story = { id: 'plain', title: 'No language', quotes: [{ text: 'Plain' }] };
const collection = (...stories: Story[]): DataDocument => ({ kind: 'collection', collection: { stories } });

describe('langMatches', () => {
  const table: [string | undefined, string, boolean][] = [
    ['fr', 'fr', true],
    ['FR', 'fr', true],
    ['en-GB', 'en', true],
    ['en', 'en-GB', true],
    ['en-us', 'EN-US', true],
    ['fr-CA', 'fr-FR', true],
    ['de', 'en', false],
    ['en', '', false],
    [undefined, 'en', false],
    ['', 'en', false],
  ];
  for (const [tag, wanted, result] of table) {
    it(`${JSON.stringify(tag)} serves ${JSON.stringify(wanted)}: ${result}`, () => expect(langMatches(tag, wanted)).to.equal(result));
  }
});

describe('selectStory', () => {
  const table: [string, DataDocument, { storyId?: string; lang: string }, { story?: Story; error?: string }][] = [
    ['a story document', { kind: 'story', story: fr }, { lang: 'en' }, { story: fr }],
    ['a story document by its id', { kind: 'story', story: fr }, { storyId: 'alibaba-fr', lang: 'en' }, { story: fr }],
    ['a story document with another id', { kind: 'story', story: fr }, { storyId: 'nope', lang: 'fr' }, { error: 'story-id "nope" not found' }],
    ['a collection by id, whatever the language', collection(fr, en), { storyId: 'alibaba-fr', lang: 'en' }, { story: fr }],
    ['a collection with an unknown id', collection(fr, en), { storyId: 'blablacar', lang: 'en' }, { error: 'story-id "blablacar" not found' }],
    ['a collection in the element\'s language', collection(fr, en), { lang: 'en' }, { story: en }],
    ['a collection by primary subtag', collection(fr, en), { lang: 'en-US' }, { story: en }],
    ['an exact tag before a primary subtag', collection(en, enGb), { lang: 'en-GB' }, { story: enGb }],
    ['the first story when no language matches', collection(fr, en), { lang: 'de' }, { story: fr }],
    ['stories without language are not a match', collection(noLang, en), { lang: 'en' }, { story: en }],
    ['an empty collection', collection(), { lang: 'en' }, { error: 'the collection holds no story' }],
    ['a quotes document', { kind: 'quotes', quotes: [{ text: 'a' }] }, { lang: 'en' }, { error: 'the document holds quotes, not a story' }],
    ['a quotes document with an id', { kind: 'quotes', quotes: [] }, { storyId: 'x', lang: 'en' }, { error: 'story-id "x" not found: the document holds quotes only' }],
  ];
  for (const [name, doc, opts, result] of table) {
    it(name, () => expect(selectStory(doc, opts)).to.deep.equal(result));
  }
});

describe('selectQuotes', () => {
  const all = [...fr.quotes!, ...en.quotes!, ...enGb.quotes!];
  const table: [string, DataDocument, { storyId?: string; lang: string }, { quotes: unknown[]; error?: string }][] = [
    ['a quotes document', { kind: 'quotes', quotes: [{ text: 'a' }] }, { lang: 'fr' }, { quotes: [{ text: 'a' }] }],
    ['a quotes document with an id', { kind: 'quotes', quotes: [{ text: 'a' }] }, { storyId: 'x', lang: 'fr' },
      { quotes: [], error: 'story-id "x" not found: the document holds quotes only' }],
    ['a story', { kind: 'story', story: fr }, { lang: 'en' }, { quotes: fr.quotes! }],
    ['a story without quotes', { kind: 'story', story: { title: 'T' } }, { lang: 'en' }, { quotes: [] }],
    ['a collection by id', collection(fr, en), { storyId: 'alibaba-en', lang: 'fr' }, { quotes: en.quotes! }],
    ['a collection with an unknown id', collection(fr, en), { storyId: 'nope', lang: 'fr' }, { quotes: [], error: 'story-id "nope" not found' }],
    ['every story in the language', collection(fr, en, enGb), { lang: 'en' }, { quotes: [...en.quotes!, ...enGb.quotes!] }],
    ['a regional page gathers every story of its language', collection(fr, en, enGb), { lang: 'en-GB' }, { quotes: [...en.quotes!, ...enGb.quotes!] }],
    ['all stories when none matches', collection(fr, en, enGb), { lang: 'de' }, { quotes: all }],
    ['stories without quotes add none', collection(fr, { title: 'T', lang: 'fr' }), { lang: 'fr' }, { quotes: fr.quotes! }],
  ];
  for (const [name, doc, opts, result] of table) {
    it(name, () => expect(selectQuotes(doc, opts)).to.deep.equal(result));
  }
});
