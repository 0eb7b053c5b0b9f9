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

/**
 * The marks of a language: opening, closing, then the alternate opening and closing marks that
 * a quote inside a quote takes. Looked up by the tag, its language and script, its language.
 */
export function quoteMarks(tag: string): string {
  for (const candidate of lookupTags(tag)) {
    const entry = MARKS.split('|').find((group) => group.slice(5).split(' ').includes(candidate));
    if (entry) return entry.slice(0, 4);
  }
  return '“”‘’';
}
