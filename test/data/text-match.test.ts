import { expect } from '@open-wc/testing';
import { findWord, fold, matchesValue, parseValueList, sameText } from '../../src/data/text-match.js';

describe('fold', () => {
  const table: [string, string][] = [
    ['Persévérance', 'perseverance'],
    ['PUGNACITÉ', 'pugnacite'],
    ['Perse\u0301ve\u0301rance', 'perseverance'],
    ['Ça', 'ca'],
    ['İstanbul', 'istanbul'],
    ['ﬁdélité', 'fidelite'],
    ['Œuvre', 'œuvre'],
    ['Mütze', 'mutze'],
  ];
  for (const [input, output] of table) {
    it(`${input} → ${output}`, () => expect(fold(input)).to.equal(output));
  }
});

describe('sameText', () => {
  it('ignores case, accents and surrounding spaces', () => {
    expect(sameText('perseverance', ' Persévérance ')).to.equal(true);
    expect(sameText('Rigueur', 'RIGUEUR')).to.equal(true);
  });
  it('tells different words apart', () => {
    expect(sameText('Courage', 'Rigueur')).to.equal(false);
    expect(sameText('Rigueur', 'Rigueurs')).to.equal(false);
  });
});

describe('parseValueList', () => {
  const table: [string | null | undefined, string[]][] = [
    [null, []],
    [undefined, []],
    ['', []],
    [' , ,', []],
    ['Courage', ['Courage']],
    [' Persévérance , rigueur,,Courage ', ['Persévérance', 'rigueur', 'Courage']],
  ];
  for (const [input, output] of table) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(output)}`, () => expect(parseValueList(input)).to.deep.equal(output));
  }
});

describe('matchesValue', () => {
  const quote = { text: 'La persévérance gagne le succès.', value: 'Persévérance' };
  it('keeps every quote for an empty list', () => {
    expect(matchesValue(quote, [])).to.equal(true);
    expect(matchesValue({ text: 'no value' }, [])).to.equal(true);
  });
  it('matches case- and accent-insensitively, any of the values', () => {
    expect(matchesValue(quote, ['perseverance'])).to.equal(true);
    expect(matchesValue(quote, ['courage', 'PERSÉVÉRANCE'])).to.equal(true);
  });
  it('rejects other values and quotes without a value', () => {
    expect(matchesValue(quote, ['courage'])).to.equal(false);
    expect(matchesValue({ text: 'no value' }, ['courage'])).to.equal(false);
  });
});

describe('findWord', () => {
  // [text, word, expected matched slice of the original text, or undefined]
  const table: [string, string, string | undefined][] = [
    ['La persévérance gagne le succès.', 'Persévérance', 'persévérance'],
    ['La persévérance gagne le succès.', 'perseverance', 'persévérance'],
    ['La PERSÉVÉRANCE gagne', 'persévérance', 'PERSÉVÉRANCE'],
    ['La perse\u0301ve\u0301rance gagne', 'Persévérance', 'perse\u0301ve\u0301rance'],
    ['Le courage\u0301 est là', 'courage', 'courage\u0301'],
    ['La rigueur vient toujours à bout de l’obstacle.', 'Rigueur', 'rigueur'],
    ['Les rigueurs de l’hiver', 'Rigueur', undefined],
    ['encourage-les', 'courage', undefined],
    ['il faut avoir le courage de le dire', 'Courage', 'courage'],
    ['Courage!', 'courage', 'Courage'],
    ['«\u202fCourage\u202f»', 'courage', 'Courage'],
    ['l’obstacle', 'obstacle', 'obstacle'],
    ['arc-en-ciel', 'ciel', 'ciel'],
    ['courage2 courage', 'courage', 'courage'],
    ['La douceur est la véritable pugnacité.', 'Pugnacité', 'pugnacité'],
    ['prise  de\nrisque', 'Prise de risque', 'prise  de\nrisque'],
    ['ﬁdélité', 'fidelite', 'ﬁdélité'],
    ['a½ b', 'a1', 'a½'],
    ['𝒜 courage 𝒜', 'courage', 'courage'],
    ['𝒜courage', 'courage', undefined],
    ['勇気を持つ', '勇気', undefined],
    ['nothing here', 'courage', undefined],
    ['some text', '', undefined],
    ['some text', '   ', undefined],
  ];
  for (const [text, word, slice] of table) {
    it(`${JSON.stringify(word)} in ${JSON.stringify(text)} → ${JSON.stringify(slice)}`, () => {
      const found = findWord(text, word);
      if (slice === undefined) {
        expect(found).to.equal(undefined);
      } else {
        expect(found).to.not.equal(undefined);
        expect(text.slice(found!.start, found!.end)).to.equal(slice);
      }
    });
  }

  it('returns the first whole-word occurrence, skipping partial ones', () => {
    const text = 'Courageux, le courage paie ; courage !';
    expect(findWord(text, 'courage')).to.deep.equal({ start: 14, end: 21 });
  });
});
