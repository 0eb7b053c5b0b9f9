/**
 * Every hostile string and link of the corpus through every text and link field of both
 * elements and through every source (property, attributes, inline JSON, `src`, light DOM, the
 * HTML command): nothing runs, no element comes from the data, no unsafe link is rendered, and
 * `Object.prototype` stays as it was.
 */
import { expect } from '@open-wc/testing';
import '../../src/success-story.js';
import type { Quote, StoryInput } from '../../src/data/types.js';
import { storyHtml } from '../../src/html/render-html.js';
import { fetchTable, type FetchTable } from '../helpers/fetch-table.js';
import { HOSTILE_LINKS, HOSTILE_STRINGS, canaryFired, resetCanary } from './corpus.js';

const SAFE_PROTOCOLS = /^(https?|mailto):$/;
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).join();

/** A quote with `value` in every field, text and link alike. */
const quoteOf = (value: string): Quote => ({
  text: value,
  author: value,
  value,
  cite: value,
  lang: value,
  original: { text: value, lang: value },
});

/** A story with `value` in every field, text and link alike. */
const storyOf = (value: string): StoryInput => ({
  id: value,
  title: value,
  kicker: value,
  category: value,
  subject: { name: value, role: value, image: value, imageAlt: value },
  summary: [value, value],
  milestones: [{ date: value, label: value }],
  values: [value],
  quotes: [quoteOf(value), quoteOf(`${value} 2`)],
  cta: { label: value, href: value },
  source: { name: value, href: value },
});

/** The shadow roots under `root`, nested ones included. */
function shadowRoots(root: ParentNode): ShadowRoot[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    element.shadowRoot ? [element.shadowRoot, ...shadowRoots(element.shadowRoot)] : [],
  );
}

/** What the elements rendered must never hold, whatever the data. */
function expectHarmless(container: Element): void {
  for (const root of shadowRoots(container)) {
    for (const element of root.querySelectorAll('*')) {
      const name = element.localName;
      expect(['script', 'iframe', 'object', 'embed', 'math', 'style', 'template', 'meta', 'base', 'form', 'input'], name).to.not.include(name);
      if (name === 'svg') expect(element.closest('[part~=button]'), 'an svg outside the controls').to.not.equal(null);
      if (name === 'img') expect(element.getAttribute('part'), 'an img that is not the subject image').to.equal('image');
      for (const { name: attribute, value } of element.attributes) {
        expect(attribute.startsWith('on'), `${name} ${attribute}`).to.equal(false);
        if (['href', 'src', 'cite', 'action', 'formaction'].includes(attribute)) {
          expect(new URL(value, location.href).protocol, `${name} ${attribute}="${value.slice(0, 60)}"`).to.match(SAFE_PROTOCOLS);
        }
      }
    }
  }
}

/** Renders `markup` built by `build` for every hostile string at once, then checks it all. */
async function renderAll(build: (value: string, index: number) => Element): Promise<Element> {
  const container = document.createElement('div');
  container.append(...HOSTILE_STRINGS.map(build));
  document.body.append(container);
  const elements = [...container.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('success-story, value-quote')];
  await Promise.all(elements.map((element) => element.updateComplete));
  // Inner quotes render after their story; image loads and errors come later still.
  await Promise.all(shadowRoots(container).map((root) => (root.host as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
  await new Promise((resolve) => setTimeout(resolve, 50));
  return container;
}

describe('the hostile-input corpus', function () {
  // On two busy cores WebKitGTK went past 30 s rendering the corpus in every attribute of a
  // story; a minute leaves it room without hiding a hang.
  this.timeout(60_000);
  let container: Element | undefined;
  let net: FetchTable | undefined;
  let warn: typeof console.warn;

  beforeEach(() => {
    resetCanary();
    // Every dropped link is reported: thousands of expected warnings would drown the output.
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = warn;
    container?.remove();
    net?.restore();
    net = undefined;
    expect(canaryFired(), 'a payload ran').to.equal(false);
    expect(Object.getOwnPropertyNames(Object.prototype).join(), 'Object.prototype').to.equal(PROTOTYPE_KEYS);
  });

  it(`holds ${HOSTILE_STRINGS.length} strings, ${HOSTILE_LINKS.length} of them links`, () => {
    expect(HOSTILE_STRINGS.length).to.be.at.least(100);
  });

  it('in every field of a story given as a property', async () => {
    container = await renderAll((value) => Object.assign(document.createElement('success-story'), { story: storyOf(value) }));
    expectHarmless(container);
    expect(container.querySelector('success-story')!.shadowRoot!.querySelector('[part~=title]')!.textContent).to.equal(HOSTILE_STRINGS[0]);
  });

  it('in every field of a story given as inline JSON', async () => {
    container = await renderAll((value) => {
      const element = document.createElement('success-story');
      const script = element.appendChild(document.createElement('script'));
      script.type = 'application/json';
      script.textContent = JSON.stringify(storyOf(value));
      return element;
    });
    expectHarmless(container);
  });

  it('in every field of a story and of quotes fetched from src', async () => {
    net = fetchTable(Object.fromEntries(HOSTILE_STRINGS.map((value, i) => [`/hostile-${i}.json`, { json: { stories: [storyOf(value)] } }])));
    container = await renderAll((_, i) => {
      const wrapper = document.createElement('div');
      wrapper.append(Object.assign(document.createElement('success-story'), { src: `/hostile-${i}.json` }));
      wrapper.append(Object.assign(document.createElement('value-quote'), { src: `/hostile-${i}.json` }));
      return wrapper;
    });
    // The answers come after the first render: wait for every story to show its title.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await Promise.all([...container.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('success-story, value-quote')].map((e) => e.updateComplete));
    expectHarmless(container);
  });

  // One test per element, so that a slow engine's time is spread over two.
  const ATTRIBUTES = {
    'success-story': ['heading', 'kicker', 'category', 'subject', 'subject-role', 'summary', 'image', 'image-alt', 'values', 'cta-label', 'cta-href', 'story-id', 'lang', 'layout', 'theme', 'heading-level', 'quotes-interval', 'quotes-label'],
    'value-quote': ['text', 'author', 'value', 'lang', 'label', 'order', 'transition', 'controls', 'interval', 'start', 'highlight'],
  };
  for (const [tag, names] of Object.entries(ATTRIBUTES)) {
    it(`in every attribute of <${tag}>`, async () => {
      container = await renderAll((value) => {
        const element = document.createElement(tag);
        for (const name of names) element.setAttribute(name, value);
        return element;
      });
      expectHarmless(container);
    });
  }

  it('in quotes given as a property and as light-DOM HTML', async () => {
    container = await renderAll((value) => {
      const wrapper = document.createElement('div');
      wrapper.append(Object.assign(document.createElement('value-quote'), { quotes: [quoteOf(value), quoteOf(`${value} 2`)], controls: 'full' }));
      const quote = wrapper.appendChild(document.createElement('value-quote'));
      for (const text of [value, `${value} 2`]) {
        const figure = quote.appendChild(document.createElement('figure'));
        figure.setAttribute('data-value', value);
        figure.setAttribute('data-original', value);
        const blockquote = figure.appendChild(document.createElement('blockquote'));
        blockquote.textContent = text;
        blockquote.setAttribute('cite', value);
        figure.appendChild(document.createElement('figcaption')).textContent = value;
      }
      return wrapper;
    });
    expectHarmless(container);
  });

  it('through the HTML command: its markup runs nothing and the elements render it harmlessly', async () => {
    container = await renderAll((value) => {
      const { html, errors } = storyHtml(storyOf(value), { json: false });
      expect(errors).to.deep.equal([]);
      // Scripts in a contextual fragment run once inserted: a payload that became markup would fire.
      const fragment = document.createRange().createContextualFragment(html!);
      const wrapper = document.createElement('div');
      wrapper.append(fragment);
      return wrapper;
    });
    const fromData = container.querySelectorAll('script, iframe, object, embed, svg, math, style, [onerror], [onload], [onfocus]');
    expect([...fromData].map((element) => element.outerHTML.slice(0, 80))).to.deep.equal([]);
    for (const element of container.querySelectorAll('[href], [src], [cite]')) {
      const link = element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('cite')!;
      expect(new URL(link, location.href).protocol, link.slice(0, 60)).to.match(SAFE_PROTOCOLS);
    }
    expectHarmless(container);
  });
});
