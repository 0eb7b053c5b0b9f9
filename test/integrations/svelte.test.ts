/**
 * Svelte 5: a component (compiled by the test server) passes the story and its quotes as
 * properties and listens to `story-load` and `quote-change`.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { flushSync, mount, unmount } from 'svelte';
import '../../src/index.js';
import type { SuccessStory, ValueQuote, Story } from '../../src/index.js';
import { demoStories } from '../helpers/demo-data.js';
import StoryCard from './fixtures/StoryCard.svelte';

describe('Svelte 5', () => {
  let stories: Story[];
  let host: HTMLElement;
  let component: Record<string, unknown> | undefined;

  before(async () => {
    stories = await demoStories();
  });
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    if (component) unmount(component);
    host.remove();
  });

  it('passes `story` and `quotes` as properties and hears the elements’ events', async () => {
    const loaded: string[] = [];
    const changes: number[] = [];
    component = mount(StoryCard, {
      target: host,
      props: { story: stories[1], onloaded: (t: string) => loaded.push(t), onchanged: (i: number) => changes.push(i) },
    });
    flushSync();
    const el = host.querySelector('success-story') as SuccessStory;
    const quotes = host.querySelector('value-quote') as ValueQuote;
    await el.updateComplete;
    expect(el.story).to.equal(stories[1]);
    expect(el.hasAttribute('story')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(stories[1].title);
    expect(loaded).to.deep.equal([stories[1].title]);

    await quotes.updateComplete;
    expect(quotes.quotes).to.equal(stories[1].quotes);
    const changed = oneEvent(quotes, 'quote-change');
    quotes.next();
    await changed;
    expect(changes).to.deep.equal([1]);
  });
});
