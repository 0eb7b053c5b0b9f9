/**
 * Every text path is linear in its input: data from a CMS or a feed can be long, and a reader's
 * tab must never hang on it. Each path runs on fields of 1 KB, 64 KB and 1 MB in one test, and
 * fails when the time grows much faster than the size: the ratios of one run are compared,
 * never absolute times (a quadratic path grows 64 times faster than the size here).
 */
import { expect } from '@open-wc/testing';
import { findWord, fold } from '../../src/data/text-match.js';
import { validateDocument, validateQuotes } from '../../src/data/validate.js';
import { safeUrl } from '../../src/data/url-policy.js';
import { readLightDomQuotes } from '../../src/data/light-dom.js';
import { storyHtml } from '../../src/html/render-html.js';
import { countWords } from '../../src/value-quote/timing.js';

const SIZES = [1 << 10, 1 << 16, 1 << 20];
// Linear time grows with the size (64 times, then 1,024 times the smallest). Ten times that
// leaves room for a busy machine, the garbage collector and a 1 MB string that no longer fits
// the CPU's caches (the browser's own URL parser grows about 7 times faster than the size
// there); a quadratic path still overshoots it, by 6 times then 100 times.
const SLACK = 10;

/**
 * Milliseconds one call of `work` takes: averaged over as many calls as 30 ms allow, and the
 * least of three such rounds, so a pause of the machine or the collector counts once at most.
 */
function timePerCall(work: () => void): number {
  const rounds = [0, 1, 2].map(() => {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    do {
      work();
      calls++;
      elapsed = performance.now() - start;
    } while (elapsed < 30);
    return elapsed / calls;
  });
  return Math.min(...rounds);
}

/** Text of about `size` characters, words and spaces with a few accents, ending without the value. */
const longText = (size: number) => 'la persévérance gagne '.repeat(Math.ceil(size / 22)).slice(0, size);

/** Checks that `path` run on each size takes time in proportion to it. */
function expectLinear(name: string, path: (text: string) => unknown): void {
  const times = SIZES.map((size) => {
    const text = longText(size);
    return timePerCall(() => path(text));
  });
  // Each size against the smallest: a quadratic path overshoots by 6 times, then by 100 times.
  for (let i = 1; i < SIZES.length; i++) {
    const growth = SIZES[i] / SIZES[0];
    const ratio = times[i] / times[0];
    expect(ratio, `${name}: ${SIZES[0]} → ${SIZES[i]} characters took ${times[0].toFixed(3)} → ${times[i].toFixed(3)} ms`).to.be.below(growth * SLACK);
  }
}

describe('text paths take time in proportion to their input', function () {
  // The 1 MB value match takes about a second on a slow machine.
  this.timeout(30_000);

  it('value matching, when the value is absent and when it comes last', () => {
    expectLinear('findWord, absent', (text) => findWord(text, 'courage'));
    expectLinear('findWord, at the end', (text) => findWord(`${text} courage`, 'Courage'));
  });

  it('folding and word counting', () => {
    expectLinear('fold', fold);
    expectLinear('countWords', (text) => countWords(text, 'fr'));
  });

  it('validation of a quote, a story and a link', () => {
    expectLinear('validateQuotes', (text) => validateQuotes([{ text, author: text, value: text }]));
    expectLinear('validateDocument', (text) => validateDocument({ title: text, summary: [text, text], subject: { name: text } }));
    expectLinear('safeUrl', (text) => safeUrl(`https://example.com/?q=${text}`));
    expectLinear('safeUrl, entities', (text) => safeUrl(`javascript${'&#58;'.repeat(text.length / 5)}`));
  });

  it('reading quotes written as HTML', () => {
    const host = document.createElement('div');
    expectLinear('readLightDomQuotes', (text) => {
      host.replaceChildren();
      const figure = host.appendChild(document.createElement('figure'));
      figure.setAttribute('data-value', 'Courage');
      figure.appendChild(document.createElement('blockquote')).textContent = text;
      figure.appendChild(document.createElement('figcaption')).textContent = 'Georges Clemenceau';
      readLightDomQuotes(host);
    });
  });

  it('the crawlable HTML of a story', () => {
    expectLinear('storyHtml', (text) => storyHtml({ title: text, summary: [text], quotes: [{ text, author: 'A' }] }));
  });
});
