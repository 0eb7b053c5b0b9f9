import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import { fetchTable, type FetchTable } from '../helpers/fetch-table.js';
import {
  COLLECTION,
  STORY_EN,
  STORY_FR,
  mount,
  next,
  part,
  settled,
  text,
  titleText,
  warnings,
} from '../helpers/story-harness.js';

const json = (v: unknown) => JSON.stringify(v);

describe('success-story data sources', () => {
  let net: FetchTable;
  let warn: ReturnType<typeof warnings>;
  beforeEach(() => {
    warn = warnings();
    net = fetchTable({
      '/story-fr.json': { json: STORY_FR },
      '/stories.json': { json: COLLECTION },
      '/nested/data/story.json': { json: { title: 'Relative', subject: { name: 'A', image: '../img/a.svg' }, cta: { label: 'Go', href: 'next.html' } } },
    });
  });
  afterEach(() => {
    net.restore();
    warn.restore();
  });

  it('says a wrong attribute once, not again when the data of src arrives', async () => {
    const loaded = next('story-load');
    const el = await mount(html`<success-story layout="compakt" src="/story-fr.json"></success-story>`);
    await loaded;
    await settled(el);
    expect(titleText(el)).to.equal(STORY_FR.title);
    expect(warn.messages().filter((message) => message.includes('compakt'))).to.have.length(1);
  });

  it('renders the story property, before inline JSON and src, and fetches nothing', async () => {
    const el = await mount(html`<success-story src="/stories.json" .story=${STORY_EN}>
      <script type="application/json">${json(STORY_FR)}</script>
    </success-story>`);
    expect(titleText(el)).to.equal(STORY_EN.title);
    expect(net.urls()).to.deep.equal([]);
  });

  it('renders a child <script type="application/json"> before src', async () => {
    const el = await mount(html`<success-story src="/stories.json">
      <script type="application/json">${json(STORY_FR)}</script>
    </success-story>`);
    expect(titleText(el)).to.equal(STORY_FR.title);
    expect(net.urls()).to.deep.equal([]);
  });

  it('accepts a Collection in the inline script and picks by story-id', async () => {
    const el = await mount(html`<success-story story-id="alibaba-en">
      <script type="application/json">${json(COLLECTION)}</script>
    </success-story>`);
    expect(titleText(el)).to.equal(STORY_EN.title);
  });

  it('fetches a Story from src', async () => {
    const loaded = next('story-load');
    const el = await mount(html`<success-story src="/story-fr.json"></success-story>`);
    await loaded;
    await settled(el);
    expect(titleText(el)).to.equal(STORY_FR.title);
    expect(net.urls()).to.have.length(1);
  });

  it('picks a Collection story by story-id', async () => {
    const loaded = next('story-load');
    const el = await mount(html`<success-story lang="fr" src="/stories.json" story-id="alibaba-en"></success-story>`);
    await loaded;
    await settled(el);
    expect(titleText(el)).to.equal(STORY_EN.title);
  });

  it('without story-id, picks the story in the element’s language, then an ancestor’s, else the first', async () => {
    const own = next('story-load');
    const a = await mount(html`<success-story lang="en-GB" src="/stories.json"></success-story>`);
    await own;
    await settled(a);
    expect(titleText(a)).to.equal(STORY_EN.title);

    const inherited = next('story-load');
    const wrap = await mount(html`<div lang="en"><success-story src="/stories.json"></success-story></div>`);
    await inherited;
    const b = wrap.querySelector('success-story')!;
    await settled(b);
    expect(titleText(b)).to.equal(STORY_EN.title);

    const first = next('story-load');
    const c = await mount(html`<success-story lang="de" src="/stories.json"></success-story>`);
    await first;
    await settled(c);
    expect(titleText(c)).to.equal(STORY_FR.title);
  });

  it('follows a change of lang to the matching story of the same document', async () => {
    const loaded = next('story-load');
    const el = await mount(html`<success-story lang="fr" src="/stories.json"></success-story>`);
    await loaded;
    await settled(el);
    expect(titleText(el)).to.equal(STORY_FR.title);
    el.lang = 'en';
    await settled(el);
    expect(titleText(el)).to.equal(STORY_EN.title);
    expect(net.urls()).to.have.length(1);
  });

  it('resolves relative URLs of a fetched document against the document', async () => {
    const loaded = next('story-load');
    const el = await mount(html`<success-story src="/nested/data/story.json"></success-story>`);
    await loaded;
    await settled(el);
    expect(part<HTMLImageElement>(el, 'image')!.src).to.equal(new URL('/nested/img/a.svg', location.href).href);
    expect(part<HTMLAnchorElement>(el, 'cta')!.href).to.equal(new URL('/nested/data/next.html', location.href).href);
  });

  it('builds a story from attributes alone', async () => {
    const el = await mount(html`<success-story
      heading="BlaBlaCar" kicker="Success story" category="Mobilité" subject="Frédéric Mazzella"
      subject-role="Fondateur" summary="Un paragraphe." image="/demo/img/jack-ma.svg" image-alt="Portrait"
      values="Confiance, Communauté ,, " cta-label="Lire" cta-href="/demo/"
    ></success-story>`);
    expect(titleText(el)).to.equal('BlaBlaCar');
    expect(text(el, 'kicker')).to.equal('Success story');
    expect(text(el, 'category')).to.equal('Mobilité');
    expect(text(el, 'subject')).to.contain('Frédéric Mazzella').and.contain('Fondateur');
    expect(part<HTMLImageElement>(el, 'image')!.alt).to.equal('Portrait');
    expect(text(el, 'summary')).to.equal('Un paragraphe.');
    expect([...part(el, 'values')!.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Confiance', 'Communauté']);
    expect(part<HTMLAnchorElement>(el, 'cta')!.getAttribute('href')).to.equal('/demo/');
    expect(text(el, 'cta')).to.equal('Lire');
  });

  it('lets attributes override the matching fields of a property story', async () => {
    const el = await mount(html`<success-story .story=${STORY_FR} heading="Autre titre" subject-role="PDG"
      image-alt="Autre portrait" values="Audace" cta-label="Voir"></success-story>`);
    expect(titleText(el)).to.equal('Autre titre');
    expect(text(el, 'subject')).to.contain('Jack Ma').and.contain('PDG');
    expect(part<HTMLImageElement>(el, 'image')!.alt).to.equal('Autre portrait');
    expect(text(el, 'values')).to.equal('Audace');
    expect(text(el, 'cta')).to.equal('Voir');
    expect(part<HTMLAnchorElement>(el, 'cta')!.href).to.equal(STORY_FR.cta!.href);
    expect(text(el, 'kicker')).to.equal('Success story');
  });

  it('lets attributes override fields of inline JSON and of src', async () => {
    const inline = await mount(html`<success-story kicker="À la une">
      <script type="application/json">${json(STORY_FR)}</script>
    </success-story>`);
    expect(text(inline, 'kicker')).to.equal('À la une');

    const loaded = next('story-load');
    const fetched = await mount(html`<success-story src="/story-fr.json" category="Portrait" summary="Court."></success-story>`);
    await loaded;
    await settled(fetched);
    expect(titleText(fetched)).to.equal(STORY_FR.title);
    expect(text(fetched, 'category')).to.equal('Portrait');
    expect(text(fetched, 'summary')).to.equal('Court.');
  });

  it('re-reads inline JSON added after the upgrade', async () => {
    const el = await mount(html`<success-story></success-story>`);
    expect(part(el, 'article')).to.equal(null);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json(STORY_EN);
    el.append(script);
    await new Promise((r) => setTimeout(r));
    await settled(el);
    expect(titleText(el)).to.equal(STORY_EN.title);
  });

  it('replaces the story when the property changes, and shows src again once it is cleared', async () => {
    const el = await mount(html`<success-story src="/story-fr.json" .story=${STORY_EN}></success-story>`);
    expect(titleText(el)).to.equal(STORY_EN.title);
    el.story = { title: 'Nouveau' };
    await settled(el);
    expect(titleText(el)).to.equal('Nouveau');
    const loaded = next('story-load');
    el.story = null;
    await loaded;
    await settled(el);
    expect(titleText(el)).to.equal(STORY_FR.title);
  });

  it('shows the latest src when src changes while a request is under way', async () => {
    net.restore();
    // The answers wait on fake time: on a busy machine, real time could deliver the slow one before src changes.
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      net = fetchTable({ '/slow.json': { json: STORY_EN, delay: 50 }, '/story-fr.json': { json: STORY_FR } });
      const el = await mount(html`<success-story src="/slow.json"></success-story>`);
      const loaded = next('story-load');
      el.src = '/story-fr.json';
      await clock.tickAsync(80);
      await loaded;
      await settled(el);
      expect(titleText(el)).to.equal(STORY_FR.title);
      expect(net.signals()[0]!.aborted).to.equal(true);
    } finally {
      clock.restore();
    }
  });

  // url, how it fails
  const FAILING_SOURCES: [string, Parameters<typeof fetchTable>[0][string]][] = [
    ['/missing.json', { status: 404 }],
    ['/broken.json', { status: 500 }],
    ['/not-json.json', { text: '{"title":' }],
  ];
  for (const [url, route] of FAILING_SOURCES) {
    it(`keeps the story on screen when a new src fails (${url}), and still reports the failure`, async () => {
      net.restore();
      net = fetchTable({ '/story-fr.json': { json: STORY_FR }, [url]: route });
      const loaded = next('story-load');
      const el = await mount(html`<success-story src="/story-fr.json"></success-story>`);
      await loaded;
      await settled(el);
      const failed = next<{ error: Error }>('story-error');
      el.src = url;
      const { detail } = await failed;
      await settled(el);
      expect(detail.error.message).to.contain(url);
      expect(titleText(el)).to.equal(STORY_FR.title);
      expect(el.shadowRoot!.textContent).not.to.contain('could not be shown');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(warn.messages().some((message) => message.startsWith('success-story: could not load src:') && message.includes(url))).to.equal(true);
    });
  }
});
