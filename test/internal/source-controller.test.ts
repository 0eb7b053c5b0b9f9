import { expect } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import sinon from 'sinon';
import type { SourceError } from '../../src/data/load.js';
import { SourceController } from '../../src/internal/source-controller.js';
import { fetchTable } from '../helpers/fetch-table.js';
import type { FetchTable } from '../helpers/fetch-table.js';
import { frames, moveFarAway, moveIntoView, placedBelowViewport, until } from '../helpers/viewport.js';

/** The smallest host: records what its controller reports. */
class SourceHost extends ReactiveElement {
  data: [unknown, string][] = [];
  errors: SourceError[] = [];
  source = new SourceController(this, {
    onData: (data, url) => this.data.push([data, url]),
    onError: (error) => this.errors.push(error),
  });
}
customElements.define('source-host', SourceHost);

const abs = (path: string) => new URL(path, document.baseURI).href;

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
      host.source.load('/b.json', { lazy: false });
      expect(host.source.pending).to.equal(true);
      expect(table.stub.callCount).to.equal(0);
      document.body.append(host);
      expect(table.urls()).to.deep.equal([abs('/b.json')]);
      const update = sinon.spy(host, 'requestUpdate');
      await settle(10);
      await until(() => host.data.length > 0);
      expect(host.data).to.deep.equal([[{ title: 'B' }, abs('/b.json')]]);
      expect(host.errors).to.deep.equal([]);
      expect(host.source.pending).to.equal(false);
      expect(update.called).to.equal(true);
    });

    it('reports an error of the latest load', async () => {
      fakeTime();
      document.body.append(host);
      host.source.load('/missing.json', { lazy: false });
      await settle(0);
      await until(() => host.errors.length > 0);
      expect(host.errors.map((e) => [e.kind, e.status, e.message])).to.deep.equal([['http', 404, `HTTP 404 for ${abs('/missing.json')}`]]);
      expect(host.source.pending).to.equal(false);
    });

    it('reports a timeout after 10 s', async () => {
      fakeTime();
      document.body.append(host);
      host.source.load('/hang.json', { lazy: false });
      await settle(10_000);
      await until(() => host.errors.length > 0);
      expect(host.errors.map((e) => e.kind)).to.deep.equal(['timeout']);
      expect(table.signals()[0]!.aborted).to.equal(true);
    });

    it('lets the latest load win: the earlier request is aborted and never reported', async () => {
      fakeTime();
      document.body.append(host);
      host.source.load('/a.json', { lazy: false });
      host.source.load('/b.json', { lazy: false });
      expect(table.signals()[0]!.aborted).to.equal(true);
      await settle(1000);
      await until(() => host.data.length > 0);
      expect(host.data).to.deep.equal([[{ title: 'B' }, abs('/b.json')]]);
      expect(host.errors).to.deep.equal([]);
    });

    it('ignores a late answer to an earlier load even when it arrives after the newer one', async () => {
      fakeTime();
      document.body.append(host);
      host.source.load('/stubborn.json', { lazy: false });
      host.source.load('/b.json', { lazy: false });
      await settle(1000);
      await until(() => host.data.length > 0);
      // The earlier answer comes 300 ms in, after the newer one: give it real time to arrive too.
      await frames(5);
      expect(host.data).to.deep.equal([[{ title: 'B' }, abs('/b.json')]]);
      expect(host.errors).to.deep.equal([]);
    });

    it('cancels on load(null) and on an empty src', async () => {
      fakeTime();
      document.body.append(host);
      for (const empty of [null, '']) {
        host.source.load('/a.json', { lazy: false });
        host.source.load(empty, { lazy: false });
        expect(host.source.pending).to.equal(false);
      }
      await settle(1000);
      expect(table.signals().map((s) => s!.aborted)).to.deep.equal([true, true]);
      expect(host.data).to.deep.equal([]);
      expect(host.errors).to.deep.equal([]);
    });

    it('aborts when the host leaves the page and loads again when it comes back', async () => {
      fakeTime();
      document.body.append(host);
      host.source.load('/a.json', { lazy: false });
      host.remove();
      expect(table.signals()[0]!.aborted).to.equal(true);
      expect(host.source.pending).to.equal(true);
      await settle(1000);
      expect(host.data).to.deep.equal([]);
      expect(host.errors).to.deep.equal([]);
      document.body.append(host);
      await settle(300);
      await until(() => host.data.length > 0);
      expect(table.stub.callCount).to.equal(2);
      expect(host.data).to.deep.equal([[{ title: 'A' }, abs('/a.json')]]);
    });

    it('does not fetch again on reconnect once the data has arrived', async () => {
      fakeTime();
      document.body.append(host);
      host.source.load('/b.json', { lazy: false });
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
      host.source.load('/a.json', { lazy: false });
      other.source.load(abs('/a.json'), { lazy: false });
      await settle(300);
      await until(() => host.data.length > 0 && other.data.length > 0);
      other.remove();
      expect(table.stub.callCount).to.equal(1);
      expect(host.data).to.deep.equal([[{ title: 'A' }, abs('/a.json')]]);
      expect(other.data).to.deep.equal([[{ title: 'A' }, abs('/a.json')]]);
    });
  });

  describe('lazy', () => {
    it('waits until the host nears the viewport', async () => {
      placedBelowViewport(5000, host);
      host.source.load('/b.json', { lazy: true });
      await frames(10);
      expect(table.stub.callCount).to.equal(0);
      expect(host.source.pending).to.equal(true);
      moveIntoView(host);
      await until(() => host.data.length === 1);
      expect(host.data).to.deep.equal([[{ title: 'B' }, abs('/b.json')]]);
      moveFarAway(host);
      moveIntoView(host);
      await frames(10);
      expect(table.stub.callCount).to.equal(1);
    });

    it('starts a little before the host is on screen', async () => {
      placedBelowViewport(150, host);
      host.source.load('/b.json', { lazy: true });
      await until(() => host.data.length === 1);
      expect(table.stub.callCount).to.equal(1);
    });

    it('forgets the element it was waiting for when src changes', async () => {
      placedBelowViewport(5000, host);
      host.source.load('/a.json', { lazy: true });
      host.source.load('/b.json', { lazy: true });
      moveIntoView(host);
      await until(() => host.data.length === 1);
      expect(table.urls()).to.deep.equal([abs('/b.json')]);
    });

    it('watches once even when told twice that the host is connected', async () => {
      const disconnect = sinon.spy(IntersectionObserver.prototype, 'disconnect');
      placedBelowViewport(5000, host);
      host.source.load('/b.json', { lazy: true });
      host.source.hostConnected();
      await frames(3);
      // Cancelling must leave no observation behind: the shared observer then disconnects.
      host.source.load(null, { lazy: true });
      expect(disconnect.callCount).to.equal(1);
    });

    it('re-arms on reconnect while its load is still pending', async () => {
      placedBelowViewport(5000, host);
      host.source.load('/b.json', { lazy: true });
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
