import { expect, html } from '@open-wc/testing';
import type { SuccessStory } from '../../src/success-story.js';
import { STORY_EN, STORY_FR, $$, mount, part, textBox, warnings } from '../helpers/story-harness.js';

const style = (node: Element) => getComputedStyle(node);

/** A story element inside a box of the given width. */
async function inBox(width: number, attrs: Partial<SuccessStory> = {}): Promise<SuccessStory> {
  const wrap = await mount(html`<div></div>`);
  wrap.style.inlineSize = `${width}px`;
  const el = Object.assign(document.createElement('success-story'), { story: STORY_FR }, attrs);
  wrap.append(el);
  await el.updateComplete;
  return el;
}

describe('success-story layouts, themes and reflection', () => {
  let warn: ReturnType<typeof warnings>;
  beforeEach(() => (warn = warnings()));
  afterEach(() => warn.restore());

  it('has defaults without writing them to the host', async () => {
    const el = await mount(html`<success-story .story=${STORY_FR}></success-story>`);
    expect([el.layout, el.theme, el.loading, el.headingLevel]).to.deep.equal(['card', 'light', 'eager', 2]);
    expect(el.getAttributeNames()).to.deep.equal([]);
  });

  it('writes properties set by script back to their attributes, but never lang', async () => {
    const el = await mount(html`<success-story .story=${STORY_FR}></success-story>`);
    Object.assign(el, {
      layout: 'banner', theme: 'dark', loading: 'lazy', headingLevel: 3, quotesInterval: '5000',
      src: '/x.json', storyId: 'alibaba', heading: 'H', subjectRole: 'R', imageAlt: 'A', ctaLabel: 'L', ctaHref: '/c',
    });
    await el.updateComplete;
    const attrs = Object.fromEntries(el.getAttributeNames().map((n) => [n, el.getAttribute(n)]));
    expect(attrs).to.include({
      layout: 'banner', theme: 'dark', loading: 'lazy', 'heading-level': '3', 'quotes-interval': '5000',
      src: '/x.json', 'story-id': 'alibaba', heading: 'H', 'subject-role': 'R', 'image-alt': 'A', 'cta-label': 'L', 'cta-href': '/c',
    });
    expect(el.hasAttribute('lang')).to.equal(false);
    el.removeAttribute('layout');
    await el.updateComplete;
    expect(el.layout).to.equal('card');
  });

  it('warns once about an unknown layout or theme and looks like the default', async () => {
    const el = await mount(html`<success-story layout="poster" theme="sepia" .story=${STORY_FR}></success-story>`);
    const card = await mount(html`<success-story .story=${STORY_FR}></success-story>`);
    expect(style(part(el, 'article')!).borderTopWidth).to.equal(style(part(card, 'article')!).borderTopWidth);
    expect(style(part(el, 'article')!).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(warn.messages()).to.include('success-story: layout="poster" is not one of card, compact, banner; using card');
    expect(warn.messages()).to.include('success-story: theme="sepia" is not one of light, dark, auto; using light');
  });

  it('compact is a teaser: no timeline, first paragraph only, smaller title', async () => {
    const card = await inBox(600);
    const compact = await inBox(600, { layout: 'compact' });
    expect(part(card, 'milestones')!.checkVisibility()).to.equal(true);
    expect(part(compact, 'milestones')!.checkVisibility()).to.equal(false);
    const paragraphs = $$(compact, '[part=summary] p').map((p) => style(p).display);
    expect(paragraphs).to.deep.equal(['block', 'none']);
    expect(parseFloat(style(part(compact, 'title')!).fontSize)).to.be.lessThan(parseFloat(style(part(card, 'title')!).fontSize));
  });

  it('banner is a borderless tinted strip with two columns when wide, one when narrow', async () => {
    const card = await inBox(1000);
    const wide = await inBox(1000, { layout: 'banner' });
    const narrow = await inBox(320, { layout: 'banner' });
    expect(style(part(card, 'article')!).borderTopWidth).to.equal('1px');
    expect(style(part(wide, 'article')!).borderTopWidth).to.equal('0px');
    expect(style(part(wide, 'article')!).backgroundColor).not.to.equal(style(part(card, 'article')!).backgroundColor);
    expect(style(part(wide, 'article')!).display).to.equal('grid');
    expect(style(part(wide, 'article')!).gridTemplateColumns.split(' ')).to.have.length(2);
    expect(style(part(narrow, 'article')!).display).to.equal('flex');
    // Wide banner: the values sit beside the title, the timeline runs across.
    expect(part(wide, 'values')!.getBoundingClientRect().left).to.be.greaterThan(part(wide, 'title')!.getBoundingClientRect().right);
    expect(style(part(wide, 'milestones')!).gridAutoFlow).to.equal('column');
  });

  for (const layout of ['card', 'compact', 'banner'] as const) {
    it(`${layout} fits 280 px without overflowing, and uses the room of a wide container`, async () => {
      const narrow = await inBox(280, { layout });
      const article = part(narrow, 'article')!;
      expect(article.scrollWidth).to.be.at.most(article.clientWidth);
      expect(narrow.getBoundingClientRect().width).to.equal(280);
      const wide = await inBox(1100, { layout });
      expect(wide.getBoundingClientRect().height).to.be.lessThan(narrow.getBoundingClientRect().height);
    });
  }

  it('dark theme changes the colours', async () => {
    const light = await mount(html`<success-story .story=${STORY_FR}></success-story>`);
    const dark = await mount(html`<success-story theme="dark" .story=${STORY_FR}></success-story>`);
    const bg = (el: Element) => style(part(el, 'article')!).backgroundColor;
    const fg = (el: Element) => style(part(el, 'article')!).color;
    expect(bg(light)).to.equal('rgb(255, 255, 255)');
    expect(bg(dark)).not.to.equal(bg(light));
    expect(fg(dark)).not.to.equal(fg(light));
    expect(style(part(dark, 'kicker')!).color).not.to.equal(style(part(light, 'kicker')!).color);
  });

  it('takes its colours, radius, fonts and gap from --ss-* custom properties', async () => {
    const wrap = await mount(html`<div></div>`);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`.themed { --ss-accent: rgb(0, 128, 0); --ss-bg: rgb(1, 2, 3); --ss-fg: rgb(250, 250, 250);
      --ss-muted: rgb(200, 0, 0); --ss-radius: 3px; --ss-font: serif; --ss-heading-font: monospace; --ss-gap: 7px; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const el = Object.assign(document.createElement('success-story'), { story: STORY_FR, className: 'themed' });
      wrap.append(el);
      await el.updateComplete;
      const article = style(part(el, 'article')!);
      expect(article.backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(article.color).to.equal('rgb(250, 250, 250)');
      expect(article.borderTopLeftRadius).to.equal('3px');
      expect(article.fontFamily).to.equal('serif');
      expect(article.rowGap).to.equal('7px');
      expect(style(part(el, 'kicker')!).color).to.equal('rgb(0, 128, 0)');
      expect(style(part(el, 'category')!).color).to.equal('rgb(200, 0, 0)');
      expect(style(part(el, 'title')!).fontFamily).to.equal('monospace');
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    }
  });

  it('mirrors in right-to-left text', async () => {
    const wrap = await mount(html`<div dir="rtl"><success-story .story=${STORY_FR}></success-story></div>`);
    const el = wrap.querySelector('success-story')!;
    await el.updateComplete;
    const steps = style(part(el, 'milestones')!);
    expect([steps.borderRightWidth, steps.borderLeftWidth]).to.deep.equal(['2px', '0px']);
    const img = part(el, 'image')!.getBoundingClientRect();
    const name = textBox(el, STORY_FR.subject!.name!)!;
    expect(img.left).to.be.greaterThan(name.right);
  });

  it('keeps a left-to-right story readable on a right-to-left page: full stops end its sentences', async () => {
    const wrap = await mount(html`<div dir="rtl"><success-story .story=${{ ...STORY_EN, summary: ['Born in Hangzhou, he never gave up.'] }}></success-story></div>`);
    const el = wrap.querySelector('success-story')!;
    await el.updateComplete;
    const p = part(el, 'summary')!.querySelector('p')!;
    const text = [...p.childNodes].find((node): node is Text => node instanceof Text && !!node.data.trim())!;
    const box = (from: number) => {
      const r = document.createRange();
      r.setStart(text, from);
      r.setEnd(text, from + 1);
      return r.getBoundingClientRect();
    };
    const n = text.data.length;
    // The full stop comes after "p" (to its right), not at the far end of the line.
    expect(box(n - 1).left).to.be.closeTo(box(n - 2).right, 1);
    // Still aligned with the mirrored card: the line ends at the right edge.
    expect(box(n - 1).right).to.be.closeTo(p.getBoundingClientRect().right, 1);
  });
});
