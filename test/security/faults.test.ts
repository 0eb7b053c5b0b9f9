/**
 * Every way a real server can fail `src`, for both elements: each failure fires one error event
 * that says what happened, leaves on screen what was there (the page's fallback, or the last
 * good content), throws nothing, and costs exactly the requests the server counted.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { SourceErrorKind } from '../../src/data/load.js';
import {
  SUBJECTS, errorOf, eventsOf, faultRoute, place, seen, serverCounts, uncaught, type FaultKind, type Placed,
} from '../helpers/fault-routes.js';

interface Fault {
  fault: FaultKind;
  what: string;
  kind: SourceErrorKind;
  /** What the error's message and the console say. */
  says: string;
  status?: number;
  /** Whether the client gives up on the request, as the server sees it. */
  aborted?: boolean;
}

const FAULTS: Fault[] = [
  { fault: 'not-found', what: 'a 404', kind: 'http', status: 404, says: 'HTTP 404 for' },
  { fault: 'server-error', what: 'a 500', kind: 'http', status: 500, says: 'HTTP 500 for' },
  { fault: 'invalid-json', what: 'a body that is not JSON', kind: 'json', says: 'invalid JSON from' },
  { fault: 'wrong-shape', what: 'JSON of the wrong shape', kind: 'invalid', says: 'title: expected a string' },
  { fault: 'empty', what: 'a 200 with no body', kind: 'json', says: 'invalid JSON from' },
  { fault: 'never', what: 'a server that never answers', kind: 'timeout', says: 'no answer in 10000 ms from', aborted: true },
];

const absolute = (url: string) => new URL(url, location.href).href;

for (const subject of SUBJECTS) {
  describe(`<${subject.tag} src> at a failing server`, () => {
    let container: HTMLElement;
    let errors: ReturnType<typeof uncaught>;
    let warn: sinon.SinonStub;
    let clock: sinon.SinonFakeTimers | undefined;

    beforeEach(() => {
      container = document.body.appendChild(document.createElement('div'));
      errors = uncaught();
      warn = sinon.stub(console, 'warn');
    });
    afterEach(() => {
      clock?.restore();
      clock = undefined;
      warn.restore();
      errors.stop();
      container.remove();
    });

    /** Lets a request that never answers reach its 10 s timeout, once it is at the server. */
    async function giveUpOn(fault: Fault, route: string) {
      if (fault.fault !== 'never') return;
      await serverCounts(route, { requests: 1 });
      await clock!.tickAsync(10_000);
    }

    const consoleSays = (text: string) => warn.getCalls().map((call) => String(call.args[0])).filter((message) => message.includes(text));

    for (const fault of FAULTS) {
      it(`${fault.what}: one ${subject.error} (${fault.kind}), the page's fallback stays, ${fault.aborted ? 'the request aborted' : 'one request'}`, async () => {
        if (fault.fault === 'never') clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        const { url, route } = faultRoute(fault.fault, subject.tag);
        const { element, events } = place(subject, container, { attributes: `src="${url}"` });
        await giveUpOn(fault, route);
        const [event] = await eventsOf(events, subject.error);
        await element.updateComplete;

        expect(errorOf(event)).to.include({ kind: fault.kind, ...(fault.status && { status: fault.status }) });
        expect(errorOf(event).message).to.contain(fault.says);
        expect(events.map((e) => e.type)).to.deep.equal([subject.error]);
        expect(seen(element)).to.contain(subject.fallbackText).and.not.contain(subject.goodText);
        expect(consoleSays(fault.says)).to.have.length(1);
        expect(consoleSays(fault.says)[0]).to.match(new RegExp(`^${subject.tag}: `));
        const aborted = fault.aborted ? 1 : 0;
        expect(await serverCounts(route, { aborted })).to.include({ requests: 1, aborted });
        expect(errors.list).to.deep.equal([]);
      });

      it(`${fault.what} after good data: one ${subject.error}, the last good content stays`, async () => {
        const good = faultRoute('good', subject.tag);
        const { element, events } = place(subject, container, { attributes: `src="${good.url}"` });
        await eventsOf(events, subject.load);
        await element.updateComplete;
        expect(seen(element)).to.contain(subject.goodText);

        if (fault.fault === 'never') clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        const { url, route } = faultRoute(fault.fault, subject.tag);
        (element as Placed).src = url;
        await giveUpOn(fault, route);
        const [event] = await eventsOf(events, subject.error);
        await element.updateComplete;

        expect(errorOf(event)).to.include({ kind: fault.kind });
        expect(events.map((e) => e.type)).to.deep.equal([subject.load, subject.error]);
        expect(seen(element)).to.contain(subject.goodText).and.not.contain(subject.fallbackText);
        expect(await serverCounts(good.route)).to.include({ requests: 1, aborted: 0 });
        const aborted = fault.aborted ? 1 : 0;
        expect(await serverCounts(route, { aborted })).to.include({ requests: 1, aborted });
        expect(errors.list).to.deep.equal([]);
      });
    }

    for (const fault of ['not-found', 'wrong-shape'] as const) {
      it(`the error of ${fault} names the URL it could not use, made absolute`, async () => {
        const { url } = faultRoute(fault, subject.tag);
        const { events } = place(subject, container, { attributes: `src="${url}"` });
        const [event] = await eventsOf(events, subject.error);
        expect(errorOf(event).url).to.equal(absolute(url));
      });
    }
  });
}
