/**
 * Properties of the pure data layer that hold for any input, checked on inputs fast-check makes
 * up (and shrinks to the smallest failing one when a property breaks).
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { decodeCharacterReferences, safeUrl } from '../../src/data/url-policy.js';
import { findWord, fold } from '../../src/data/text-match.js';
import { validateDocument } from '../../src/data/validate.js';
import { selectQuotes, selectStory } from '../../src/data/select.js';
import { storyHtml } from '../../src/html/render-html.js';

const BASE = 'https://cdn.example/data/story.json';
const ALLOWED = /^(https?|mailto):$/;
const RUNS = { numRuns: 300 };

/** Strings that look like links: schemes, entities, controls and spaces mixed into any text. */
const linkLike = fc.oneof(
  fc.string({ unit: 'grapheme' }),
  fc
    .tuple(
      fc.constantFrom('', ' ', '\t', '\u0000', '\n', '&#', '&colon;', '%0a'),
      fc.constantFrom('javascript', 'JaVaScRiPt', 'data', 'vbscript', 'https', 'http', 'mailto', 'file', 'java\tscript', ''),
      fc.constantFrom(':', '&#58;', '&#x3A;', '&colon;', '%3A', '', '://'),
      fc.string(),
    )
    .map((parts) => parts.join('')),
);

/** A JSON value of any shape, with the format's keys among its property names. */
const KEYS = ['title', 'text', 'stories', 'quotes', 'summary', 'subject', 'image', 'cta', 'href', 'cite', 'original', 'lang', '__proto__', 'constructor'];
const anyDocument = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.string(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('value'), { maxKeys: 5 }),
  ),
})).value;

describe('data layer, for any input', () => {
  it('safeUrl never throws, and every URL it keeps is http, https, mailto or relative, decoded or not', () => {
    fc.assert(
      fc.property(linkLike, fc.option(fc.constant(BASE)), (raw, base) => {
        const kept = safeUrl(raw, base ?? undefined);
        if (kept === undefined) return;
        for (const form of [kept, decodeCharacterReferences(kept)]) {
          expect(new URL(form, base ?? 'https://page.example/').protocol, form).to.match(ALLOWED);
        }
      }),
      RUNS,
    );
  });

  it('findWord never throws, and what it marks is the word, once folded', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme', maxLength: 6 }), (text, word) => {
        const match = findWord(text, word);
        if (!match) return;
        expect(match.start).to.be.at.least(0);
        expect(match.end).to.be.above(match.start).and.at.most(text.length);
        const marked = fold(text.slice(match.start, match.end)).replace(/\s+/g, ' ');
        expect(marked).to.contain(fold(word).replace(/\s+/g, ' '));
      }),
      RUNS,
    );
  });

  it('findWord finds a word written between spaces, whatever surrounds it', () => {
    fc.assert(
      fc.property(fc.string(), fc.stringMatching(/^[a-zà-ÿ]{1,8}$/), fc.string(), (before, word, after) => {
        const text = `${before} ${word} ${after}`;
        const match = findWord(text, word.toUpperCase());
        expect(match, text).to.not.equal(undefined);
      }),
      RUNS,
    );
  });

  it('validation never throws, keeps only what the format defines, and names real paths', () => {
    fc.assert(
      fc.property(anyDocument, (input) => {
        const { value, errors } = validateDocument(input, { base: BASE });
        expect(Object.prototype).to.not.have.property('polluted');
        for (const { path } of errors) expect(path === '(root)' || /^[\w[\]().]+$/.test(path), path).to.equal(true);
        if (!value) return;
        const stories = value.kind == 'story' ? [value.story] : value.kind == 'collection' ? value.collection.stories : [];
        for (const story of stories) {
          expect(story.title.trim()).to.not.equal('');
          selectStory(value, { lang: 'fr' });
          selectQuotes(value, { lang: 'en', storyId: story.id });
        }
      }),
      RUNS,
    );
  });

  it('the story HTML parses back to the same text, whatever the title holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }).filter((title) => !!title.trim()), (title) => {
        const { html, errors } = storyHtml({ title, summary: [title], quotes: [{ text: title, author: title }] });
        expect(errors).to.deep.equal([]);
        const doc = new DOMParser().parseFromString(`<body>${html}`, 'text/html');
        const element = doc.querySelector('success-story')!;
        expect(element.querySelector('[slot=heading]')!.textContent).to.equal(title);
        expect(element.querySelector('blockquote')!.textContent).to.equal(title);
        // Nothing from the data became markup.
        expect([...element.querySelectorAll('*')].every((node) => !node.localName.includes('script') || node.getAttribute('type') == 'application/json')).to.equal(true);
      }),
      RUNS,
    );
  });
});
