/**
 * React 19 passes objects to custom elements as properties and listens to their events with
 * `on<event-name>` props: a story and quotes go in, `story-load` and `quote-change` come out.
 */
import { expect, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { createElement, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import '../../src/index.js';
import { demoStories } from '../helpers/demo-data.js';
import type { SuccessStory, ValueQuote, Story } from '../../src/index.js';
import type { StoryLoadDetail, QuoteChangeDetail } from '../../src/index.js';

let stories: Story[];

describe('React 19', () => {
  let host: HTMLElement;
  let root: Root;
  let consoleError: sinon.SinonSpy;

  before(async () => {
    stories = await demoStories();
  });
  beforeEach(() => {
    consoleError = sinon.spy(console, 'error');
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(() => {
    root.unmount();
    host.remove();
    consoleError.restore();
  });

  it('sets `story` as a property and hears `story-load`, again when the story changes', async () => {
    const loaded: string[] = [];
    let show: (s: Story) => void = () => {};
    function App() {
      const [story, setStory] = useState(stories[0]);
      show = setStory;
      return createElement('success-story', {
        story,
        'onstory-load': (e: CustomEvent<StoryLoadDetail>) => loaded.push(e.detail.story.title),
      });
    }
    flushSync(() => root.render(createElement(App)));
    const el = host.querySelector('success-story') as SuccessStory;
    await el.updateComplete;
    expect(el.story).to.equal(stories[0]);
    expect(el.hasAttribute('story')).to.equal(false);
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(stories[0].title);
    expect(loaded).to.deep.equal([stories[0].title]);

    flushSync(() => show(stories[1]));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(stories[1].title);
    expect(loaded).to.deep.equal([stories[0].title, stories[1].title]);
    expect(consoleError.called, 'React reported no error').to.equal(false);
  });

  it('sets `quotes` as a property, reflects plain attributes and hears `quote-change`', async () => {
    const changes: number[] = [];
    flushSync(() => root.render(createElement('value-quote', {
      quotes: stories[1].quotes,
      controls: 'full',
      paused: true,
      'onquote-change': (e: CustomEvent<QuoteChangeDetail>) => changes.push(e.detail.index),
    })));
    const el = host.querySelector('value-quote') as ValueQuote;
    await el.updateComplete;
    expect(el.quotes).to.equal(stories[1].quotes);
    expect(el.getAttribute('controls')).to.equal('full');
    const changed = oneEvent(el, 'quote-change');
    el.next();
    await changed;
    expect(changes).to.deep.equal([1]);
    expect(el.current?.text).to.equal(stories[1].quotes![1].text);
    expect(consoleError.called, 'React reported no error').to.equal(false);
  });
});
