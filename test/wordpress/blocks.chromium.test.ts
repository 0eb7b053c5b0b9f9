// The plugin's two blocks under WordPress's own block library: they register from their
// block.json, what save() writes parses back as valid blocks (the editor would otherwise say
// "This block contains unexpected or invalid content"), and hostile field values come out as
// text, never as markup.
import { expect } from '@open-wc/testing';
import * as blocks from '@wordpress/blocks';
import * as element from '@wordpress/element';
import * as i18n from '@wordpress/i18n';
import sinon from 'sinon';
import { registerQuotesBlock } from '../../wordpress/editor/quotes-block.js';
import { registerStoryBlock } from '../../wordpress/editor/story-block.js';
import type { WordPressApi } from '../../wordpress/editor/wordpress-globals.js';
import { STORY_EN } from '../helpers/stories.js';

const wp = { blocks, element, i18n } as unknown as WordPressApi;
const STORY = 'success-story/story';
const QUOTES = 'success-story/value-quotes';
const HOSTILE = '"><img src=x onerror="window.hostile=1"><script>window.hostile=2</script>';

registerStoryBlock(wp);
registerQuotesBlock(wp);

/** Serializes one block as the editor saves it, parses the post back, and returns the parsed block. */
function roundTrip(name: string, attributes: Record<string, unknown>) {
  const post = blocks.serialize([blocks.createBlock(name, attributes)]);
  const parsed = blocks.parse(post);
  expect(parsed).to.have.length(1);
  return { post, block: parsed[0] };
}

/** The saved post as a reader's browser builds it. */
const documentOf = (post: string) => new DOMParser().parseFromString(`<!doctype html><body>${post}`, 'text/html');

/** Every sign that markup from the data became markup in the page. */
function expectNoInjectedMarkup(page: Document) {
  expect(page.querySelectorAll('script'), 'script elements').to.have.length(0);
  expect(page.querySelectorAll('img[onerror], [onerror], [onclick], [onload]'), 'event handler attributes').to.have.length(0);
  expect([...page.querySelectorAll('a')].map((link) => link.getAttribute('href')).filter((href) => /^\s*javascript:/i.test(href ?? '')), 'javascript: links').to.deep.equal([]);
}

describe('WordPress blocks', () => {
  let consoleError: sinon.SinonSpy;
  let consoleWarn: sinon.SinonSpy;
  beforeEach(() => {
    consoleError = sinon.spy(console, 'error');
    consoleWarn = sinon.spy(console, 'warn');
  });
  afterEach(() => {
    consoleError.restore();
    consoleWarn.restore();
  });

  it('registers both blocks with their titles and attributes from block.json', () => {
    const story = blocks.getBlockType(STORY)!;
    const quotes = blocks.getBlockType(QUOTES)!;
    expect(story.title).to.equal('Success story');
    expect(quotes.title).to.equal('Value quotes');
    expect(Object.keys(story.attributes)).to.have.members(['story', 'layout', 'theme', 'lang', 'headingLevel', 'quotesInterval']);
    expect(Object.keys(quotes.attributes)).to.include.members(['quotes', 'interval', 'controls', 'order', 'transition', 'highlight', 'value']);
    expect(blocks.hasBlockSupport(STORY, 'className', true)).to.equal(false);
  });

  it('saves a full story as the crawlable HTML, with the choices on the element, and parses it back as valid', () => {
    const attributes = { story: STORY_EN, layout: 'banner', theme: 'dark', quotesInterval: 'auto', headingLevel: '3' };
    const { post, block } = roundTrip(STORY, attributes);
    expect(block.isValid, JSON.stringify(block.validationIssues)).to.equal(true);
    expect(block.attributes).to.deep.include(attributes);
    const story = documentOf(post).querySelector('success-story')!;
    expect(story.getAttribute('layout')).to.equal('banner');
    expect(story.getAttribute('theme')).to.equal('dark');
    expect(story.getAttribute('quotes-interval')).to.equal('auto');
    expect(story.getAttribute('lang')).to.equal('en');
    expect(story.querySelector('h3[slot="heading"]')!.textContent).to.equal(STORY_EN.title);
    expect(story.querySelector('[slot="summary"] p')!.textContent).to.equal(STORY_EN.summary);
    expect([...story.querySelectorAll('value-quote[slot="quotes"] blockquote')].map((quote) => quote.textContent)).to.deep.equal(STORY_EN.quotes!.map((quote) => quote.text));
    expect(story.querySelector<HTMLAnchorElement>('a[slot="cta"]')!.href).to.equal(STORY_EN.cta!.href);
    // Scripts are left out of the saved post: WordPress strips them for most authors.
    expect(story.querySelector('script')).to.equal(null);
    expect(consoleError.called || consoleWarn.called, 'console messages').to.equal(false);
  });

  it('leaves blank form entries out and saves nothing but the block comment while the story has no title', () => {
    const blank = roundTrip(STORY, { story: { title: ' ', summary: ['', ''] } });
    expect(blank.block.isValid).to.equal(true);
    expect(blank.post).to.match(/^<!-- wp:success-story\/story .*\/-->$/);
    const partial = roundTrip(STORY, { story: { title: 'A story', summary: ['', 'One paragraph', ''], quotes: [{}, { text: 'A quote' }] } });
    expect(partial.block.isValid).to.equal(true);
    const page = documentOf(partial.post);
    expect([...page.querySelectorAll('[slot="summary"] p')].map((paragraph) => paragraph.textContent)).to.deep.equal(['One paragraph']);
    expect(page.querySelectorAll('figure')).to.have.length(1);
  });

  it('writes hostile story fields and choices as text, and the post still parses as valid', () => {
    const story = {
      title: HOSTILE,
      kicker: `${HOSTILE}<!--`,
      subject: { name: HOSTILE, image: 'javascript:alert(1)', imageAlt: HOSTILE },
      summary: [HOSTILE, '</success-story><script>window.hostile=3</script>'],
      milestones: [{ date: HOSTILE, label: '<!-- /wp:success-story/story -->' }],
      values: [HOSTILE],
      quotes: [{ text: '</value-quote>' + HOSTILE, author: HOSTILE, value: HOSTILE, cite: 'javascript:alert(1)' }],
      cta: { label: HOSTILE, href: ' javascript:alert(1)' },
      source: { name: HOSTILE, href: 'jav&#x61;script:alert(1)' },
    };
    const { post, block } = roundTrip(STORY, { story, layout: HOSTILE, theme: HOSTILE, quotesInterval: HOSTILE });
    expect(block.isValid, JSON.stringify(block.validationIssues)).to.equal(true);
    expect(block.attributes.story).to.deep.equal(story);
    const page = documentOf(post);
    expectNoInjectedMarkup(page);
    const element = page.querySelector('success-story')!;
    expect(page.querySelectorAll('success-story')).to.have.length(1);
    expect(element.getAttribute('layout')).to.equal(HOSTILE);
    expect(element.querySelector('[slot="heading"]')!.textContent).to.equal(HOSTILE);
    expect([...element.querySelectorAll('[slot="summary"] p')].map((paragraph) => paragraph.textContent)).to.deep.equal(story.summary);
    expect(element.querySelector('blockquote')!.textContent).to.equal(story.quotes[0].text);
    expect(element.querySelector('a[slot="cta"]'), 'a call to action with an unsafe link').to.equal(null);
    expect(element.querySelector('img'), 'a portrait with an unsafe link').to.equal(null);
  });

  it('saves quotes as figures inside <value-quote>, with the choices as attributes, and parses them back as valid', () => {
    const quotes = STORY_EN.quotes!.map(({ text, author, value }) => ({ text, author, value }));
    const attributes = { quotes, interval: '4000', controls: 'full', order: 'shuffle', transition: 'slide', highlight: 'off', paused: 'paused', value: 'Courage', label: 'Our values' };
    const { post, block } = roundTrip(QUOTES, attributes);
    expect(block.isValid, JSON.stringify(block.validationIssues)).to.equal(true);
    const carousel = documentOf(post).querySelector('value-quote')!;
    expect(Object.fromEntries([...carousel.attributes].map((attribute) => [attribute.name, attribute.value]))).to.deep.equal({
      interval: '4000', controls: 'full', order: 'shuffle', transition: 'slide', highlight: 'off', paused: 'paused', value: 'Courage', label: 'Our values',
    });
    expect([...carousel.querySelectorAll('figure')].map((figure) => [figure.getAttribute('data-value'), figure.querySelector('blockquote')!.textContent, figure.querySelector('figcaption')!.textContent]))
      .to.deep.equal(quotes.map(({ text, author, value }) => [value, text, author]));
    const defaults = roundTrip(QUOTES, { quotes });
    expect(documentOf(defaults.post).querySelector('value-quote')!.attributes, 'default choices written').to.have.length(0);
  });

  it('writes hostile quotes and choices as text, and the post still parses as valid', () => {
    const quotes = [{ text: `</figure></value-quote>${HOSTILE}`, author: HOSTILE, value: HOSTILE, cite: 'javascript:alert(1)', lang: HOSTILE }];
    const { post, block } = roundTrip(QUOTES, { quotes, interval: HOSTILE, label: HOSTILE, value: HOSTILE });
    expect(block.isValid, JSON.stringify(block.validationIssues)).to.equal(true);
    const page = documentOf(post);
    expectNoInjectedMarkup(page);
    const carousel = page.querySelector('value-quote')!;
    expect(carousel.getAttribute('label')).to.equal(HOSTILE);
    expect(carousel.querySelectorAll('figure')).to.have.length(1);
    expect(carousel.querySelector('blockquote')!.textContent).to.equal(quotes[0].text);
    expect(carousel.querySelector('blockquote')!.hasAttribute('cite'), 'an unsafe cite link').to.equal(false);
    expect(carousel.querySelector('figcaption')!.textContent).to.equal(HOSTILE);
  });
});
