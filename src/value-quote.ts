import { ValueQuote } from './value-quote/value-quote.js';
import { defineOnce } from './internal/define.js';

defineOnce('value-quote', ValueQuote);

export { ValueQuote };
export { registerStrings } from './i18n/strings.js';
export type { StringTable } from './i18n/strings.js';
export type { Message, PluralForms } from './i18n/messages.js';
export type { QuoteChangeDetail, QuotesLoadDetail, QuotesErrorDetail } from './value-quote/value-quote.js';

declare global {
  interface HTMLElementTagNameMap {
    'value-quote': ValueQuote;
  }
}
