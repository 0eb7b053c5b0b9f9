import { expect } from '@open-wc/testing';
import { nextIndex, startBag, type Order } from '../../src/value-quote/rotation.js';
import { countWords, period } from '../../src/value-quote/timing.js';

/** A repeatable "random" source. */
const seeded = (seed = 42) => () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;

describe('rotation.nextIndex', () => {
  const cases: [Order, number, number, number][] = [
    ['sequence', 0, 4, 1],
    ['sequence', 3, 4, 0],
    ['sequence', 0, 1, 0],
    ['random', 0, 1, 0],
    ['shuffle', 0, 1, 0],
  ];
  for (const [order, i, n, expected] of cases) {
    it(`${order}: after ${i} of ${n} comes ${expected}`, () => {
      expect(nextIndex(order, i, n, [])).to.equal(expected);
    });
  }

  it('random never repeats the quote shown and reaches every other one', () => {
    const rnd = seeded();
    const seen = new Set<number>();
    let i = 0;
    for (let k = 0; k < 200; k++) {
      const j = nextIndex('random', i, 5, [], rnd);
      expect(j).to.not.equal(i);
      expect(j).to.be.within(0, 4);
      seen.add(j);
      i = j;
    }
    expect(seen.size).to.equal(5);
  });

  it('shuffle shows every quote once per cycle, starting cycles without a repeat', () => {
    const rnd = seeded(7);
    const n = 6;
    let i = 2;
    const bag = startBag(i, n, rnd);
    const shownOrder = [i];
    for (let k = 1; k < n * 20; k++) shownOrder.push((i = nextIndex('shuffle', i, n, bag, rnd)));
    for (let c = 0; c < 20; c++) {
      const cycle = shownOrder.slice(c * n, c * n + n);
      expect([...cycle].sort()).to.deep.equal([0, 1, 2, 3, 4, 5], `cycle ${c}: ${cycle}`);
    }
    for (let k = 1; k < shownOrder.length; k++) expect(shownOrder[k]).to.not.equal(shownOrder[k - 1]);
  });

  it('startBag holds every quote but the first', () => {
    expect(startBag(1, 4).sort()).to.deep.equal([0, 2, 3]);
    expect(startBag(0, 1)).to.deep.equal([]);
  });
});

describe('timing', () => {
  const none = () => expect.fail('no warning expected');

  it('counts words with Intl.Segmenter, in languages without spaces too', () => {
    expect(countWords('La persévérance gagne le succès.', 'fr')).to.equal(5);
    expect(countWords('Il faut d’abord savoir', 'fr')).to.equal(4);
    expect(countWords('坚持就是胜利', 'zh')).to.be.greaterThan(1);
  });

  const table: [unknown, number][] = [
    [7000, 7000],
    [2000, 2000],
    [1999, 2000],
    [0, 2000],
    [-5, 2000],
    ['3500', 3500],
    [12000, 12000],
  ];
  for (const [interval, ms] of table) {
    it(`interval ${JSON.stringify(interval)} gives ${ms} ms`, () => {
      expect(period(interval, 'text', 'en', none)).to.equal(ms);
    });
  }

  it('auto is exactly max(5000, 3000 + 300 × words)', () => {
    expect(period('auto', 'one two three', 'en', none)).to.equal(5000);
    const words = Array.from({ length: 20 }, (_, k) => `w${k}`).join(' ');
    expect(period('auto', words, 'en', none)).to.equal(3000 + 300 * 20);
    expect(period('auto', `${words} a b c`, 'en', none)).to.equal(3000 + 300 * 23);
  });

  for (const bad of ['abc', '', 'NaN', Infinity, '7 s', null]) {
    it(`interval ${String(bad)} falls back to 7000 with a warning`, () => {
      const said: string[] = [];
      expect(period(bad, 'text', 'en', (m) => said.push(m))).to.equal(7000);
      expect(said).to.have.length(1);
      expect(said[0]).to.contain('interval');
    });
  }
});
