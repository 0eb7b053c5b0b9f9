import { expect, fixture, html } from '@open-wc/testing';
import { lookupTags, resolveLang } from '../../src/i18n/lang.js';
import { registerStrings, stringsFor, supportedLang, type Strings } from '../../src/i18n/strings.js';
import { en } from '../../src/i18n/en.js';
import { storyStrings } from '../../src/i18n/story.js';
import '../../src/success-story.js';
// Each locale file puts its table on the page-wide queue, which the registry reads.
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

const LANGUAGES = ['fr', 'en', 'de', 'es', 'it', 'pt', 'nl', 'pl', 'ar', 'he', 'ja', 'zh'];

/** Every string of a language with sample arguments, as the templates would show them. */
const everyString = (strings: Strings): string[] =>
  Object.values({
    ...strings,
    quotesOf: strings.quotesOf('A, B'),
    position: strings.position(2, 4),
    goTo: strings.goTo(3),
    translatedFrom: strings.translatedFrom('x'),
    translatedUnknown: strings.translatedFrom(),
    values: strings.values(1),
    milestones: strings.milestones(5),
  }) as string[];

describe('i18n.resolveLang', () => {
  it('reads the element, then its ancestors, skipping empty lang, else en', async () => {
    const root = await fixture<HTMLElement>(html`<div lang="fr"><p lang=""><span id="s"></span></p></div>`);
    expect(resolveLang(root.querySelector('#s')!)).to.equal('fr');
    root.querySelector('#s')!.setAttribute('lang', 'de');
    expect(resolveLang(root.querySelector('#s')!)).to.equal('de');
    const lone = document.createElement('span');
    expect(resolveLang(lone)).to.equal('en');
  });

  it('crosses shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<section lang="fr-CA"><div></div></section>`);
    const shadow = host.querySelector('div')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('em');
    shadow.append(inner);
    expect(resolveLang(inner)).to.equal('fr-CA');
  });

  it('looks a tag up by itself, its language and likely script, then its language', () => {
    expect(lookupTags('zh-TW')).to.deep.equal(['zh-tw', 'zh-hant', 'zh']);
    expect(lookupTags('sr-ME')).to.deep.equal(['sr-me', 'sr-latn', 'sr']);
    // A language written in one script is not looked up by it.
    expect(lookupTags('fr-CA')).to.deep.equal(['fr-ca', 'fr']);
    expect(lookupTags('fr')).to.deep.equal(['fr']);
    expect(lookupTags('en_US')).to.deep.equal(['en_us', 'en']);
  });
});

describe('i18n.strings', () => {
  it('has twelve languages, each with every key and nothing left undefined or unfilled', () => {
    for (const lang of LANGUAGES) {
      expect(supportedLang(lang), lang).to.equal(lang);
      for (const text of everyString(stringsFor(lang))) {
        expect(text, lang).to.be.a('string').and.not.match(/undefined|[{}]/);
        expect(text.trim(), lang).to.not.equal('');
      }
    }
    const tables = globalThis.successStoryStrings!.filter(([lang]) => !lang.includes('-'));
    expect(tables.map(([lang]) => lang).sort()).to.deep.equal(LANGUAGES.filter((lang) => lang !== 'en' && lang !== 'fr').sort());
    // "Translated" alone is only needed when the note is a message, not a function of its own.
    const keys = (table: object) => Object.keys({ translated: '', ...table }).sort();
    for (const [lang, table] of tables) expect(keys(table), lang).to.deep.equal(Object.keys({ ...en, ...storyStrings.en }).sort());
  });

  it('speaks each language', () => {
    const sample = (lang: string) => {
      const strings = stringsFor(lang);
      return [strings.pause, strings.position(2, 4), strings.values(2)];
    };
    expect(sample('en')).to.deep.equal(['Pause the quotes', '2 of 4', 'Values']);
    expect(sample('fr-BE')).to.deep.equal(['Mettre les citations en pause', '2 sur 4', 'Valeurs']);
    expect(sample('de-AT')).to.deep.equal(['Zitatwechsel anhalten', '2 von 4', 'Werte']);
    expect(sample('es')).to.deep.equal(['Pausar las citas', '2 de 4', 'Valores']);
    expect(sample('it')).to.deep.equal(['Metti in pausa le citazioni', '2 di 4', 'Valori']);
    expect(sample('pt-BR')).to.deep.equal(['Pausar as citações', '2 de 4', 'Valores']);
    expect(sample('nl')).to.deep.equal(['Citaten pauzeren', '2 van 4', 'Waarden']);
    expect(sample('pl')).to.deep.equal(['Wstrzymaj cytaty', '2 z 4', 'Wartości']);
    expect(sample('he')).to.deep.equal(['השהיית הציטוטים', '2 מתוך 4', 'ערכים']);
    expect(sample('ja')).to.deep.equal(['引用の切り替えを一時停止', '4件中2件目', '価値観']);
    expect(sample('zh')).to.deep.equal(['暂停引语轮播', '第 2 条，共 4 条', '价值观']);
  });

  it('counts in the language’s digits: "٢ من ٤" in Arabic, Latin digits in Morocco', () => {
    expect(stringsFor('ar').position(2, 4)).to.equal('٢ من ٤');
    expect(stringsFor('ar').goTo(3)).to.equal('الاقتباس ٣');
    expect(stringsFor('ar-MA').position(2, 4)).to.equal('2 من 4');
    expect(stringsFor('fr').position(1200, 1500)).to.equal('1\u202f200 sur 1\u202f500');
  });

  it('chooses plural forms with Intl.PluralRules, falling back to the "other" form', () => {
    const ar = stringsFor('ar');
    expect([1, 2, 3, 11, 100].map((count) => ar.values(count))).to.deep.equal(['القيمة', 'القيمتان', 'القيم', 'القيم', 'القيم']);
    expect([1, 2].map((count) => stringsFor('en').milestones(count))).to.deep.equal(['Milestone', 'Milestones']);
    expect([1, 2, 5].map((count) => stringsFor('fr').values(count))).to.deep.equal(['Valeur', 'Valeurs', 'Valeurs']);
    // Polish says "few" for 2 to 4; the table gives "one" and "other".
    expect([1, 2, 5].map((count) => stringsFor('pl').values(count))).to.deep.equal(['Wartość', 'Wartości', 'Wartości']);
  });

  it('names the original’s language with the grammar of each language', () => {
    const note = (lang: string, language?: string) => stringsFor(lang).translatedFrom(language);
    expect(note('en', 'French')).to.equal('Translated from French');
    expect(note('en')).to.equal('Translated');
    expect(note('fr', 'français')).to.equal('Traduit du français');
    expect(note('fr', 'anglais')).to.equal('Traduit de l’anglais');
    expect(note('fr', 'hébreu')).to.equal('Traduit de l’hébreu');
    expect(note('fr', 'hongrois')).to.equal('Traduit du hongrois');
    expect(note('de', 'Französisch')).to.equal('Aus dem Französischen übersetzt');
    expect(note('de')).to.equal('Übersetzt');
    expect(note('it', 'francese')).to.equal('Tradotto dal francese');
    expect(note('it', 'inglese')).to.equal('Tradotto dall’inglese');
    expect(note('it', 'spagnolo')).to.equal('Tradotto dallo spagnolo');
    expect(note('es', 'francés')).to.equal('Traducido del francés');
    expect(note('pl', 'francuski')).to.equal('Tłumaczenie z francuskiego');
    expect(note('he', 'צרפתית')).to.equal('תורגם מצרפתית');
    expect(note('ja', 'フランス語')).to.equal('フランス語から翻訳');
    expect(note('ar')).to.equal('مترجم');
  });

  it('a regional table overrides its language’s keys and keeps the rest', () => {
    expect(stringsFor('pt-PT').slide).to.equal('diapositivo');
    expect(stringsFor('pt-PT').next).to.equal('Citação seguinte');
    expect(stringsFor('pt-BR').slide).to.equal('slide');
    expect(stringsFor('zh-TW').pause).to.equal('暫停引語輪播');
    expect(stringsFor('zh-HK').milestones(2)).to.equal('里程碑');
    expect(stringsFor('zh-CN').pause).to.equal('暂停引语轮播');
  });

  it('a page’s own table: keys left out are English, never undefined; a later table replaces keys', () => {
    registerStrings('sw', { pause: 'Sitisha nukuu', position: '{n} kati ya {total}' });
    const sw = stringsFor('sw');
    expect(sw.pause).to.equal('Sitisha nukuu');
    expect(sw.position(2, 4)).to.equal('2 kati ya 4');
    expect(sw.next).to.equal('Next quote');
    expect(sw.values(3)).to.equal('Values');
    expect(sw.translatedFrom()).to.equal('Translated');
    expect(supportedLang('sw-KE')).to.equal('sw');
    registerStrings('SW', { pause: 'Simamisha nukuu', next: undefined });
    expect(stringsFor('sw').next).to.equal('Next quote');
    expect(stringsFor('sw').pause).to.equal('Simamisha nukuu');
    expect(stringsFor('sw').position(1, 2)).to.equal('1 kati ya 2');
  });

  it('an unknown or malformed language gets English', () => {
    for (const tag of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) {
      expect(stringsFor(tag).values(2), tag).to.equal('Values');
      expect(supportedLang(tag), tag).to.equal('en');
    }
    expect(stringsFor('tlh').pause).to.equal('Pause the quotes');
    expect(stringsFor('en_US').position(2, 4)).to.equal('2 of 4');
    expect(supportedLang(undefined)).to.equal('en');
    expect(supportedLang('tlh')).to.equal('en');
  });
});
