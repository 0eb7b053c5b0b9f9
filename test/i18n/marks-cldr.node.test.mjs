// The quotation marks the elements ship (dist/esm/i18n/marks.js, built) against CLDR's own data
// (the cldr-misc-full package): every language in the table, and the languages that rely on the
// default “” ‘’, must match CLDR's primary and alternate marks, French's documented exception aside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { quoteMarks } from '../../dist/esm/i18n/marks.js';

const require = createRequire(import.meta.url);
const cldr = (tag) => {
  const { delimiters } = require(`cldr-misc-full/main/${tag}/delimiters.json`).main[tag];
  return delimiters.quotationStart + delimiters.quotationEnd + delimiters.alternateQuotationStart + delimiters.alternateQuotationEnd;
};

const LISTED = ['fr-CA', 'fr-CH', 'it', 'pt-PT', 'el', 'ca', 'de', 'cs', 'sk', 'hr', 'sl', 'et', 'nl', 'pl', 'ro',
  'ar', 'he', 'sv', 'fi', 'ja', 'zh-Hant', 'ru', 'uk', 'nb', 'no', 'hu', 'bg', 'lt'];
const BY_DEFAULT = ['en', 'en-GB', 'es', 'pt', 'zh', 'da', 'tr', 'ko', 'hi', 'id', 'vi', 'th', 'lv', 'ms', 'sw', 'de-CH', 'de-AT'];

test(`the marks of ${LISTED.length + BY_DEFAULT.length} tags are CLDR's`, () => {
  for (const tag of [...LISTED, ...BY_DEFAULT]) assert.equal(quoteMarks(tag), cldr(tag), tag);
});

test('French: CLDR repeats « » for nested quotes; the elements use “ ” so they stand out', () => {
  assert.equal(cldr('fr'), '«»«»');
  assert.equal(quoteMarks('fr'), '«»“”');
});
