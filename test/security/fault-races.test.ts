/**
 * Requests that race, move or weigh, for both elements at a real server: a newer `src` aborts
 * the older request, a redirect is followed, a 5 MiB document renders, twenty elements share one
 * request, and an element removed mid-fetch ends its request unless another element still
 * needs it. The server counts every request and every abort; nothing is thrown.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  HUGE, SUBJECTS, eventsOf, faultRoute, place, release, seen, serverCounts, uncaught, type Placed,
} from '../helpers/fault-routes.js';

/** Lets the elements render what came, and any late event fire, before the test looks. */
const aFewFrames = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

for (const subject of SUBJECTS) {
  describe(`<${subject.tag} src> when requests race, move or weigh`, () => {
    let container: HTMLElement;
    let errors: ReturnType<typeof uncaught>;
    let warn: sinon.SinonStub;

    beforeEach(() => {
      container = document.body.appendChild(document.createElement('div'));
      errors = uncaught();
      warn = sinon.stub(console, 'warn');
    });
    afterEach(() => {
      warn.restore();
      errors.stop();
      container.remove();
    });

    it('a slow answer overtaken by a newer src: the old request is aborted at the server, only the new data shows', async () => {
      const slow = faultRoute('held', subject.tag);
      const fresh = faultRoute('good', subject.tag);
      const { element, events } = place(subject, container, { attributes: `src="${slow.url}"` });
      await serverCounts(slow.route, { requests: 1 });
      (element as Placed).src = fresh.url;
      await eventsOf(events, subject.load);
      expect(await serverCounts(slow.route, { aborted: 1 })).to.include({ requests: 1, aborted: 1 });
      expect(await release(slow.route), 'old requests still open for a late answer').to.equal(0);
      await aFewFrames();
      expect(events.map((e) => e.type)).to.deep.equal([subject.load]);
      expect(seen(element)).to.contain(subject.goodText);
      expect(await serverCounts(fresh.route)).to.include({ requests: 1, aborted: 0 });
      expect(errors.list).to.deep.equal([]);
    });

    it('a 302 to a good document: followed, rendered, its relative links resolved where it was found, one request to each URL', async () => {
      const moved = faultRoute('redirect', subject.tag);
      const { element, events } = place(subject, container, { attributes: `src="${moved.url}"` });
      await eventsOf(events, subject.load);
      await element.updateComplete;
      expect(events.map((e) => e.type)).to.deep.equal([subject.load]);
      expect(seen(element)).to.contain(subject.goodText).and.not.contain(subject.fallbackText);
      expect(await serverCounts(moved.route)).to.include({ requests: 1, aborted: 0 });
      expect(await serverCounts(moved.route.replace(/^redirect\//, 'good/'))).to.include({ requests: 1, aborted: 0 });
      // The document's URL is where the redirect led: its relative links resolve there.
      const link = subject.tag === 'success-story' ? 'next' : 'source';
      expect(subject.relativeLink(element)).to.equal(new URL(`/__faults__/good/${link}`, location.href).href);
      expect(errors.list).to.deep.equal([]);
    });

    it('a valid 5 MiB collection: one request, the story picked from it renders, nothing is thrown', async function () {
      // A document this size takes its time to arrive and to be read, more so in a busy engine.
      this.timeout(20_000);
      const big = faultRoute('huge', subject.tag);
      const { element, events } = place(subject, container, { attributes: `src="${big.url}" story-id="${HUGE.storyId}"` });
      await eventsOf(events, subject.load);
      await element.updateComplete;
      expect(events.map((e) => e.type)).to.deep.equal([subject.load]);
      expect(seen(element)).to.contain(subject.tag === 'success-story' ? HUGE.title : HUGE.quote);
      const counts = await serverCounts(big.route);
      expect(counts).to.include({ requests: 1, aborted: 0 });
      expect(counts.bytes).to.be.at.least(5 * 1024 * 1024);
      expect(errors.list).to.deep.equal([]);
    });

    it('twenty elements on one URL: exactly one request at the server, and all twenty render', async () => {
      const shared = faultRoute('held', subject.tag);
      const { elements, events } = place(subject, container, { attributes: `src="${shared.url}"`, fallback: false, count: 20 });
      expect(await serverCounts(shared.route, { requests: 1 })).to.include({ requests: 1 });
      expect(await release(shared.route)).to.equal(1);
      await eventsOf(events, subject.load, 20);
      await Promise.all(elements.map((element) => element.updateComplete));
      await aFewFrames();
      expect(elements.map((element) => seen(element).includes(subject.goodText))).to.deep.equal(elements.map(() => true));
      expect(events.filter((e) => e.type === subject.error)).to.deep.equal([]);
      expect(await serverCounts(shared.route)).to.include({ requests: 1, aborted: 0 });
      expect(errors.list).to.deep.equal([]);
    });

    it('removed mid-fetch: the request is aborted at the server, and no event or error follows', async () => {
      const slow = faultRoute('never', subject.tag);
      const { element, events } = place(subject, container, { attributes: `src="${slow.url}"` });
      await serverCounts(slow.route, { requests: 1 });
      element.remove();
      expect(await serverCounts(slow.route, { aborted: 1 })).to.include({ requests: 1, aborted: 1 });
      await aFewFrames();
      expect(events).to.deep.equal([]);
      expect(warn.callCount, 'console warnings').to.equal(0);
      expect(errors.list).to.deep.equal([]);
    });

    it('removed mid-fetch while another element needs the same URL: the request goes on and serves the other', async () => {
      const shared = faultRoute('held', subject.tag);
      const { elements: [gone, staying], events } = place(subject, container, { attributes: `src="${shared.url}"`, count: 2 });
      await serverCounts(shared.route, { requests: 1 });
      gone.remove();
      await aFewFrames();
      expect(await release(shared.route)).to.equal(1);
      await eventsOf(events, subject.load);
      await staying.updateComplete;
      await aFewFrames();
      expect(events.map((e) => [e.type, e.target])).to.deep.equal([[subject.load, staying]]);
      expect(seen(staying)).to.contain(subject.goodText);
      expect(await serverCounts(shared.route)).to.include({ requests: 1, aborted: 0 });
      expect(errors.list).to.deep.equal([]);
    });
  });
}
