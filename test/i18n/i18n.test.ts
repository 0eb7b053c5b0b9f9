import { expect, fixture, html } from '@open-wc/testing';
import { quoteMarks } from '../../src/i18n/marks.js';
import { resolveLang, supportedLang } from '../../src/i18n/lang.js';
import { stringsFor } from '../../src/i18n/strings.js';
import { en } from '../../src/i18n/en.js';
import { fr } from '../../src/i18n/fr.js';

describe('i18n.quoteMarks', () => {
  const table: [string, string, string][] = [
    ['en', '“', '”'],
    ['en-GB', '“', '”'],
    ['fr', '«\u202f', '\u202f»'],
    ['fr-CA', '«\u202f', '\u202f»'],
    ['FR', '«\u202f', '\u202f»'],
    ['de', '„', '“'],
    ['de-CH', '«', '»'],
    ['es', '«', '»'],
    ['it', '«', '»'],
    ['pt', '«', '»'],
    ['pt-BR', '“', '”'],
    ['nl', '“', '”'],
    ['pl', '„', '”'],
    ['ru', '«', '»'],
    ['ja', '「', '」'],
    ['zh', '“', '”'],
    ['zh-TW', '「', '」'],
    ['ar', '«', '»'],
    ['xx', '“', '”'],
    ['', '“', '”'],
  ];
  for (const [tag, open, close] of table) {
    it(`${tag || '(empty)'} → ${open}…${close}`, () => {
      expect(quoteMarks(tag)).to.deep.equal([open, close]);
    });
  }
});

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
});

describe('i18n.strings', () => {
  it('picks the table by primary subtag, English otherwise', () => {
    expect(supportedLang('fr-BE')).to.equal('fr');
    expect(supportedLang('de')).to.equal('en');
    expect(supportedLang(undefined)).to.equal('en');
    expect(stringsFor('fr')).to.equal(fr);
    expect(stringsFor('ja')).to.equal(en);
  });

  it('every table has every key, with the same kinds of values', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) expect(typeof fr[key], key).to.equal(typeof en[key]);
    expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
  });

  it('formats positions and translation notes', () => {
    expect(en.position(2, 4)).to.equal('2 of 4');
    expect(fr.position(2, 4)).to.equal('2 sur 4');
    expect(en.translatedFrom('French')).to.equal('Translated from French');
    expect(fr.translatedFrom('français')).to.equal('Traduit du français');
    expect(fr.translatedFrom('anglais')).to.equal('Traduit de l’anglais');
    expect(fr.translatedFrom('hébreu')).to.equal('Traduit de l’hébreu');
    expect(fr.translatedFrom('hongrois')).to.equal('Traduit du hongrois');
    expect(en.translatedFrom()).to.equal('Translated');
  });
});
