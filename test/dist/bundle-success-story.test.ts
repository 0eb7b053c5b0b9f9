/**
 * `<success-story>` from each standalone bundle: every attribute, property and event used once
 * through the built file, so a name the minifier broke fails here.
 */
import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { BUNDLES, all, bundleFrame, one, textOf, type BundleFrame, type BundledElement } from '../helpers/bundle-frame.js';
import { fetchTable, type FetchTable } from '../helpers/fetch-table.js';
import { recorder } from '../helpers/listen.js';
import { COLLECTION, STORY_EN, STORY_FR } from '../helpers/stories.js';

const part = (el: Element, name: string) => one(el, `[part~=${name}]`);
const partText = (el: Element, name: string) => textOf(part(el, name));

/** Waits until `el` has rendered what arrived asynchronously (a fetch, a light-DOM change). */
async function settled(el: BundledElement): Promise<void> {
  for (let i = 0; i < 3; i++) await el.updateComplete;
}

for (const bundle of BUNDLES) {
  describe(`<success-story> through the ${bundle.name}`, () => {
    let frame: BundleFrame;
    let fetches: FetchTable | undefined;
    before(async () => (frame = await bundleFrame(bundle)));
    after(() => frame.remove());
    afterEach(() => {
      fetches?.restore();
      fetches = undefined;
      frame.doc.body.replaceChildren();
    });

    it('story (property) renders every part, and story-load reports it', async () => {
      const events = recorder(frame.doc, 'story-load');
      const el = await frame.mount('<success-story></success-story>', (el) => (el.story = STORY_FR));
      expect(partText(el, 'title')).to.equal(STORY_FR.title);
      expect(partText(el, 'kicker')).to.equal(STORY_FR.kicker);
      expect(partText(el, 'category')).to.equal(STORY_FR.category);
      expect(part(el, 'image')!.getAttribute('alt')).to.equal(STORY_FR.subject!.imageAlt);
      expect(all(el, '[part~=summary] p')).to.have.length(2);
      expect(all(el, '[part~=milestones] li')).to.have.length(2);
      expect(all(el, '[part~=values] li')).to.have.length(2);
      expect(partText(el, 'cta')).to.equal(STORY_FR.cta!.label);
      expect(partText(el, 'source')).to.contain(STORY_FR.source!.name);
      const quotes = one<BundledElement>(el, 'value-quote')!;
      await quotes.updateComplete;
      expect(all(quotes, 'figure[part~=quote]')).to.have.length(2);
      expect(events.of<{ story: { title: string } }>('story-load').map((d) => d.story.title)).to.deep.equal([STORY_FR.title]);
    });

    it('every text attribute renders its part', async () => {
      const el = await frame.mount(`<success-story heading="Alibaba" kicker="Success story" category="Commerce"
        subject="Jack Ma" subject-role="Founder" summary="First.\n\nSecond." image="/demo/img/jack-ma.svg" image-alt="Jack Ma"
        values="Courage, Rigour" cta-label="Discover" cta-href="https://example.com/"></success-story>`);
      expect(partText(el, 'title')).to.equal('Alibaba');
      expect(partText(el, 'kicker')).to.equal('Success story');
      expect(partText(el, 'category')).to.equal('Commerce');
      expect(partText(el, 'subject')).to.equal('Jack Ma Founder');
      expect(part(el, 'image')!.getAttribute('alt')).to.equal('Jack Ma');
      expect(all(el, '[part~=summary] p').map(textOf)).to.deep.equal(['First.', 'Second.']);
      expect(all(el, '[part~=values] li').map(textOf)).to.deep.equal(['Courage', 'Rigour']);
      expect(part(el, 'cta')!.getAttribute('href')).to.equal('https://example.com/');
      expect(partText(el, 'cta')).to.equal('Discover');
    });

    it('heading-level, layout="compact" and loading="lazy" shape the article', async () => {
      const el = await frame.mount('<success-story heading-level="3" layout="compact" loading="lazy"></success-story>', (el) => (el.story = STORY_FR));
      expect(part(el, 'title')!.localName).to.equal('h3');
      expect(part(el, 'milestones')!.checkVisibility()).to.equal(false);
      expect(part(el, 'image')!.getAttribute('loading')).to.equal('lazy');
    });

    it('theme="dark" darkens the card', async () => {
      const el = await frame.mount('<success-story heading="Alibaba"></success-story>');
      const background = () => getComputedStyle(part(el, 'article')!).backgroundColor;
      const light = background();
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(background()).to.not.equal(light);
    });

    it('quotes-interval reaches the inner <value-quote>', async () => {
      const el = await frame.mount('<success-story quotes-interval="auto"></success-story>', (el) => (el.story = STORY_FR));
      expect(one(el, 'value-quote')!.getAttribute('interval')).to.equal('auto');
    });

    it('src, story-id and lang pick a story of a collection', async () => {
      fetches = fetchTable({ '/stories.json': { json: COLLECTION } }, frame.win);
      const events = recorder(frame.doc, 'story-load');
      await frame.mount('<success-story src="/stories.json" story-id="alibaba-en"></success-story>');
      await events.until('story-load');
      expect(events.of<{ story: { title: string } }>('story-load')[0].story.title).to.equal(STORY_EN.title);
      const french = await frame.mount('<success-story src="/stories.json" lang="fr"></success-story>');
      await waitUntil(() => partText(french, 'title') === STORY_FR.title, 'the French story');
    });

    it('a src that fails fires story-error and shows the error', async () => {
      fetches = fetchTable({}, frame.win);
      const warn = sinon.stub(frame.win.console, 'warn');
      const events = recorder(frame.doc, 'story-error');
      try {
        const el = await frame.mount('<success-story src="/missing.json"></success-story>');
        await events.until('story-error');
        await settled(el);
        expect(textOf(el.shadowRoot)).to.contain('This story could not be shown.');
      } finally {
        warn.restore();
      }
    });

    it('a story put in the light DOM after the element upgraded is read', async () => {
      const el = await frame.mount('<success-story><p>Fallback</p></success-story>');
      expect(part(el, 'title')).to.equal(null);
      const data = frame.doc.createElement('script');
      data.type = 'application/json';
      data.text = JSON.stringify(STORY_EN);
      el.replaceChildren(data);
      await waitUntil(() => partText(el, 'title') === STORY_EN.title, 'the story from the light DOM');
    });

    it('an image that cannot load is hidden', async () => {
      const warn = sinon.stub(frame.win.console, 'warn');
      try {
        const el = await frame.mount('<success-story heading="Alibaba" subject="Jack Ma" image="/missing.png"></success-story>');
        await waitUntil(() => part(el, 'image') === null, 'the broken image hidden');
        await settled(el);
        expect(partText(el, 'subject')).to.equal('Jack Ma');
      } finally {
        warn.restore();
      }
    });
  });
}
