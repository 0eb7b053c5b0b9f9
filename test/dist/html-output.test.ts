/**
 * The HTML that `success-story-html` prints (the same `storyHtml()` the command calls, see
 * cli.node.test.mjs) in a page with the bundle: the upgraded element shows the same story as
 * the element fed the JSON file, and hostile strings stay text.
 */
import { expect } from '@open-wc/testing';
import { quotesHtml, storyHtml } from '../../src/html/render-html.js';
import { openFrame, type Frame } from '../helpers/frame.js';
import { visibleText } from '../helpers/visible-text.js';

type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };
const DATA = '/demo/data/alibaba.json';
let doc: unknown;
/** A story whose every string tries to become markup or a script, and whose links are unsafe. */
let HOSTILE: typeof import('./fixtures/hostile-story.json');

/** Waits until every element of ours in the frame has rendered. */
async function settled(frame: Frame) {
  for (let i = 0; i < 3; i++) {
    const all = [...frame.doc.querySelectorAll('success-story, value-quote')] as Upgraded[];
    for (const el of all) {
      await el.updateComplete;
      for (const inner of el.shadowRoot?.querySelectorAll('value-quote') ?? []) await (inner as Upgraded).updateComplete;
    }
  }
}

async function fromJson(id: string): Promise<Frame> {
  const frame = await openFrame(`<success-story src="${DATA}" story-id="${id}"></success-story>`);
  const loaded = new Promise((resolve) => frame.doc.addEventListener('story-load', resolve, { once: true }));
  await frame.addScript('/dist/success-story.js');
  await loaded;
  await settled(frame);
  return frame;
}

async function fromHtml(html: string): Promise<Frame> {
  const frame = await openFrame(html);
  await frame.addScript('/dist/success-story.js');
  await frame.win.customElements.whenDefined('success-story');
  await settled(frame);
  return frame;
}

const story = (f: Frame) => f.doc.querySelector('success-story')!;
const quoteTexts = (f: Frame) => {
  const vq = story(f).querySelector('value-quote') ?? story(f).shadowRoot!.querySelector('value-quote')!;
  return [...vq.shadowRoot!.querySelectorAll('[part~="text"]')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
};

describe('success-story-html output in a page', () => {
  const frames: Frame[] = [];
  before(async () => {
    doc = await (await fetch(DATA)).json();
    HOSTILE = await (await fetch('/test/dist/fixtures/hostile-story.json')).json();
  });
  afterEach(() => frames.splice(0).forEach((f) => f.remove()));

  for (const [id, lang] of [['alibaba', 'fr'], ['alibaba-en', 'en']]) {
    it(`renders the "${id}" story as the element fed the JSON file does`, async () => {
      const { html, errors } = storyHtml(doc, { storyId: id, base: new URL(DATA, location.href).href });
      expect(errors).to.deep.equal([]);
      const [json, light] = [await fromJson(id), await fromHtml(html!)];
      frames.push(json, light);
      expect(light.win.errors).to.deep.equal([]);
      expect(story(light).getAttribute('lang')).to.equal(lang);
      // The heading is the slotted <h2>, the quotes the slotted <value-quote>'s figures.
      const title = visibleText(story(json).shadowRoot!.querySelector('[part~="title"]')!);
      expect(title).to.not.equal('');
      expect(visibleText(story(light).querySelector('[slot="heading"]')!)).to.equal(title);
      expect(quoteTexts(light)).to.deep.equal(quoteTexts(json));
      expect(quoteTexts(light)).to.have.length(4);
      // And the whole story reads the same, word for word.
      expect(visibleText(story(light))).to.equal(visibleText(story(json)));
    });
  }

  it('without the embedded JSON, the fallback shows the parts no slot holds', async () => {
    const { html } = storyHtml(doc, { storyId: 'alibaba-en', json: false, base: new URL(DATA, location.href).href });
    const light = await fromHtml(html!);
    frames.push(light);
    const text = visibleText(story(light));
    for (const shown of ['Jack Ma: dare to be a little crazy', 'Perseverance wins success.', 'Success story · Business development', 'Tenacity', 'Age 14', 'Discover the Alibaba Group', 'Wikipedia']) {
      expect(text).to.contain(shown);
    }
  });

  it('quotesHtml: a <value-quote> of its own shows the story\'s quotes, as the story\'s carousel does', async () => {
    const base = new URL(DATA, location.href).href;
    const { html: figures, errors } = quotesHtml(doc, { storyId: 'alibaba-en', base, indent: '  ' });
    expect(errors).to.deep.equal([]);
    const [bare, whole] = [await fromHtml(`<value-quote>\n${figures}</value-quote>`), await fromHtml(storyHtml(doc, { storyId: 'alibaba-en', base }).html!)];
    frames.push(bare, whole);
    expect(bare.win.errors).to.deep.equal([]);
    const bareQuote = bare.doc.querySelector('value-quote')!;
    const texts = [...bareQuote.shadowRoot!.querySelectorAll('[part~="text"]')].map((t) => t.textContent!.replace(/\s+/g, ' ').trim());
    expect(texts).to.deep.equal(quoteTexts(whole));
    expect(bareQuote.querySelectorAll('figure[data-value][data-original] > blockquote[lang="en"] + figcaption')).to.have.length(4);
    // A story without quotes has no figures to give: the reason, and no HTML.
    const { html: none, errors: why } = quotesHtml({ title: 'No quotes here', quotes: [] });
    expect(none).to.equal(undefined);
    expect(why).to.deep.equal(['story "No quotes here" has no quotes']);
  });

  it('hostile strings stay text: no element, attribute or script comes from the data', async () => {
    const { html, warnings } = storyHtml(HOSTILE);
    expect(warnings).to.have.length(4);
    const f = await fromHtml(html!);
    frames.push(f);
    const win = f.win as Frame['win'] & { pwned?: number };
    expect(win.pwned).to.equal(undefined);
    expect(win.errors).to.deep.equal([]);
    const host = story(f);
    expect(host.querySelectorAll('script')).to.have.length(1);
    expect(f.doc.querySelectorAll('img, iframe, svg, b, u, em, i, x')).to.have.length(0);
    expect(host.shadowRoot!.querySelectorAll('img, iframe, svg, b, u, em, x')).to.have.length(0);
    expect(host.querySelector('[slot="heading"]')!.textContent).to.equal(HOSTILE.title);
    const text = visibleText(host);
    for (const raw of [HOSTILE.title, HOSTILE.kicker, HOSTILE.summary[0], HOSTILE.values[0], HOSTILE.quotes[0].text]) expect(text).to.contain(raw);
    expect(f.doc.querySelectorAll('a[href^="javascript"], [src^="javascript"], [cite^="data"]')).to.have.length(0);
  });
});
