import { ValueQuote } from './value-quote/value-quote.js';
import { defineOnce } from './internal/define.js';

defineOnce('value-quote', ValueQuote);

export { ValueQuote };

declare global {
  interface HTMLElementTagNameMap {
    'value-quote': ValueQuote;
  }
}
