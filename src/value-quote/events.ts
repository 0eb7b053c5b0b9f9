import type { Quote } from '../data/types.js';

/** `quote-change`: the quote on show changed (not on first render). */
export interface QuoteChangeDetail {
  index: number;
  quote: Quote;
}

/** `quotes-load`: a data set was accepted, whatever its source. */
export interface QuotesLoadDetail {
  quotes: Quote[];
}

/** `quotes-error`: data was rejected, in whole or in part. */
export interface QuotesErrorDetail {
  error: Error;
}

declare global {
  interface HTMLElementEventMap {
    'quote-change': CustomEvent<QuoteChangeDetail>;
    'quotes-load': CustomEvent<QuotesLoadDetail>;
    'quotes-error': CustomEvent<QuotesErrorDetail>;
  }
}
