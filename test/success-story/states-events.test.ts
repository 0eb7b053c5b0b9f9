import { expect, html } from '@open-wc/testing';
import sinon from 'sinon';
import { fetchTable, type FetchTable } from '../helpers/fetch-table.js';
import type { SourceError } from '../../src/data/load.js';
import type { StoryErrorDetail, StoryLoadDetail } from '../../src/success-story/success-story.js';
import { COLLECTION, STORY_FR, mount, next, part, recorder, settled, titleText, warnings } from '../helpers/story-harness.js';

const fakeClock = () =>
  sinon.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout', 'Date', 'performance'] });
const visible = (node: Element | null | undefined) => !!node?.checkVisibility();

describe('success-story loading, errors and events', () => {
  let net: FetchTable;
  let warn: ReturnType<typeof warnings>;
  beforeEach(() => {
    warn = warnings();
    net = fetchTable({
      '/story.json': { json: STORY_FR },
      '/stories.json': { json: COLLECTION },
      '/slow.json': { json: STORY_FR, delay: 60_000 },
      '/later.json': { json: STORY_FR, delay: 3_000 },
      '/missing.json': { status: 404, text: 'Not found' },
      '/offline.json': { networkError: true },
      '/not-json.json': { text: '<html>oops</html>' },
      '/invalid.json': { json: { stories: [{ title: 5 }, { summary: 'no title' }] } },
      '/partly.json': { json: { stories: [{ id: 'ok', title: 'Valide', values: ['Courage'] }, { title: 7 }] } },
    });
  });
  afterEach(() => {
    net.restore();
    warn.restore();
  });

  it('is busy with a skeleton of stable size while loading, then shows the story', async () => {
    const clock = fakeClock();
    try {
      const el = await mount(html`<success-story lang="fr" src="/later.json"></success-story>`);
      expect(el.getAttribute('aria-busy')).to.equal('true');
      // A placeholder box and the message for assistive technology, no other text.
      expect(part(el, 'article')!.textContent!.trim()).to.equal('Chargement de l’histoire…');
      const height = el.getBoundingClientRect().height;
      expect(height).to.be.greaterThan(100);
      await clock.tickAsync(1_000);
      expect(el.getBoundingClientRect().height).to.equal(height);
      const loaded = next('story-load');
      await clock.tickAsync(2_000);
      await loaded;
      await settled(el);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(part(el, 'article')!.textContent).to.not.contain('Chargement de l’histoire…');
      expect(titleText(el)).to.equal(STORY_FR.title);
    } finally {
      clock.restore();
    }
  });

  it('keeps the light DOM fallback visible while loading, not a skeleton', async () => {
    const el = await mount(html`<success-story src="/slow.json"><p id="fb">Repli</p></success-story>`);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(visible(el.querySelector('#fb'))).to.equal(true);
    expect(part(el, 'article')!.textContent).to.not.contain('Loading the story…');
  });

  it('gives up on a slow source after 10 s with a timeout error and a short message', async () => {
    const clock = fakeClock();
    try {
      const events = recorder(document, 'story-error');
      const errors = () => events.of<StoryErrorDetail>('story-error');
      const el = await mount(html`<success-story src="/slow.json"></success-story>`);
      await clock.tickAsync(9_999);
      expect(errors()).to.have.length(0);
      await clock.tickAsync(1);
      await settled(el);
      expect(errors()).to.have.length(1);
      expect((errors()[0].error as SourceError).kind).to.equal('timeout');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(part(el, 'article')!.textContent!.trim()).to.equal('This story could not be shown.');
    } finally {
      clock.restore();
    }
  });

  // url, error kind, what the event's message says, what one console line says
  const FAILURES: [string, string, RegExp, RegExp][] = [
    ['/missing.json', 'http', /404/, /404/],
    ['/offline.json', 'network', /network/, /network/],
    ['/not-json.json', 'json', /JSON/, /JSON/],
    ['/invalid.json', 'invalid', /stories\[0\]\.title: expected a string\nstories\[1\]\.title: expected a string/, /stories\[1\]\.title: expected a string$/],
  ];
  for (const [url, kind, reason, line] of FAILURES) {
    it(`reports ${kind} failures (${url}) to the event and the console, and shows a localized message`, async () => {
      const failed = next<StoryErrorDetail>('story-error');
      const el = await mount(html`<success-story lang="fr" src=${url}></success-story>`);
      const { detail } = await failed;
      await settled(el);
      expect(detail.error).to.be.instanceOf(Error);
      expect((detail.error as SourceError).kind).to.equal(kind);
      expect(detail.error.message).to.match(reason);
      expect(warn.messages().some((m) => m.startsWith('success-story: ') && line.test(m)), warn.messages().join('\n')).to.equal(true);
      expect(part(el, 'article')!.textContent!.trim()).to.equal('Cette histoire ne peut pas être affichée.');
    });
  }

  it('fires both events for partly valid data: the error lists the path, the load has the valid story', async () => {
    const events = recorder(document, 'story-error');
    const errors = () => events.of<StoryErrorDetail>('story-error');
    const loaded = next<StoryLoadDetail>('story-load');
    const el = await mount(html`<success-story src="/partly.json"></success-story>`);
    const { detail } = await loaded;
    await settled(el);
    expect(detail.story.title).to.equal('Valide');
    expect(detail.story.values).to.deep.equal(['Courage']);
    expect(errors()).to.have.length(1);
    expect(errors()[0].error.message).to.contain('stories[1].title: expected a string');
    expect(titleText(el)).to.equal('Valide');
  });

  it('reports a story-id that is not there, naming it, and keeps the fallback', async () => {
    const failed = next<StoryErrorDetail>('story-error');
    const el = await mount(html`<success-story src="/stories.json" story-id="blablacar"><p id="fb">Repli</p></success-story>`);
    const { detail } = await failed;
    await settled(el);
    expect(detail.error.message).to.contain('blablacar');
    expect(visible(el.querySelector('#fb'))).to.equal(true);
    expect(part(el, 'title')).to.equal(null);
  });

  it('fires story-load for every source, bubbling and composed, typed with the story', async () => {
    const events = recorder(document, 'story-load');
    await mount(html`<success-story .story=${STORY_FR}></success-story>`);
    await mount(html`<success-story><script type="application/json">{"title": "Inline"}</script></success-story>`);
    await mount(html`<success-story heading="Attributs"></success-story>`);
    await mount(html`<success-story src="/story.json"></success-story>`);
    await events.until('story-load', 4);
    expect(events.of<StoryLoadDetail>('story-load').map((d) => d.story.title)).to.deep.equal([STORY_FR.title, 'Inline', 'Attributs', STORY_FR.title]);
    expect(events.events.every((e) => e.bubbles && e.composed)).to.equal(true);
  });

  it('does not fire again, nor warn again, on a re-render', async () => {
    const events = recorder(document, 'story-load', 'story-error');
    const loads = () => events.of('story-load');
    const errors = () => events.of('story-error');
    const el = await mount(html`<success-story .story=${{ title: 'T', cta: { label: 'x', href: 'javascript:alert(1)' }, values: 5 }}></success-story>`);
    expect([loads().length, errors().length]).to.deep.equal([1, 1]);
    const said = warn.messages().length;
    el.layout = 'banner';
    el.theme = 'dark';
    el.headingLevel = 3;
    await el.updateComplete;
    expect([loads().length, errors().length]).to.deep.equal([1, 1]);
    expect(warn.messages()).to.have.length(said);
  });

  it('with loading="lazy", fetches only once the element nears the viewport', async () => {
    const wrap = await mount(html`<div>
      <div style="block-size: 5000px"></div>
      <success-story loading="lazy" src="/story.json"></success-story>
    </div>`);
    const el = wrap.querySelector('success-story')!;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 100));
    expect(net.urls()).to.deep.equal([]);
    const loaded = next('story-load');
    el.scrollIntoView();
    await loaded;
    expect(net.urls()).to.have.length(1);
    window.scrollTo(0, 0);
  });

  it('aborts its request when removed from the page', async () => {
    const el = await mount(html`<success-story src="/slow.json"></success-story>`);
    await new Promise((r) => setTimeout(r));
    el.remove();
    expect(net.signals()[0]!.aborted).to.equal(true);
  });
});
