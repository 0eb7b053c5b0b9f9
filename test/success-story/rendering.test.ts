import { expect, html } from '@open-wc/testing';
import { STORY_EN, STORY_FR, $$, heading, innerQuote, mount, part, settled, text, warnings } from '../helpers/story-harness.js';

describe('success-story rendering', () => {
  let warn: ReturnType<typeof warnings>;
  beforeEach(() => (warn = warnings()));
  afterEach(() => warn.restore());

  it('renders every part of a full story inside one article', async () => {
    const el = await mount(html`<success-story .story=${STORY_FR}></success-story>`);
    const article = part(el, 'article')!;
    expect(article.localName).to.equal('article');
    for (const name of ['kicker', 'category', 'title', 'subject', 'image', 'summary', 'milestones', 'values', 'cta', 'source']) {
      expect(article.querySelector(`[part~=${name}]`), name).to.exist;
    }
    expect(text(el, 'kicker')).to.equal('Success story');
    expect(text(el, 'category')).to.equal('Développement commercial');
    expect(part(el, 'title')!.localName).to.equal('h2');
    expect(text(el, 'subject')).to.equal('Jack Ma Fondateur d’Alibaba');
  });

  it('renders the title as a real heading of heading-level', async () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      const el = await mount(html`<success-story heading-level=${level} .story=${STORY_FR}></success-story>`);
      expect(part(el, 'title')!.localName).to.equal(`h${level}`);
      // The section labels sit one level below the title, never beyond h6.
      expect(heading(el, 'Valeurs')!.localName).to.equal(`h${Math.min(level + 1, 6)}`);
    }
    const el = await mount(html`<success-story .story=${STORY_FR}></success-story>`);
    el.headingLevel = 4;
    await el.updateComplete;
    expect(part(el, 'title')!.localName).to.equal('h4');
    expect(el.getAttribute('heading-level')).to.equal('4');
    // Another change updates the heading in place: a reader's position on it is not lost.
    const title = part(el, 'title');
    el.story = { ...STORY_FR, title: 'Un autre titre' };
    await el.updateComplete;
    expect(part(el, 'title') === title, 'same heading node').to.equal(true);
    expect(title!.textContent).to.equal('Un autre titre');
  });

  it('falls back to h2 for an invalid heading-level, with one warning', async () => {
    for (const bad of ['0', '7', 'two', '2.5']) {
      warn.restore();
      warn = warnings();
      const el = await mount(html`<success-story heading-level=${bad} .story=${STORY_FR}></success-story>`);
      expect(part(el, 'title')!.localName).to.equal('h2');
      el.kicker = 'Re-render';
      await el.updateComplete;
      const said = warn.messages().filter((m) => m.includes('heading-level'));
      expect(said, bad).to.have.length(1);
      expect(said[0]).to.equal(`success-story: heading-level="${bad}" is not a whole number from 1 to 6; using 2`);
    }
  });

  it('shows the subject image with its alt text', async () => {
    const el = await mount(html`<success-story .story=${STORY_FR}></success-story>`);
    const img = part<HTMLImageElement>(el, 'image')!;
    expect(img.alt).to.equal('Portrait illustré de Jack Ma');
    expect(img.getAttribute('src')).to.equal('/demo/img/jack-ma.svg');
  });

  it('renders no image element when the story has none, and hides one that fails to load', async () => {
    const none = await mount(html`<success-story .story=${{ ...STORY_FR, subject: { name: 'Jack Ma' } }}></success-story>`);
    expect(part(none, 'image')).to.equal(null);
    expect(text(none, 'subject')).to.equal('Jack Ma');

    const el = await mount(html`<success-story .story=${{ ...STORY_FR, subject: { name: 'Jack Ma', image: '/missing.png' } }}></success-story>`);
    const img = part<HTMLImageElement>(el, 'image')!;
    await new Promise((r) => (img.complete ? r(null) : img.addEventListener('error', r, { once: true })));
    await settled(el);
    expect(part(el, 'image')).to.equal(null);
    expect(text(el, 'subject')).to.equal('Jack Ma');
    expect(warn.messages().some((m) => m.startsWith('success-story: ') && m.includes('/missing.png'))).to.equal(true);
  });

  it('renders summary paragraphs from an array or from one string', async () => {
    const many = await mount(html`<success-story .story=${STORY_FR}></success-story>`);
    expect($$(many, '[part=summary] p').map((p) => p.textContent)).to.deep.equal(STORY_FR.summary);
    const one = await mount(html`<success-story .story=${STORY_EN}></success-story>`);
    expect($$(one, '[part=summary] p').map((p) => p.textContent)).to.deep.equal([STORY_EN.summary]);
  });

  it('renders milestones as an ordered list, with <time datetime> only where the date parses', async () => {
    const el = await mount(html`<success-story .story=${{
      title: 'T',
      milestones: [{ date: 'À 14 ans', label: 'Guide' }, { date: '1999', label: 'Fondation' }, { date: '2014-09-19', label: 'Bourse' }, { label: 'Sans date' }, { date: '1999-13', label: 'Mauvais mois' }],
    }}></success-story>`);
    const list = part(el, 'milestones')!;
    expect(list.localName).to.equal('ol');
    const items = [...list.children];
    expect(items.map((li) => li.localName)).to.deep.equal(['li', 'li', 'li', 'li', 'li']);
    expect(items.map((li) => li.querySelector('time')?.getAttribute('datetime') ?? null)).to.deep.equal([null, '1999', '2014-09-19', null, null]);
    expect(items.map((li) => li.querySelector('.date')?.textContent)).to.deep.equal(['À 14 ans', '1999', 'September 19, 2014', undefined, '1999-13']);
    expect(items[0].textContent).to.contain('À 14 ans').and.contain('Guide');
    expect(items[3].textContent!.trim()).to.equal('Sans date');
  });

  it('renders values as a list', async () => {
    const el = await mount(html`<success-story .story=${STORY_FR}></success-story>`);
    const list = part(el, 'values')!;
    expect(list.localName).to.equal('ul');
    expect([...list.children].map((li) => li.textContent)).to.deep.equal(['Persévérance', 'Courage']);
  });

  it('passes the story’s quotes, quotes-interval and language to an inner <value-quote>', async () => {
    const el = await mount(html`<success-story quotes-interval="3000" .story=${STORY_FR}></success-story>`);
    const vq = innerQuote(el)!;
    expect(vq).to.exist;
    expect(vq.quotes).to.have.length(2);
    expect(vq.getAttribute('interval')).to.equal('3000');
    expect(vq.getAttribute('lang')).to.equal('fr');
    el.quotesInterval = 'auto';
    await el.updateComplete;
    expect(vq.getAttribute('interval')).to.equal('auto');
    expect(el.getAttribute('quotes-interval')).to.equal('auto');
  });

  it('renders the call to action and the source as links', async () => {
    const el = await mount(html`<success-story .story=${STORY_FR}></success-story>`);
    const cta = part<HTMLAnchorElement>(el, 'cta')!;
    expect(cta.localName).to.equal('a');
    expect(cta.href).to.equal('https://www.alibabagroup.com/');
    expect(cta.textContent).to.equal('Découvrir Alibaba');
    const link = part(el, 'source')!.querySelector('a')!;
    expect(link.href).to.equal('https://fr.wikipedia.org/wiki/Jack_Ma');
    expect(text(el, 'source')).to.equal('Source\u202f: Wikipédia');
  });

  it('leaves no empty box for missing optional fields', async () => {
    const el = await mount(html`<success-story .story=${{ title: 'Only a title' }}></success-story>`);
    const article = part(el, 'article')!;
    expect(article.children).to.have.length(1);
    expect(article.querySelector('header')!.textContent!.trim()).to.equal('Only a title');
    for (const name of ['kicker', 'category', 'subject', 'image', 'summary', 'milestones', 'values', 'cta', 'source']) {
      expect(part(el, name), name).to.equal(null);
    }
    expect(innerQuote(el)).to.equal(null);
    for (const box of $$(el, 'article *')) {
      if (box.localName !== 'slot') expect(box.textContent!.trim(), box.outerHTML).not.to.equal('');
    }
  });

  it('renders nothing at all without any data or light DOM', async () => {
    const el = await mount(html`<success-story></success-story>`);
    expect(el.shadowRoot!.children).to.have.length(0);
    expect(el.getBoundingClientRect().height).to.equal(0);
  });

  it('writes the article in the story’s language, its UI strings included', async () => {
    const wrap = await mount(html`<div lang="en"><success-story .story=${STORY_FR}></success-story></div>`);
    const el = wrap.querySelector('success-story')!;
    await el.updateComplete;
    expect(part(el, 'article')!.lang).to.equal('fr');
    expect(heading(el, 'Valeurs')).to.exist;
    expect(heading(el, 'Étapes clés')).to.exist;
  });

  it('uses the element’s language, up through ancestors, when the story has none', async () => {
    const wrap = await mount(html`<div lang="fr"><success-story .story=${{ title: 'T', values: ['A'] }}></success-story></div>`);
    const el = wrap.querySelector('success-story')!;
    await el.updateComplete;
    expect(part(el, 'article')!.lang).to.equal('fr');
    expect(heading(el, 'Valeur'), 'one value: the singular').to.exist;
  });
});
