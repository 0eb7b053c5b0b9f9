import { html, expect, fixture } from '@open-wc/testing';
import { json, mount, shownText, shown, $, $$ } from '../helpers/value-quote-harness.js';
import type { ValueQuote } from '../../src/value-quote.js';

const ONE = json([{ text: 'Texte.', author: 'A' }, { text: 'Autre.' }]);

async function inLang(lang: string | null, quotes = ONE): Promise<ValueQuote> {
  const wrap = await fixture(lang === null ? html`<div><value-quote quotes=${quotes}></value-quote></div>` : html`<div lang=${lang}><value-quote quotes=${quotes}></value-quote></div>`);
  const el = wrap.querySelector('value-quote')!;
  await el.updateComplete;
  return el;
}

describe('value-quote languages and typography', () => {
  const marks: [string, string][] = [
    ['en', '“Texte.”'],
    ['fr', '«\u202fTexte.\u202f»'],
    ['fr-CA', '«\u202fTexte.\u202f»'],
    ['de', '„Texte.“'],
    ['es', '“Texte.”'],
    ['it', '«Texte.»'],
    ['pt', '“Texte.”'],
    ['nl', '‘Texte.’'],
    ['pl', '„Texte.”'],
    ['ru', '«Texte.»'],
    ['ja', '「Texte.」'],
    ['zh', '“Texte.”'],
    ['ar', '”Texte.“'],
    ['tlh', '“Texte.”'],
  ];
  for (const [lang, text] of marks) {
    it(`lang=${lang} quotes as ${text}`, async () => {
      expect(shownText(await inLang(lang))).to.equal(text);
    });
  }

  it('reads its own lang first, then the nearest ancestor’s; en without any', async () => {
    const el = await inLang('fr');
    el.setAttribute('lang', 'de');
    await el.updateComplete;
    expect(shownText(el)).to.equal('„Texte.“');
    expect(pauseLabel(await inLang(null))).to.equal('Pause the quotes');
  });

  it('ignores an empty lang', async () => {
    const wrap = await fixture(html`<div lang="fr"><div lang=""><value-quote lang="" quotes=${ONE}></value-quote></div></div>`);
    const el = wrap.querySelector('value-quote')!;
    await el.updateComplete;
    expect(shownText(el)).to.equal('«\u202fTexte.\u202f»');
    expect(pauseLabel(el)).to.equal('Mettre les citations en pause');
  });

  it('follows a language set across shadow roots', async () => {
    const host = await fixture<HTMLElement>(html`<article lang="fr"></article>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<section></section>';
    const el = document.createElement('value-quote');
    el.setAttribute('quotes', ONE);
    root.querySelector('section')!.append(el);
    await el.updateComplete;
    expect(shownText(el)).to.equal('«\u202fTexte.\u202f»');
    expect(el.getAttribute('aria-label')).to.equal('Citations');
  });

  it('an unsupported language gets English strings and “…” marks', async () => {
    const el = await inLang('sw');
    expect(shownText(el)).to.equal('“Texte.”');
    expect(pauseLabel(el)).to.equal('Pause the quotes');
  });

  it('sets a quote’s own lang on its text, and its cite on the blockquote with the author linked', async () => {
    const el = await inLang('en', json([{ text: 'La rigueur.', lang: 'fr', author: 'Léonard', cite: 'https://example.org/q' }, { text: 'B.' }]));
    const text = shown(el)!.querySelector('[part=text]')!;
    expect(text.getAttribute('lang')).to.equal('fr');
    expect(text.getAttribute('cite')).to.equal('https://example.org/q');
    expect(shown(el)!.querySelector('[part=author] a')!.getAttribute('href')).to.equal('https://example.org/q');
    expect(shownText(el), 'marks follow the element, not the quote').to.equal('“La rigueur.”');
  });
});

describe('value-quote highlight', () => {
  it('wraps the value word in <mark part="value">, accent and case insensitive', async () => {
    const el = await mount(html`<value-quote quotes=${json([{ text: 'Rien sans PERSEVERANCE, vraiment.', value: 'Persévérance' }, { text: 'B.' }])}></value-quote>`);
    const mark = $(el, '[part=text] mark[part=value]')!;
    expect(mark.textContent).to.equal('PERSEVERANCE');
    expect(shownText(el)).to.equal('“Rien sans PERSEVERANCE, vraiment.”');
  });

  it('leaves text without the word, and quotes without a value, unmarked', async () => {
    const el = await mount(html`<value-quote quotes=${json([{ text: 'Rien ici.', value: 'Courage' }, { text: 'Courage.' }])}></value-quote>`);
    expect($$(el, 'mark')).to.have.length(0);
  });

  it('highlight="off" disables it', async () => {
    const el = await mount(html`<value-quote highlight="off" quotes=${json([{ text: 'Le courage.', value: 'Courage' }, { text: 'B.' }])}></value-quote>`);
    expect($(el, 'mark')).to.not.exist;
    el.highlight = 'on';
    await el.updateComplete;
    expect($(el, 'mark')!.textContent).to.equal('courage');
  });

  it('filters by value, case and accent insensitive, comma-separated', async () => {
    const el = await mount(html`<value-quote value="perseverance, RIGUEUR" quotes=${json([
      { text: 'A.', value: 'Persévérance' }, { text: 'B.', value: 'Courage' }, { text: 'C.', value: 'Rigueur' }, { text: 'D.' },
    ])}></value-quote>`);
    expect($$(el, 'figure').map((f) => f.textContent!.trim())).to.deep.equal(['“A.”', '“C.”']);
  });
});

describe('value-quote translated quotes', () => {
  const translated = json([
    { text: 'Perseverance wins success.', value: 'Perseverance', lang: 'en', original: { text: 'La persévérance gagne le succès.', lang: 'fr' } },
    { text: 'B.' },
  ]);

  it('notes the translation and reveals the original with a real toggle button', async () => {
    const el = await inLang('en', translated);
    const note = shown(el)!.querySelector('[part=note]')!;
    expect(note.textContent).to.contain('Translated from French');
    const toggle = note.querySelector('button')!;
    const original = shown(el)!.querySelector<HTMLElement>('[part=original]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle.getAttribute('aria-controls')).to.equal(original.id);
    expect(original.hidden).to.equal(true);
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Hide original');
    expect(original.hidden).to.equal(false);
    expect(original.textContent).to.equal('La persévérance gagne le succès.');
    expect(original.getAttribute('lang')).to.equal('fr');
    expect(el.current!.original).to.deep.equal({ text: 'La persévérance gagne le succès.', lang: 'fr' });
  });

  it('is localized in French', async () => {
    const el = await inLang('fr', translated);
    expect(shown(el)!.querySelector('[part=note]')!.textContent).to.contain('Traduit du français');
    expect(shown(el)!.querySelector('[part=note] button')!.textContent!.trim()).to.equal('Voir l’original');
  });
});

function pauseLabel(el: ValueQuote): string | null {
  return el.shadowRoot!.querySelector('[part~=pause]')!.getAttribute('aria-label');
}
