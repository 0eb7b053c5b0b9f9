import { expect } from '@open-wc/testing';
import {
  validateCollection, validateDocument, validateQuotes, validateStory,
} from '../../src/data/validate.js';
import type { Validated } from '../../src/data/validate.js';

const URL_DROPPED = 'URL dropped (only http:, https:, mailto: and relative URLs are allowed)';
const messages = (v: Validated<unknown>) => v.errors.map((e) => e.message);

const story = {
  id: 'alibaba',
  lang: 'fr',
  title: 'Jack Ma, la persévérance',
  kicker: 'Success story',
  category: 'Développement commercial',
  subject: { name: 'Jack Ma', role: 'Fondateur', image: 'https://img.example/jack.jpg', imageAlt: 'Jack Ma' },
  summary: ['Premier paragraphe.', 'Second paragraphe.'],
  milestones: [{ date: '1999', label: 'Fondation' }],
  values: ['Persévérance', 'Courage'],
  quotes: [{ text: 'La persévérance gagne le succès.', author: 'Michel Dupuy', value: 'Persévérance' }],
  cta: { label: 'Lire', href: 'https://blog.example/alibaba' },
  source: { name: 'Le blog', href: 'https://blog.example' },
};

describe('validateQuotes', () => {
  // [name, input, valid quotes, error messages]
  const table: [string, unknown, unknown, string[]][] = [
    ['an empty list', [], [], []],
    ['a valid quote is kept as is', [{ text: 'Hi', author: 'A', value: 'V', lang: 'en' }], [{ text: 'Hi', author: 'A', value: 'V', lang: 'en' }], []],
    ['text is not trimmed or altered', [{ text: '  « Oui »\u202f!  ' }], [{ text: '  « Oui »\u202f!  ' }], []],
    ['unknown fields are ignored', [{ text: 'Hi', extra: 1 }], [{ text: 'Hi' }], []],
    ['missing text drops the item', [{ author: 'A' }, { text: 'ok' }], [{ text: 'ok' }], ['[0].text: expected a string']],
    ['text of the wrong type drops the item', [{ text: 42 }], [], ['[0].text: expected a string']],
    ['empty text drops the item', [{ text: '' }], [], ['[0].text: expected a non-empty string']],
    ['blank text drops the item', [{ text: ' \n ' }], [], ['[0].text: expected a non-empty string']],
    ['null text drops the item', [{ text: null }], [], ['[0].text: expected a string']],
    ['a non-object item is dropped', ['just text', 3, null, [], { text: 'ok' }], [{ text: 'ok' }],
      ['[0]: expected an object', '[1]: expected an object', '[2]: expected an object', '[3]: expected an object']],
    ['a wrong optional field is dropped alone', [{ text: 'Hi', author: 7, value: ['x'], lang: {} }], [{ text: 'Hi' }],
      ['[0].author: expected a string', '[0].value: expected a string', '[0].lang: expected a string']],
    ['blank and null optional fields count as absent', [{ text: 'Hi', author: '', value: '  ', cite: null }], [{ text: 'Hi' }], []],
    ['original is kept', [{ text: 'Hi', original: { text: 'Salut', lang: 'fr' } }], [{ text: 'Hi', original: { text: 'Salut', lang: 'fr' } }], []],
    ['original without text is dropped, the quote kept', [{ text: 'Hi', original: { lang: 'fr' } }], [{ text: 'Hi' }], ['[0].original.text: expected a string']],
    ['original of the wrong type', [{ text: 'Hi', original: 'Salut' }], [{ text: 'Hi' }], ['[0].original: expected an object']],
    ['cite of the wrong type', [{ text: 'Hi', cite: 5 }], [{ text: 'Hi' }], ['[0].cite: expected a URL string']],
    ['every problem is reported, in order', [{ text: 1, author: 2 }, { author: 'x', original: { text: 3 } }],
      [], ['[0].text: expected a string', '[0].author: expected a string', '[1].text: expected a string', '[1].original.text: expected a string']],
  ];
  for (const [name, input, quotes, errors] of table) {
    it(name, () => {
      const v = validateQuotes(input);
      expect(v.value).to.deep.equal(quotes);
      expect(messages(v)).to.deep.equal(errors);
    });
  }

  it('gives path, expectation and message for each issue', () => {
    expect(validateQuotes([{ text: 'ok' }, { text: '' }]).errors).to.deep.equal([
      { path: '[1].text', expected: 'a non-empty string', message: '[1].text: expected a non-empty string' },
    ]);
  });

  it('rejects a root that is not an array', () => {
    for (const input of [{ text: 'x' }, 'x', 1, null, undefined]) {
      const v = validateQuotes(input);
      expect(v.value, JSON.stringify(input)).to.equal(undefined);
      expect(messages(v)).to.deep.equal(['(root): expected an array']);
    }
  });

  it('drops unsafe links with a warning naming the path, keeping the quote', () => {
    const v = validateQuotes([{ text: 'a', cite: 'https://ok.example' }, { text: 'b', cite: 'javascript:alert(1)' }]);
    expect(v.value).to.deep.equal([{ text: 'a', cite: 'https://ok.example' }, { text: 'b' }]);
    expect(v.errors).to.deep.equal([]);
    expect(v.warnings).to.deep.equal([`[1].cite: ${URL_DROPPED}`]);
  });

  it('resolves relative links against the base only when one is given', () => {
    const input = [{ text: 'a', cite: 'sources/a.html' }];
    expect(validateQuotes(input).value).to.deep.equal([{ text: 'a', cite: 'sources/a.html' }]);
    expect(validateQuotes(input, { base: 'https://cdn.example/q/quotes.json' }).value)
      .to.deep.equal([{ text: 'a', cite: 'https://cdn.example/q/sources/a.html' }]);
  });

  it('never copies a __proto__ key', () => {
    const [out] = validateQuotes(JSON.parse('[{ "text": "Hi", "__proto__": { "polluted": true } }]')).value!;
    expect(out).to.deep.equal({ text: 'Hi' });
    expect(Object.getPrototypeOf(out)).to.equal(Object.prototype);
    expect(({} as { polluted?: boolean }).polluted).to.equal(undefined);
  });

  it('never returns the input objects', () => {
    const input = [{ text: 'a', original: { text: 'b' } }];
    const out = validateQuotes(input).value!;
    expect(out[0]).to.not.equal(input[0]);
    expect(out[0].original).to.not.equal(input[0].original);
  });
});

describe('validateStory', () => {
  it('keeps a complete story', () => {
    const v = validateStory(story);
    expect(v.value).to.deep.equal(story);
    expect(v.errors).to.deep.equal([]);
    expect(v.warnings).to.deep.equal([]);
  });

  it('turns a summary string into a list', () => {
    expect(validateStory({ title: 'T', summary: 'One paragraph.' }).value).to.deep.equal({ title: 'T', summary: ['One paragraph.'] });
    expect(validateStory({ title: 'T', summary: ' ' }).value).to.deep.equal({ title: 'T' });
  });

  // [name, input, expected story, error messages]
  const table: [string, unknown, unknown, string[]][] = [
    ['missing title drops the story', { id: 'x' }, undefined, ['title: expected a string']],
    ['empty title drops the story', { title: '' }, undefined, ['title: expected a non-empty string']],
    ['title of the wrong type', { title: ['T'] }, undefined, ['title: expected a string']],
    ['summary of the wrong type', { title: 'T', summary: 3 }, { title: 'T' }, ['summary: expected a string or an array of strings']],
    ['bad paragraphs are dropped alone', { title: 'T', summary: ['a', 2, '', 'b'] }, { title: 'T', summary: ['a', 'b'] }, ['summary[1]: expected a string']],
    ['values must be strings', { title: 'T', values: ['Courage', 1] }, { title: 'T', values: ['Courage'] }, ['values[1]: expected a string']],
    ['values must be an array', { title: 'T', values: 'Courage' }, { title: 'T' }, ['values: expected an array']],
    ['subject must be an object', { title: 'T', subject: 'Jack' }, { title: 'T' }, ['subject: expected an object']],
    ['milestones keep their valid fields', { title: 'T', milestones: [{ date: 1999, label: 'Fondation' }, 'x'] },
      { title: 'T', milestones: [{ label: 'Fondation' }] }, ['milestones[0].date: expected a string', 'milestones[1]: expected an object']],
    ['quotes are checked with their path', { title: 'T', quotes: [{ text: 'a' }, {}, { text: 'c', author: 1 }] },
      { title: 'T', quotes: [{ text: 'a' }, { text: 'c' }] }, ['quotes[1].text: expected a string', 'quotes[2].author: expected a string']],
    ['cta of the wrong type', { title: 'T', cta: ['x'] }, { title: 'T' }, ['cta: expected an object']],
    ['a story that is not an object', 'T', undefined, ['(root): expected an object']],
  ];
  for (const [name, input, expected, errors] of table) {
    it(name, () => {
      const v = validateStory(input);
      expect(v.value).to.deep.equal(expected);
      expect(messages(v)).to.deep.equal(errors);
    });
  }

  it('drops every unsafe link with its own warning; the source name stays', () => {
    const v = validateStory({
      title: 'T',
      subject: { name: 'Jack', image: 'data:image/png;base64,AAAA', imageAlt: 'Jack' },
      cta: { label: 'Go', href: 'JaVaScRiPt:alert(1)' },
      source: { name: 'Blog', href: 'vbscript:x' },
      quotes: [{ text: 'q', cite: 'javascript&colon;alert(1)' }],
    });
    expect(v.value).to.deep.equal({
      title: 'T',
      subject: { name: 'Jack', imageAlt: 'Jack' },
      cta: { label: 'Go' },
      source: { name: 'Blog' },
      quotes: [{ text: 'q' }],
    });
    expect(v.warnings).to.deep.equal([
      `subject.image: ${URL_DROPPED}`,
      `quotes[0].cite: ${URL_DROPPED}`,
      `cta.href: ${URL_DROPPED}`,
      `source.href: ${URL_DROPPED}`,
    ]);
    expect(v.errors).to.deep.equal([]);
  });

  it('resolves every link of a fetched story against its URL', () => {
    const v = validateStory(
      { title: 'T', subject: { image: 'img/a.jpg' }, cta: { href: '../go' }, source: { href: '/src' }, quotes: [{ text: 'q', cite: 'c.html' }] },
      { base: 'https://cdn.example/stories/alibaba.json' },
    );
    expect(v.value).to.deep.equal({
      title: 'T',
      subject: { image: 'https://cdn.example/stories/img/a.jpg' },
      cta: { href: 'https://cdn.example/go' },
      source: { href: 'https://cdn.example/src' },
      quotes: [{ text: 'q', cite: 'https://cdn.example/stories/c.html' }],
    });
  });
});

describe('validateCollection', () => {
  it('keeps valid stories and reports the others with their path', () => {
    const v = validateCollection({ stories: [story, { id: 'no-title' }, { title: 'B', quotes: [{ text: 'a' }, { text: 'b' }, { text: 5 }] }] });
    expect(v.value).to.deep.equal({ stories: [story, { title: 'B', quotes: [{ text: 'a' }, { text: 'b' }] }] });
    expect(messages(v)).to.deep.equal(['stories[1].title: expected a string', 'stories[2].quotes[2].text: expected a string']);
  });

  const table: [string, unknown, string[]][] = [
    ['missing stories', {}, ['stories: expected an array']],
    ['stories of the wrong type', { stories: {} }, ['stories: expected an array']],
    ['not an object', [], ['(root): expected an object']],
  ];
  for (const [name, input, errors] of table) {
    it(name, () => {
      const v = validateCollection(input);
      expect(v.value).to.equal(undefined);
      expect(messages(v)).to.deep.equal(errors);
    });
  }

  it('accepts an empty collection', () => {
    expect(validateCollection({ stories: [] }).value).to.deep.equal({ stories: [] });
  });
});

describe('validateDocument', () => {
  const table: [string, unknown, unknown, string[]][] = [
    ['a Quote array', [{ text: 'a' }, { text: 1 }], { kind: 'quotes', quotes: [{ text: 'a' }] }, ['[1].text: expected a string']],
    ['{ quotes }', { quotes: [{ text: 'a' }, {}] }, { kind: 'quotes', quotes: [{ text: 'a' }] }, ['quotes[1].text: expected a string']],
    ['{ quotes } of the wrong type', { quotes: 'a' }, undefined, ['quotes: expected an array']],
    ['a Story', { title: 'T', quotes: [{ text: 'a' }] }, { kind: 'story', story: { title: 'T', quotes: [{ text: 'a' }] } }, []],
    ['a Story without title but with other story fields', { summary: 'S', quotes: [] }, undefined, ['title: expected a string']],
    ['an object with nothing known', { foo: 1 }, undefined, ['title: expected a string']],
    ['a Collection', { stories: [{ title: 'T' }] }, { kind: 'collection', collection: { stories: [{ title: 'T' }] } }, []],
    ['a Collection with a bad story', { stories: [{ title: 'T' }, { quotes: [{ text: 2 }] }] },
      { kind: 'collection', collection: { stories: [{ title: 'T' }] } }, ['stories[1].title: expected a string', 'stories[1].quotes[0].text: expected a string']],
    ['a string', 'hello', undefined, ['(root): expected a Quote array, an object with "quotes", a Story or a Collection']],
    ['null', null, undefined, ['(root): expected a Quote array, an object with "quotes", a Story or a Collection']],
  ];
  for (const [name, input, expected, errors] of table) {
    it(name, () => {
      const v = validateDocument(input);
      expect(v.value).to.deep.equal(expected);
      expect(messages(v)).to.deep.equal(errors);
    });
  }

  it('passes the base and collects warnings', () => {
    const v = validateDocument({ quotes: [{ text: 'a', cite: 'a.html' }, { text: 'b', cite: 'file:///x' }] }, { base: 'https://x.example/d/q.json' });
    expect(v.value).to.deep.equal({ kind: 'quotes', quotes: [{ text: 'a', cite: 'https://x.example/d/a.html' }, { text: 'b' }] });
    expect(v.warnings).to.deep.equal([`quotes[1].cite: ${URL_DROPPED}`]);
  });
});
