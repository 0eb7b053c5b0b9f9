import { expect } from '@open-wc/testing';
import { quoteMarks } from '../../src/i18n/marks.js';
import { typesetQuote } from '../../src/i18n/typography.js';

// CLDR 48 `delimiters` (quotationStart, quotationEnd, alternateQuotationStart, alternateQuotationEnd);
// French nested marks are “ ” instead of CLDR's repeated « » (see marks.ts).
const CLDR: [string, string][] = [
  ['en', '“”‘’'], ['en-GB', '“”‘’'], ['fr', '«»“”'], ['FR', '«»“”'], ['fr-CA', '«»”“'], ['fr-CH', '«»‹›'],
  ['de', '„“‚‘'], ['de-CH', '„“‚‘'], ['es', '“”‘’'], ['it', '«»“”'], ['pt', '“”‘’'], ['pt-BR', '“”‘’'],
  ['pt-PT', '«»“”'], ['nl', '‘’‘’'], ['pl', '„”«»'], ['ar', '”“’‘'], ['he', '””’’'], ['ja', '「」『』'],
  ['zh', '“”‘’'], ['zh-CN', '“”‘’'], ['zh-TW', '「」『』'], ['zh-Hant', '「」『』'], ['ru', '«»„“'], ['uk', '«»„“'],
  ['cs', '„“‚‘'], ['sk', '„“‚‘'], ['sv', '””’’'], ['fi', '””’’'], ['nb', '«»‘’'], ['no', '«»‘’'], ['da', '“”‘’'],
  ['hu', '„”»«'], ['ro', '„”«»'], ['tr', '“”‘’'], ['el', '«»“”'], ['ko', '“”‘’'], ['bg', '„“„“'], ['lt', '„“„“'],
  ['hr', '„“‚‘'], ['ca', '«»“”'], ['hi', '“”‘’'], ['', '“”‘’'],
];

describe('i18n.quoteMarks', () => {
  it(`has CLDR's primary and alternate marks for ${CLDR.length - 1} tags of ${new Set(CLDR.map(([tag]) => tag.split('-')[0].toLowerCase())).size - 1} languages`, () => {
    for (const [tag, marks] of CLDR) expect(quoteMarks(tag), tag || '(empty)').to.equal(marks);
  });

  it('an unknown or malformed tag gets English marks', () => {
    expect(quoteMarks('tlh')).to.equal('“”‘’');
    expect(quoteMarks('fr_FR')).to.equal('«»“”');
    expect(quoteMarks('x')).to.equal('“”‘’');
  });
});

describe('i18n.typesetQuote', () => {
  const cases: [string, string, string][] = [
    ['en', 'He said "go" and went.', '“He said ‘go’ and went.”'],
    ['en', 'It was “done” and “said”.', '“It was ‘done’ and ‘said’.”'],
    ['de', 'Er sagte „Mut“.', '„Er sagte ‚Mut‘.“'],
    ['ja', 'これは「例」です', '「これは『例』です」'],
    ['ru', 'Он сказал «да».', '«Он сказал „да“.»'],
    ['fr', 'Il a dit « courage » et continué.', '«\u202fIl a dit “courage” et continué.\u202f»'],
    ['fr-CH', 'Il a dit "courage".', '«\u202fIl a dit ‹courage›.\u202f»'],
    ['ar', 'قال "نعم".', '”قال ’نعم‘.“'],
    // Apostrophes and single marks are left as written.
    ['en', 'Don’t say ‘never’.', '“Don’t say ‘never’.”'],
    // Space next to the marks goes.
    ['en', '  Text. \n', '“Text.”'],
  ];
  for (const [lang, text, shown] of cases) {
    it(`${lang}: ${text.trim()} → ${shown}`, () => {
      expect(typesetQuote(text, lang)).to.equal(shown);
    });
  }

  it('French: a narrow no-break space inside « » and before ; : ! ?, whether the author typed a space or not', () => {
    expect(typesetQuote('Vraiment ? Oui : toujours ! Enfin; bref!', 'fr')).to.equal(
      '«\u202fVraiment\u202f? Oui\u202f: toujours\u202f! Enfin\u202f; bref\u202f!\u202f»',
    );
    expect(typesetQuote('Quoi\u00a0?! Non\u202f!', 'fr-CA')).to.equal('«\u202fQuoi\u202f?! Non\u202f!\u202f»');
    expect(typesetQuote('Quoi  ?', 'fr')).to.equal('«\u202fQuoi\u202f?\u202f»');
  });

  it('French spacing leaves times, links and other languages alone', () => {
    expect(typesetQuote('À 10:30, voir https://example.org/?q=1 et example.org?q=2.', 'fr')).to.equal(
      '«\u202fÀ 10:30, voir https://example.org/?q=1 et example.org?q=2.\u202f»',
    );
    expect(typesetQuote('Really? Yes: always!', 'en')).to.equal('“Really? Yes: always!”');
  });
});
