/**
 * Pages that are hard on the elements: storage that throws, tag names another library took
 * first. The elements work as far as the page lets them, and never throw.
 */
import { expect } from '@open-wc/testing';
import { openFrame, type Frame } from '../helpers/frame.js';

const QUOTES = `<value-quote controls="full">
  <figure data-value="Persévérance"><blockquote>La persévérance gagne le succès.</blockquote><figcaption>Michel Dupuy</figcaption></figure>
  <figure data-value="Rigueur"><blockquote>La rigueur vient toujours à bout de l’obstacle.</blockquote><figcaption>Léonard de Vinci</figcaption></figure>
</value-quote>`;

type Quote = HTMLElement & { updateComplete: Promise<unknown>; paused?: boolean; index: number };

describe('a hostile page', () => {
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  it('whose sessionStorage throws: the quotes render, and the reader’s pause still holds on this page', async () => {
    frame = await openFrame(QUOTES);
    // As privacy settings and sandboxed frames do: every use of the storage throws.
    Object.defineProperty(frame.win, 'sessionStorage', {
      get: () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    await frame.addScript('/dist/success-story.js');
    const quote = frame.doc.querySelector('value-quote') as Quote;
    await quote.updateComplete;
    expect(quote.shadowRoot!.textContent).to.contain('La persévérance gagne le succès.');
    quote.shadowRoot!.querySelector<HTMLButtonElement>('[part~=pause]')!.click();
    await quote.updateComplete;
    expect(quote.paused).to.equal(true);
    quote.shadowRoot!.querySelector<HTMLButtonElement>('[part~=next]')!.click();
    await quote.updateComplete;
    expect(quote.index).to.equal(1);
    expect(frame.win.errors).to.deep.equal([]);
  });

  it('that took both tag names first: the bundle defines nothing, throws nothing, and leaves the page’s elements alone', async () => {
    frame = await openFrame(`${QUOTES}<success-story heading="Alibaba"></success-story>`);
    const script = frame.doc.createElement('script');
    script.textContent = `
      customElements.define('value-quote', class extends HTMLElement { connectedCallback() { this.dataset.owner = 'page'; } });
      customElements.define('success-story', class extends HTMLElement { connectedCallback() { this.dataset.owner = 'page'; } });`;
    frame.doc.head.append(script);
    const pageClasses = ['value-quote', 'success-story'].map((tag) => frame!.win.customElements.get(tag));
    await frame.addScript('/dist/success-story.js');
    await frame.addScript('/dist/success-story.iife.js', 'classic');
    expect(['value-quote', 'success-story'].map((tag) => frame!.win.customElements.get(tag))).to.deep.equal(pageClasses);
    for (const element of frame.doc.querySelectorAll('value-quote, success-story')) {
      expect((element as HTMLElement).dataset.owner).to.equal('page');
      expect(element.shadowRoot).to.equal(null);
    }
    expect(frame.win.errors).to.deep.equal([]);
  });

  it('that took <value-quote> only: stories still render, with the page’s element where the quotes go', async () => {
    frame = await openFrame('<success-story heading="Alibaba" kicker="Success story"></success-story>');
    const script = frame.doc.createElement('script');
    script.textContent = `customElements.define('value-quote', class extends HTMLElement {});`;
    frame.doc.head.append(script);
    await frame.addScript('/dist/success-story.js');
    const story = frame.doc.querySelector('success-story') as HTMLElement & { updateComplete: Promise<unknown>; story: unknown };
    story.story = { title: 'Alibaba', quotes: [{ text: 'La persévérance gagne le succès.' }] };
    await story.updateComplete;
    expect(story.shadowRoot!.querySelector('[part~=title]')!.textContent).to.equal('Alibaba');
    expect(story.shadowRoot!.querySelector('value-quote')).to.not.equal(null);
    expect(frame.win.errors).to.deep.equal([]);
  });
});
