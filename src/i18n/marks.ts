import { lookupTags } from './lang.js';

// Quotation marks from CLDR 48 (`delimiters`: quotationStart, quotationEnd,
// alternateQuotationStart, alternateQuotationEnd), four marks before the tags that use them.
// Any language not listed gets “” ‘’, which CLDR gives English, Spanish, Portuguese, Chinese,
// Danish, Turkish, Korean, Hindi, Indonesian, Vietnamese, Thai, Latvian and others.
// One exception: CLDR's alternate marks for French repeat its « », so a quote inside a French
// quote would not stand out; it takes “ ” instead, as the Imprimerie nationale recommends.
const MARKS =
  '«»“”:fr it pt-pt el ca|«»”“:fr-ca|«»‹›:fr-ch|„“‚‘:de cs sk hr sl et|‘’‘’:nl|„”«»:pl ro|”“’‘:ar|””’’:he sv fi|' +
  '「」『』:ja zh-hant|«»„“:ru uk|«»‘’:nb no|„”»«:hu|„“„“:bg lt';

// The table as marks by tag, built once: every quote of every element asks at every render.
const MARKS_BY_TAG: Record<string, string> = Object.create(null);
for (const group of MARKS.split('|')) for (const tag of group.slice(5).split(' ')) MARKS_BY_TAG[tag] = group.slice(0, 4);

/**
 * The marks of a language: opening, closing, then the alternate opening and closing marks that
 * a quote inside a quote takes. Looked up by the tag, its language and script, its language.
 */
export const quoteMarks = (tag: string): string =>
  lookupTags(tag).map((candidate) => MARKS_BY_TAG[candidate]).find(Boolean) ?? '“”‘’';
