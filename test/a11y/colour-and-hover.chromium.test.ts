/**
 * Use of colour (WCAG 1.4.1): links inside text are underlined and the current dot is filled
 * where the others are hollow, so neither is told by hue alone. Content on hover or focus
 * (1.4.13): pointing at the carousel or moving focus through it shows no new content (no
 * tooltip, no `title`), so there is nothing to dismiss and nothing that covers the quote.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { STORY, carouselOf, composedElements, inCarousel, mount, mountStory, visibleText } from './widgets.js';
import { json, QUOTES } from '../helpers/quotes.js';

const CITED = [{ ...QUOTES[0], cite: 'https://example.com/dupuy', original: { text: 'Perseverance wins success.', lang: 'en' } }, ...QUOTES.slice(1)];

/** The texts shown, in order, to compare before and after. */
const shownTexts = (host: Element) => visibleText(host).map(({ node }) => node.data.trim());

describe('use of colour and content on hover or focus (Chromium)', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => resetMouse());

  it('links inside text are underlined: the quote\'s author and the story\'s source', async () => {
    const quote = await mount<HTMLElement>(html`<value-quote quotes=${json(CITED)}></value-quote>`);
    const author = inCarousel(quote, '[part=author] a')[0];
    expect(getComputedStyle(author).textDecorationLine).to.equal('underline');
    const story = await mountStory();
    const source = story.shadowRoot!.querySelector('[part=source] a')!;
    expect(getComputedStyle(source).textDecorationLine).to.equal('underline');
  });

  it('the current dot is filled and the others hollow, whatever the colours', async () => {
    const quote = await mount<HTMLElement>(html`<value-quote controls="full" quotes=${json(QUOTES)} style="color: #000; --ss-accent: #000"></value-quote>`);
    const fills = inCarousel(quote, '[part~=dot]').map((dot) => getComputedStyle(dot, '::before').backgroundColor);
    expect(fills).to.deep.equal(['rgb(0, 0, 0)', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)']);
  });

  it('pointing at the carousel and its controls shows nothing new', async () => {
    const quote = await mount<HTMLElement>(html`<value-quote controls="full" quotes=${json(CITED)}></value-quote>`);
    const before = shownTexts(quote);
    for (const target of inCarousel(quote, '[part~=button], [part=toggle], [part=author] a')) {
      const box = target.getBoundingClientRect();
      await sendMouse({ type: 'move', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
      await carouselOf(quote).updateComplete;
      expect(shownTexts(quote), `pointing at ${target.getAttribute('part') ?? target.localName}`).to.deep.equal(before);
    }
    expect(composedElements(quote).filter((el) => el.hasAttribute('title')), 'no tooltip').to.deep.equal([]);
  });

  it('moving focus through a story shows nothing new', async () => {
    const page = await fixture<HTMLElement>(html`<div><button>before</button><success-story .story=${STORY}></success-story></div>`);
    const story = page.querySelector('success-story')!;
    await (story as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await carouselOf(story).updateComplete;
    const before = shownTexts(story);
    page.querySelector('button')!.focus();
    for (let stop = 0; stop < 4; stop++) {
      await sendKeys({ press: 'Tab' });
      await carouselOf(story).updateComplete;
      expect(shownTexts(story), `focus stop ${stop + 1}`).to.deep.equal(before);
    }
    expect(composedElements(story).filter((el) => el.hasAttribute('title')), 'no tooltip').to.deep.equal([]);
  });
});
