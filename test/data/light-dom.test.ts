import { expect, fixture, html } from '@open-wc/testing';
import { readLightDomQuotes } from '../../src/data/light-dom.js';

const URL_DROPPED = 'URL dropped (only http:, https:, mailto: and relative URLs are allowed)';

async function read(markup: ReturnType<typeof html>) {
  const host = await fixture<HTMLElement>(html`<div>${markup}</div>`);
  const warnings: string[] = [];
  return { quotes: readLightDomQuotes(host, { onWarning: (w) => warnings.push(w) }), warnings };
}

describe('readLightDomQuotes', () => {
  it('reads figures: text, author, value, cite, lang', async () => {
    const { quotes, warnings } = await read(html`
      <figure data-value="Persévérance">
        <blockquote cite="https://quotes.example/dupuy" lang="fr">
          La persévérance gagne le succès.
        </blockquote>
        <figcaption>Michel Dupuy</figcaption>
      </figure>
      <figure data-value="Courage" lang="fr">
        <blockquote>Il faut d'abord savoir ce que l'on veut</blockquote>
        <figcaption>Georges <b>Clemenceau</b></figcaption>
      </figure>
    `);
    expect(quotes).to.deep.equal([
      { text: 'La persévérance gagne le succès.', author: 'Michel Dupuy', value: 'Persévérance', cite: 'https://quotes.example/dupuy', lang: 'fr' },
      { text: "Il faut d'abord savoir ce que l'on veut", author: 'Georges Clemenceau', value: 'Courage', lang: 'fr' },
    ]);
    expect(warnings).to.deep.equal([]);
  });

  it('prefers the blockquote\'s lang to the figure\'s', async () => {
    const { quotes } = await read(html`<figure lang="en"><blockquote lang="fr">Oui</blockquote></figure>`);
    expect(quotes).to.deep.equal([{ text: 'Oui', lang: 'fr' }]);
  });

  it('reads the original of a translation', async () => {
    const { quotes } = await read(html`
      <figure data-value="Perseverance" data-original="La persévérance gagne le succès." data-original-lang="fr">
        <blockquote lang="en">Perseverance wins success.</blockquote>
        <figcaption>Michel Dupuy</figcaption>
      </figure>
      <figure><blockquote data-original="Oui">Yes</blockquote></figure>
    `);
    expect(quotes).to.deep.equal([
      { text: 'Perseverance wins success.', author: 'Michel Dupuy', value: 'Perseverance', lang: 'en',
        original: { text: 'La persévérance gagne le succès.', lang: 'fr' } },
      { text: 'Yes', original: { text: 'Oui' } },
    ]);
  });

  it('collapses HTML whitespace but keeps no-break spaces', async () => {
    const { quotes } = await read(html`<figure><blockquote>
        «\u202fLa   rigueur\n\tvient\u00a0toujours\u202f»
      </blockquote><figcaption>  Léonard   de Vinci </figcaption></figure>`);
    expect(quotes).to.deep.equal([{ text: '«\u202fLa rigueur vient\u00a0toujours\u202f»', author: 'Léonard de Vinci' }]);
  });

  it('reads markup as text, never as HTML', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const figure = document.createElement('figure');
    const bq = document.createElement('blockquote');
    bq.textContent = '<img src=x onerror=alert(1)>';
    figure.append(bq);
    host.append(figure);
    expect(readLightDomQuotes(host)).to.deep.equal([{ text: '<img src=x onerror=alert(1)>' }]);
  });

  it('reads bare blockquotes with a <cite> after them or inside them', async () => {
    const { quotes } = await read(html`
      <blockquote cite="/sources/vinci" data-value="Rigueur">La rigueur vient toujours à bout de l'obstacle.</blockquote>
      <cite>Léonard de Vinci</cite>
      <blockquote lang="fr">La persévérance gagne le succès. — <cite>Michel Dupuy</cite></blockquote>
      <blockquote><p>La douceur est la véritable pugnacité.</p><footer>— <cite>Gretel Ehrlich</cite></footer></blockquote>
      <blockquote>Sans auteur.</blockquote>
    `);
    expect(quotes).to.deep.equal([
      { text: "La rigueur vient toujours à bout de l'obstacle.", author: 'Léonard de Vinci', value: 'Rigueur', cite: '/sources/vinci' },
      { text: 'La persévérance gagne le succès.', author: 'Michel Dupuy', lang: 'fr' },
      { text: 'La douceur est la véritable pugnacité.', author: 'Gretel Ehrlich' },
      { text: 'Sans auteur.' },
    ]);
  });

  it('drops unsafe cite URLs with a warning, keeping the quote', async () => {
    const { quotes, warnings } = await read(html`
      <figure><blockquote cite="javascript:alert(1)">One</blockquote></figure>
      <blockquote cite=" JaVaScRiPt&colon;alert(1)">Two</blockquote>
    `);
    expect(quotes).to.deep.equal([{ text: 'One' }, { text: 'Two' }]);
    expect(warnings).to.deep.equal([`[0].cite: ${URL_DROPPED}`, `[1].cite: ${URL_DROPPED}`]);
  });

  it('skips quotes without text and figures without a blockquote', async () => {
    const { quotes } = await read(html`
      <figure data-value="Courage"><blockquote>   </blockquote><figcaption>Nobody</figcaption></figure>
      <figure><img alt="A photo"><figcaption>A photo</figcaption></figure>
      <figure><blockquote>Kept</blockquote></figure>
    `);
    expect(quotes).to.deep.equal([{ text: 'Kept' }]);
  });

  it('reads direct children only', async () => {
    const { quotes } = await read(html`
      <div><figure><blockquote>Nested</blockquote></figure></div>
      <section><blockquote>Also nested</blockquote></section>
      <figure><blockquote>Direct</blockquote></figure>
    `);
    expect(quotes).to.deep.equal([{ text: 'Direct' }]);
  });

  it('returns an empty list for an empty host, without a callback', async () => {
    const host = await fixture<HTMLElement>(html`<div>Just text</div>`);
    expect(readLightDomQuotes(host)).to.deep.equal([]);
  });
});
