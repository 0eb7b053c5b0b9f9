export { stringsFor, type Strings, type UiLang } from './strings.js';
export { resolveLang, supportedLang, primary } from './lang.js';
export { quoteMarks } from './marks.js';
