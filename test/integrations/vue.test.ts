/**
 * Vue 3 with `compilerOptions.isCustomElement`: the template binds `:story` as a property
 * (the element has it) and `@story-load` / `@quote-change` as event listeners.
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { createApp, nextTick, ref, type App } from 'vue';
import '../../src/index.js';
import type { SuccessStory, ValueQuote, Story } from '../../src/index.js';
import { demoStories } from '../helpers/demo-data.js';

const TEMPLATE = `
  <success-story :story="story" @story-load="loaded.push($event.detail.story.title)"></success-story>
  <value-quote :quotes="story.quotes" controls="full" paused @quote-change="changes.push($event.detail.index)"></value-quote>`;

describe('Vue 3', () => {
  let stories: Story[];
  let host: HTMLElement;
  let app: App | undefined;
  let warn: sinon.SinonSpy;

  before(async () => {
    stories = await demoStories();
  });
  beforeEach(() => {
    warn = sinon.spy(console, 'warn');
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => {
    app?.unmount();
    host.remove();
    warn.restore();
  });

  it('passes `story` and `quotes` as properties and hears the elements’ events', async () => {
    const story = ref(stories[0]);
    const loaded: string[] = [];
    const changes: number[] = [];
    app = createApp({ template: TEMPLATE, setup: () => ({ story, loaded, changes }) });
    // Without this, Vue would try to resolve the tags as Vue components.
    app.config.compilerOptions.isCustomElement = (tag) => tag === 'success-story' || tag === 'value-quote';
    app.mount(host);

    const el = host.querySelector('success-story') as SuccessStory;
    const quotes = host.querySelector('value-quote') as ValueQuote;
    await el.updateComplete;
    expect(el.story).to.deep.equal(stories[0]);
    expect(el.hasAttribute('story'), 'not serialised into an attribute').to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(stories[0].title);
    expect(loaded).to.deep.equal([stories[0].title]);

    story.value = stories[1];
    await nextTick();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(stories[1].title);
    expect(loaded).to.deep.equal([stories[0].title, stories[1].title]);

    await quotes.updateComplete;
    expect(quotes.quotes).to.deep.equal(stories[1].quotes);
    const changed = oneEvent(quotes, 'quote-change');
    quotes.next();
    await changed;
    expect(changes).to.deep.equal([1]);
    expect(warn.getCalls().map((c) => String(c.args[0])).filter((m) => /vue/i.test(m))).to.deep.equal([]);
  });
});
