import { ValueQuote } from './value-quote/value-quote.js';
import { defineOnce } from './internal/define.js';

defineOnce('value-quote', ValueQuote);

export { ValueQuote };
export type { QuoteChangeDetail, QuotesLoadDetail, QuotesErrorDetail } from './value-quote/value-quote.js';

declare global {
  interface HTMLElementTagNameMap {
    'value-quote': ValueQuote;
  }
}
