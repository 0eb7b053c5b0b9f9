/** The Value quotes block: the quotes form, the display choices, the live element, the saved HTML. */
import metadata from '../blocks/value-quotes/block.json';
import { QUOTES_SECTION } from '../../tools/fields.js';
import { QUOTES_CHOICES } from './choices.js';
import { registerElementBlock, type ElementBlock } from './element-block.js';
import { quotesMarkup, quotesOf, type QuotesBlockAttributes } from './markup.js';
import type { WordPressApi } from './wordpress-globals.js';

export const QUOTES_BLOCK: ElementBlock<QuotesBlockAttributes> = {
  metadata,
  choices: QUOTES_CHOICES,
  sections: [QUOTES_SECTION],
  emptyText: 'Add a quote to see it here.',
  // The block stores the list alone: the form edits an object holding it.
  formValue: (attributes) => ({ quotes: attributes.quotes }),
  formChange: (value) => ({ quotes: value.quotes as QuotesBlockAttributes['quotes'] }),
  check: (attributes) => ({ problems: quotesOf(attributes).problems }),
  markup: quotesMarkup,
};

export const registerQuotesBlock = (wp: WordPressApi) => registerElementBlock(wp, QUOTES_BLOCK);
