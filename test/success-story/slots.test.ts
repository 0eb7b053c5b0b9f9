import { expect, html } from '@open-wc/testing';
import { fetchTable, type FetchTable } from '../helpers/fetch-table.js';
import { STORY_FR, assigned, innerQuote, mount, next, part, settled, warnings } from '../helpers/story-harness.js';

const visible = (node: Element | null | undefined) => !!node?.checkVisibility();

describe('success-story slots and fallback', () => {
  let net: FetchTable;
  let warn: ReturnType<typeof warnings>;
  beforeEach(() => {
    warn = warnings();
    net = fetchTable({ '/story.json': { json: STORY_FR }, '/broken.json': { status: 500, text: 'oops' } });
  });
  afterEach(() => {
    net.restore();
    warn.restore();
  });

  const NAMED: [string, string, string][] = [
    ['heading', 'title', '<h3 slot="heading">Mon titre</h3>'],
    ['subject', 'subject', '<p slot="subject">Jack Ma, fondateur</p>'],
    ['summary', 'summary', '<div slot="summary"><p>Résumé écrit à la main.</p></div>'],
    ['cta', 'cta', '<a slot="cta" href="/demo/">Lire la suite</a>'],
  ];

  for (const [slot, partName, markup] of NAMED) {
    it(`the ${slot} slot replaces the rendered ${partName}`, async () => {
      const el = await mount(html`<success-story .story=${STORY_FR}></success-story>`);
      el.insertAdjacentHTML('beforeend', markup);
      await new Promise((r) => setTimeout(r));
      await settled(el);
      const light = el.querySelector(`[slot=${slot}]`)!;
      expect(assigned(el, slot)).to.deep.equal([light]);
      expect(visible(light)).to.equal(true);
      // The summary part is the box around the slot; the data's paragraphs inside it are gone.
      const rendered = partName === 'summary' ? part(el, 'summary')!.querySelector('slot > p') : part(el, partName);
      expect(visible(rendered)).to.equal(false);
    });
  }

  it('a slot given after the upgrade (as frameworks set attributes late) is rendered even when the data lacks it', async () => {
    const el = await mount(html`<success-story .story=${{ title: 'T' }}><div><p>Seulement dans le HTML.</p></div></success-story>`);
    const light = el.querySelector('div')!;
    expect(part(el, 'summary')).to.not.exist;
    light.slot = 'summary';
    await new Promise((r) => setTimeout(r));
    await settled(el);
    expect(assigned(el, 'summary')?.[0] === light, 'assigned to the summary slot').to.equal(true);
    expect(visible(light)).to.equal(true);
  });

  it('the quotes slot replaces the inner <value-quote>', async () => {
    const el = await mount(html`<success-story .story=${STORY_FR}>
      <value-quote slot="quotes" text="La rigueur vient toujours à bout de l’obstacle." author="Léonard de Vinci"></value-quote>
    </success-story>`);
    const light = el.querySelector('[slot=quotes]')!;
    expect(assigned(el, 'quotes')).to.deep.equal([light]);
    expect(visible(light)).to.equal(true);
    expect(visible(innerQuote(el))).to.equal(false);
  });

  it('renders a slotted part even when the data lacks it', async () => {
    const el = await mount(html`<success-story .story=${{ title: 'T' }}>
      <div slot="summary"><p>Seulement dans le HTML.</p></div>
    </success-story>`);
    expect(visible(el.querySelector('[slot=summary]'))).to.equal(true);
    expect(part(el, 'summary')).to.exist;
  });

  it('keeps a slotted heading with no data, attributes giving the rest', async () => {
    const el = await mount(html`<success-story kicker="Success story" values="Courage">
      <h2 slot="heading">Titre du CMS</h2>
    </success-story>`);
    expect(visible(el.querySelector('h2'))).to.equal(true);
    expect(part(el, 'kicker')!.textContent).to.equal('Success story');
    expect(part(el, 'values')!.textContent).to.equal('Courage');
    expect(warn.messages()).to.deep.equal([]);
  });

  it('shows unslotted light DOM while there is no data, and hides it once the story renders', async () => {
    const loaded = next('story-load');
    const el = await mount(html`<success-story src="/story.json"><p id="fb">Jack Ma, l’histoire en bref.</p></success-story>`);
    const fb = el.querySelector('#fb')!;
    expect(visible(fb)).to.equal(true);
    await loaded;
    await settled(el);
    expect(visible(fb)).to.equal(false);
    expect(part(el, 'title')!.textContent).to.equal(STORY_FR.title);
  });

  it('shows the fallback again when data fails', async () => {
    const el = await mount(html`<success-story .story=${STORY_FR}><p id="fb">Repli</p></success-story>`);
    const fb = el.querySelector('#fb')!;
    expect(visible(fb)).to.equal(false);
    const failed = next('story-error');
    el.story = null;
    el.src = '/broken.json';
    await failed;
    await settled(el);
    expect(visible(fb)).to.equal(true);
    expect(el.shadowRoot!.textContent).not.to.contain('oops');
  });

  it('lays out a story written in plain HTML, in reading order, without any data', async () => {
    const el = await mount(html`<success-story>
      <hgroup slot="heading"><p>Success story</p><h2>Jack Ma</h2></hgroup>
      <p slot="subject">Jack Ma, fondateur d’Alibaba</p>
      <div slot="summary"><p>À 14 ans…</p></div>
      <ol id="steps"><li>1999 : alibaba.com</li></ol>
      <value-quote slot="quotes" text="La persévérance gagne le succès." author="Michel Dupuy"></value-quote>
      <a slot="cta" href="/demo/">Découvrir</a>
    </success-story>`);
    expect(part(el, 'article')).to.exist;
    const order = ['hgroup', '[slot=subject]', '[slot=summary]', '#steps', 'value-quote', '[slot=cta]'].map(
      (sel) => el.querySelector(sel)!.getBoundingClientRect().top,
    );
    expect(order.every((top, i) => i === 0 || top > order[i - 1]), String(order)).to.equal(true);
    expect(visible(el.querySelector('#steps'))).to.equal(true);
    const article = part(el, 'article')!.getBoundingClientRect();
    const heading = el.querySelector('hgroup')!.getBoundingClientRect();
    expect(heading.left).to.be.greaterThan(article.left);
    expect(heading.top).to.be.greaterThan(article.top);
  });

  it('treats the JSON script and whitespace as no fallback: a failure shows the short message', async () => {
    const el = await mount(html`<success-story>
      <script type="application/json">{"title": 5}</script>
    </success-story>`);
    expect(part(el, 'article')!.textContent!.trim()).to.equal('This story could not be shown.');
    expect(assigned(el)).to.equal(undefined);
  });
});
