import { expect, html } from '@open-wc/testing';
import { STORY_EN, STORY_FR, mount, warnings } from '../helpers/story-harness.js';

describe('success-story accessibility (axe)', () => {
  let warn: ReturnType<typeof warnings>;
  beforeEach(() => (warn = warnings()));
  afterEach(() => warn.restore());

  for (const layout of ['card', 'compact', 'banner']) {
    for (const theme of ['light', 'dark']) {
      it(`${layout}, ${theme}`, async () => {
        const wrap = await mount(html`<main>
          <success-story layout=${layout} theme=${theme} .story=${STORY_FR}></success-story>
          <success-story layout=${layout} theme=${theme} .story=${STORY_EN}></success-story>
        </main>`);
        for (const el of wrap.querySelectorAll('success-story')) await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        await expect(wrap).to.be.accessible();
      });
    }
  }

  it('names the carousel of each story after the story, so two stories give two distinct regions', async () => {
    const wrap = await mount(html`<main>
      <success-story .story=${STORY_FR}></success-story>
      <success-story .story=${{ ...STORY_EN, quotes: STORY_FR.quotes }}></success-story>
    </main>`);
    const stories = [...wrap.querySelectorAll('success-story')] as (HTMLElement & { updateComplete: Promise<unknown> })[];
    for (const el of stories) await el.updateComplete;
    const carousels = stories.map((el) => el.shadowRoot!.querySelector('value-quote')!);
    for (const carousel of carousels) await (carousel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(carousels.map((carousel) => carousel.getAttribute('aria-label'))).to.deep.equal([
      `Citations — ${STORY_FR.title}`,
      `Quotes — ${STORY_EN.title}`,
    ]);
  });

  it('quotes-label names the carousel region, so copies of one story give distinct regions', async () => {
    // Two quotes: a carousel, so a region.
    const story = { ...STORY_EN, quotes: STORY_FR.quotes };
    const wrap = await mount(html`<main>
      <success-story .story=${story} quotes-label="Quotes — light card"></success-story>
      <success-story .story=${story}></success-story>
    </main>`);
    const [named, plain] = [...wrap.querySelectorAll('success-story')] as (HTMLElement & { updateComplete: Promise<unknown>; quotesLabel?: string | null })[];
    for (const el of [named, plain]) await el.updateComplete;
    const carouselOf = async (el: HTMLElement) => {
      const carousel = el.shadowRoot!.querySelector('value-quote') as HTMLElement & { updateComplete: Promise<unknown> };
      await carousel.updateComplete;
      return carousel;
    };
    const namedCarousel = await carouselOf(named);
    expect(namedCarousel.getAttribute('role')).to.equal('region');
    expect(namedCarousel.getAttribute('aria-label')).to.equal('Quotes — light card');
    expect((await carouselOf(plain)).getAttribute('aria-label')).to.equal(`Quotes — ${STORY_EN.title}`);
    await expect(wrap).to.be.accessible();

    // The property reflects, and removing it gives the carousel back the story's name.
    expect(named.quotesLabel).to.equal('Quotes — light card');
    named.quotesLabel = 'Quotes — dark card';
    await named.updateComplete;
    await namedCarousel.updateComplete;
    expect(named.getAttribute('quotes-label')).to.equal('Quotes — dark card');
    expect(namedCarousel.getAttribute('aria-label')).to.equal('Quotes — dark card');
    named.removeAttribute('quotes-label');
    await named.updateComplete;
    await namedCarousel.updateComplete;
    expect(namedCarousel.getAttribute('aria-label')).to.equal(`Quotes — ${STORY_EN.title}`);
  });

  it('the error message and the plain-HTML story', async () => {
    const wrap = await mount(html`<main>
      <success-story .story=${{ kicker: 'no title' }}></success-story>
      <success-story>
        <h2 slot="heading">Jack Ma</h2>
        <p slot="subject">Fondateur d’Alibaba</p>
        <div slot="summary"><p>À 14 ans, il guide les touristes à Hangzhou.</p></div>
        <ul><li>Persévérance</li><li>Courage</li></ul>
        <a slot="cta" href="/demo/">Découvrir</a>
      </success-story>
    </main>`);
    await expect(wrap).to.be.accessible();
  });
});
