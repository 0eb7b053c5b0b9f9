import { expect } from '@open-wc/testing';
import { ReactiveElement, type PropertyValues } from 'lit';
import sinon from 'sinon';
import type { SourceError } from '../../src/data/load.js';
import { SourceController } from '../../src/internal/source-controller.js';
import { fetchTable } from '../helpers/fetch-table.js';
import type { FetchTable } from '../helpers/fetch-table.js';
import { frames, moveFarAway, moveIntoView, placedBelowViewport, until } from '../helpers/viewport.js';

/** The smallest host: records each answer its source gives, read as an element reads it when it updates. */
class SourceHost extends ReactiveElement {
  data: [unknown, string][] = [];
  errors: SourceError[] = [];
  source = new SourceController(this, 'the data');
  private answerRecorded?: unknown;

  /** `src` is set and not answered yet, as an element reading the source sees it. */
  get pending(): boolean {
    const reading = this.source.reading([], () => ({ warnings: [] }));
    return !!reading && !reading.read();
  }

  protected override update(changed: PropertyValues): void {
    super.update(changed);
    const reading = this.source.reading([], (document, url) => ({ data: [document.value, url] as [unknown, string], warnings: [] }));
    const answer = reading?.key[0];
    if (!answer || answer === this.answerRecorded) return;
    this.answerRecorded = answer;
    const outcome = reading!.read()!;
    if (outcome.data) this.data.push(outcome.data);
    else this.errors.push(outcome.error as SourceError);
  }
}
customElements.define('source-host', SourceHost);

const abs = (path: string) => new URL(path, document.baseURI).href;
/** A fetched Story document, as validation gives it. */
const story = (title: string) => ({ kind: 'story', story: { title } });

describe('SourceController', () => {
  let table: FetchTable;
  let clock: sinon.SinonFakeTimers | undefined;
  let host: SourceHost;

  const fakeTime = () => (clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }));
  // Fake time moves the canned delays; reading a Response body still takes real turns of the event loop.
  const settle = async (ms: number) => {
    await clock!.tickAsync(ms);
    await frames(3);
  };

  beforeEach(() => {
    table = fetchTable({
      '/a.json': { json: { title: 'A' }, delay: 300 },
      '/b.json': { json: { title: 'B' }, delay: 10 },
      '/stubborn.json': { json: { title: 'late' }, delay: 300, ignoreAbort: true },
      '/missing.json': { status: 404 },
      '/hang.json': { json: {}, delay: 60_000 },
    });
    host = new SourceHost();
  });

  afterEach(() => {
    clock?.restore();
    clock = undefined;
    host.remove();
    table.restore();
    sinon.restore();
  });

  describe('eager', () => {
    it('does not fetch before the host is connected, then reports the data with its absolute URL', async () => {
      fakeTime();
      host.source.sync('/b.json', false);
      expect(host.pending).to.equal(true);
      expect(table.stub.callCount).to.equal(0);
      document.body.append(host);
      expect(table.urls()).to.deep.equal([abs('/b.json')]);
      const update = sinon.spy(host, 'requestUpdate');
      await settle(10);
      await until(() => host.data.length > 0);
      expect(host.data).to.deep.equal([[story('B'), abs('/b.json')]]);
      expect(host.errors).to.deep.equal([]);
      expect(host.pending).to.equal(false);
      expect(update.called).to.equal(true);
    });

    it('reports an error of the latest src', async () => {
      fakeTime();
      document.body.append(host);
      host.source.sync('/missing.json', false);
      await settle(0);
      await until(() => host.errors.length > 0);
      expect(host.errors.map((e) => [e.kind, e.status, e.message])).to.deep.equal([['http', 404, `HTTP 404 for ${abs('/missing.json')}`]]);
      expect(host.pending).to.equal(false);
    });

    it('reports a timeout after 10 s', async () => {
      fakeTime();
      document.body.append(host);
      host.source.sync('/hang.json', false);
      await settle(10_000);
      await until(() => host.errors.length > 0);
      expect(host.errors.map((e) => e.kind)).to.deep.equal(['timeout']);
      expect(table.signals()[0]!.aborted).to.equal(true);
    });

    it('lets the latest src win: the earlier request is aborted and never reported', async () => {
      fakeTime();
      document.body.append(host);
      host.source.sync('/a.json', false);
      host.source.sync('/b.json', false);
      expect(table.signals()[0]!.aborted).to.equal(true);
      await settle(1000);
      await until(() => host.data.length > 0);
      expect(host.data).to.deep.equal([[story('B'), abs('/b.json')]]);
      expect(host.errors).to.deep.equal([]);
    });

    it('ignores a late answer to an earlier src even when it arrives after the newer one', async () => {
      fakeTime();
      document.body.append(host);
      host.source.sync('/stubborn.json', false);
      host.source.sync('/b.json', false);
      await settle(1000);
      await until(() => host.data.length > 0);
      // The earlier answer comes 300 ms in, after the newer one: give it real time to arrive too.
      await frames(5);
      expect(host.data).to.deep.equal([[story('B'), abs('/b.json')]]);
      expect(host.errors).to.deep.equal([]);
    });

    it('cancels on a null or empty src', async () => {
      fakeTime();
      document.body.append(host);
      for (const empty of [null, '']) {
        host.source.sync('/a.json', false);
        host.source.sync(empty, false);
        expect(host.pending).to.equal(false);
      }
      await settle(1000);
      expect(table.signals().map((s) => s!.aborted)).to.deep.equal([true, true]);
      expect(host.data).to.deep.equal([]);
      expect(host.errors).to.deep.equal([]);
    });

    it('aborts when the host leaves the page and loads again when it comes back', async () => {
      fakeTime();
      document.body.append(host);
      host.source.sync('/a.json', false);
      host.remove();
      expect(table.signals()[0]!.aborted).to.equal(true);
      expect(host.pending).to.equal(true);
      await settle(1000);
      expect(host.data).to.deep.equal([]);
      expect(host.errors).to.deep.equal([]);
      document.body.append(host);
      await settle(300);
      await until(() => host.data.length > 0);
      expect(table.stub.callCount).to.equal(2);
      expect(host.data).to.deep.equal([[story('A'), abs('/a.json')]]);
    });

    it('does not fetch again on reconnect once the data has arrived', async () => {
      fakeTime();
      document.body.append(host);
      host.source.sync('/b.json', false);
      await settle(10);
      await until(() => host.data.length > 0);
      host.remove();
      document.body.append(host);
      await settle(100);
      expect(table.stub.callCount).to.equal(1);
      expect(host.data.length).to.equal(1);
    });

    it('shares one request among hosts loading the same URL', async () => {
      fakeTime();
      const other = new SourceHost();
      document.body.append(host, other);
      host.source.sync('/a.json', false);
      other.source.sync(abs('/a.json'), false);
      await settle(300);
      await until(() => host.data.length > 0 && other.data.length > 0);
      other.remove();
      expect(table.stub.callCount).to.equal(1);
      expect(host.data).to.deep.equal([[story('A'), abs('/a.json')]]);
      expect(other.data).to.deep.equal([[story('A'), abs('/a.json')]]);
    });
  });

  describe('lazy', () => {
    it('waits until the host nears the viewport', async () => {
      placedBelowViewport(5000, host);
      host.source.sync('/b.json', true);
      await frames(10);
      expect(table.stub.callCount).to.equal(0);
      expect(host.pending).to.equal(true);
      moveIntoView(host);
      await until(() => host.data.length === 1);
      expect(host.data).to.deep.equal([[story('B'), abs('/b.json')]]);
      moveFarAway(host);
      moveIntoView(host);
      await frames(10);
      expect(table.stub.callCount).to.equal(1);
    });

    it('starts a little before the host is on screen', async () => {
      placedBelowViewport(150, host);
      host.source.sync('/b.json', true);
      await until(() => host.data.length === 1);
      expect(table.stub.callCount).to.equal(1);
    });

    it('forgets the element it was waiting for when src changes', async () => {
      placedBelowViewport(5000, host);
      host.source.sync('/a.json', true);
      host.source.sync('/b.json', true);
      moveIntoView(host);
      await until(() => host.data.length === 1);
      expect(table.urls()).to.deep.equal([abs('/b.json')]);
    });

    it('watches once even when told twice that the host is connected', async () => {
      const disconnect = sinon.spy(IntersectionObserver.prototype, 'disconnect');
      placedBelowViewport(5000, host);
      host.source.sync('/b.json', true);
      host.source.hostConnected();
      await frames(3);
      // Cancelling must leave no observation behind: the shared observer then disconnects.
      host.source.sync(null, true);
      expect(disconnect.callCount).to.equal(1);
    });

    it('re-arms on reconnect while its src is still unanswered', async () => {
      placedBelowViewport(5000, host);
      host.source.sync('/b.json', true);
      await frames(5);
      host.remove();
      moveIntoView(host);
      await frames(5);
      expect(table.stub.callCount).to.equal(0);
      document.body.append(host);
      await until(() => host.data.length === 1);
      expect(table.urls()).to.deep.equal([abs('/b.json')]);
    });
  });
});
