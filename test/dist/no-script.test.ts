/**
 * The page stylesheet without scripting: a frame sandboxed without `allow-scripts` runs no script
 * and matches `@media (scripting: none)`, as a reader with JavaScript off would. Every fallback
 * quote is then readable, and a story with nothing inside draws no empty frame. With scripting
 * on, before the bundle arrives, the quotes wait in one cell as the upgraded element shows them.
 */
import { expect } from '@open-wc/testing';

const PAGE = `<!doctype html><html lang="fr"><head>
  <link rel="stylesheet" href="${new URL('/dist/success-story.css', location.href).href}">
</head><body style="margin: 0; inline-size: 360px">
  <value-quote id="quotes">
    <figure data-value="Persévérance"><blockquote>La persévérance gagne le succès.</blockquote><figcaption>Michel Dupuy</figcaption></figure>
    <figure data-value="Rigueur"><blockquote>La rigueur vient toujours à bout de l’obstacle.</blockquote><figcaption>Léonard de Vinci</figcaption></figure>
    <figure data-value="Courage"><blockquote>Il faut d’abord savoir ce que l’on veut.</blockquote><figcaption>Georges Clemenceau</figcaption></figure>
  </value-quote>
  <success-story id="empty" src="/demo/data/alibaba.json"></success-story>
  <value-quote id="bare" text="Une citation donnée en attribut."></value-quote>
  <p id="after">La suite de la page.</p>
</body></html>`;

/** Opens the page in a frame that runs scripts or not; the test reads its layout either way. */
async function openPage(scripting: boolean): Promise<{ doc: Document; remove(): void }> {
  const iframe = document.createElement('iframe');
  iframe.style.inlineSize = '360px';
  iframe.style.blockSize = '800px';
  // allow-same-origin alone: the test can read the frame, the frame can run nothing.
  if (!scripting) iframe.sandbox.add('allow-same-origin');
  iframe.srcdoc = PAGE;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  // The stylesheet is in the head, so it has loaded with the page.
  expect(doc.styleSheets.length).to.equal(1);
  return { doc, remove: () => iframe.remove() };
}

const figuresOf = (doc: Document) => [...doc.querySelectorAll<HTMLElement>('#quotes > figure')];

describe('dist/success-story.css with scripting off and on', () => {
  it('scripting off: every quote is visible, one after another, and empty elements take no room', async () => {
    const page = await openPage(false);
    try {
      expect(page.doc.defaultView!.matchMedia('(scripting: none)').matches).to.equal(true);
      const figures = figuresOf(page.doc);
      expect(figures.map((figure) => getComputedStyle(figure).visibility)).to.deep.equal(['visible', 'visible', 'visible']);
      const tops = figures.map((figure) => figure.getBoundingClientRect().top);
      expect(tops[1]).to.be.greaterThan(figures[0].getBoundingClientRect().bottom - 1);
      expect(tops[2]).to.be.greaterThan(figures[1].getBoundingClientRect().bottom - 1);
      // No room kept for controls that will never come: the element ends with its last quote.
      const quotes = page.doc.getElementById('quotes')!;
      expect(quotes.getBoundingClientRect().bottom).to.be.closeTo(figures[2].getBoundingClientRect().bottom, 1);
      expect(page.doc.getElementById('empty')!.getBoundingClientRect().height).to.equal(0);
      expect(page.doc.getElementById('bare')!.getBoundingClientRect().height).to.equal(0);
    } finally {
      page.remove();
    }
  });

  it('scripting on, before the bundle: the quotes wait in one cell, the first one shown, room kept for the controls', async () => {
    const page = await openPage(true);
    try {
      const figures = figuresOf(page.doc);
      expect(figures.map((figure) => getComputedStyle(figure).visibility)).to.deep.equal(['visible', 'hidden', 'hidden']);
      // One cell, each quote in its middle: the same vertical centre for all.
      const middles = figures.map((figure) => Math.round(figure.getBoundingClientRect().top + figure.getBoundingClientRect().height / 2));
      expect(new Set(middles).size).to.equal(1);
      const quotes = page.doc.getElementById('quotes')!;
      const tallest = Math.max(...figures.map((figure) => figure.getBoundingClientRect().bottom));
      expect(quotes.getBoundingClientRect().bottom).to.be.greaterThan(tallest + 20);
    } finally {
      page.remove();
    }
  });
});
