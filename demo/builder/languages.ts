/**
 * The languages the package ships as files of their own (`dist/locales/<lang>.js`; English and
 * French ship inside the elements). Their tables are loaded here too, so the builder writes a
 * story's plain-HTML headings in its language and the preview speaks it, as the site will once
 * the snippet loads the same file.
 */
import '../../src/i18n/locales/ar.js';
import '../../src/i18n/locales/de.js';
import '../../src/i18n/locales/es.js';
import '../../src/i18n/locales/he.js';
import '../../src/i18n/locales/it.js';
import '../../src/i18n/locales/ja.js';
import '../../src/i18n/locales/nl.js';
import '../../src/i18n/locales/pl.js';
import '../../src/i18n/locales/pt.js';
import '../../src/i18n/locales/zh.js';

/** Each language with a file of its own, by its primary subtag. */
export const LOCALE_FILES = ['ar', 'de', 'es', 'he', 'it', 'ja', 'nl', 'pl', 'pt', 'zh'];
