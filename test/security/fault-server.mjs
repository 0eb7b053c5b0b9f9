// The test server's faulty routes: `/__faults__/<fault>/<name>` answers as <fault> says, and
// counts, per route, the requests it got, the ones the client aborted before the answer ended,
// and the bytes it sent, so tests assert requests where they happen: at the server.
//
// It is a Koa middleware (the config's `middleware`), not a plugin's `serve` hook: that hook
// answers every request with 200 and cannot hold one open nor see its client leave.
//
//   /__faults__/good/<name>             a valid Story (with quotes), sent with CORS headers
//   /__faults__/not-found/<name>        404
//   /__faults__/server-error/<name>     500
//   /__faults__/invalid-json/<name>     200, a body cut in the middle of a JSON object
//   /__faults__/wrong-shape/<name>      200, valid JSON that is neither quotes, a story nor a collection
//   /__faults__/empty/<name>            200, no body at all
//   /__faults__/never/<name>            headers never sent, held open until the client leaves
//   /__faults__/held/<name>             held until released, then answers as `good`
//   /__faults__/redirect/<name>         302 to /__faults__/good/<name>
//   /__faults__/huge/<name>             a valid Collection of 5 MiB (see HUGE below)
//   /__faults__/same-origin/<name>      as `good`, without CORS headers
//   /__faults__/cdn/<file>              dist/<file> (a standalone bundle) with CORS headers, as a CDN sends it
//
//   /__faults__/count?route=<fault>/<name>[&until=<field>:<n>]   the route's counts, as JSON;
//       with `until`, waits (up to 3 s) for that count to be reached first
//   /__faults__/release?route=<fault>/<name>   answers the held requests of a route
//
// Tests name their routes uniquely, so the three engines and the reruns never share counts.

import { readFileSync } from 'node:fs';

const PREFIX = '/__faults__/';
const WAIT_LIMIT = 3000;

/** The story every good answer holds: tests compare what they see with it. */
export const GOOD_STORY = {
  id: 'good',
  lang: 'en',
  title: 'Served through every fault',
  // Relative links: they point next to the document, wherever a redirect took it.
  cta: { label: 'Read on', href: 'next' },
  quotes: [
    { text: 'A good answer, at last.', author: 'The server', value: 'Patience', cite: 'source' },
    { text: 'Still standing.', author: 'The server', value: 'Courage' },
  ],
};

// A Collection just over 5 MiB: many stories of a few kilobytes each, the last one named
// `story-last`, as a site that keeps all its stories in one file would serve it.
const HUGE_BYTES = 5 * 1024 * 1024;
let huge;
function hugeDocument() {
  if (huge) return huge;
  const paragraph = 'The company grew one customer at a time, market after market, for years. '.repeat(12);
  const stories = [];
  let size = 0;
  for (let i = 0; size < HUGE_BYTES; i++) {
    const story = {
      id: `story-${i}`,
      lang: 'en',
      title: `Story ${i}`,
      summary: [paragraph, paragraph],
      milestones: [{ date: '1999', label: `Founded, story ${i}` }],
      quotes: [{ text: `Quote of story ${i}: keep going.`, author: `Founder ${i}`, value: 'Perseverance' }],
    };
    size += JSON.stringify(story).length + 1;
    stories.push(story);
  }
  stories.at(-1).id = 'story-last';
  stories.at(-1).title = 'The last story of the file';
  return (huge = JSON.stringify({ stories }));
}

const JSON_TYPE = { 'Content-Type': 'application/json; charset=utf-8' };
// Every answer is fresh: a cached one would never reach the server, and so not be counted.
const NO_STORE = { 'Cache-Control': 'no-store' };
const CORS = { 'Access-Control-Allow-Origin': '*' };

/** Counts of every route, and who waits for a change of them. */
const counts = new Map();
const watchers = new Set();
const held = new Map();

const countsOf = (route) => {
  if (!counts.has(route)) counts.set(route, { requests: 0, aborted: 0, bytes: 0 });
  return counts.get(route);
};
const changed = () => watchers.forEach((check) => check());

function send(res, route, status, headers, body = '') {
  res.writeHead(status, { ...NO_STORE, ...headers });
  res.end(body);
  countsOf(route).bytes += Buffer.byteLength(body);
  changed();
}

/** Answers `route` as its fault says; `res` is Node's response, which the route owns. */
function answer(fault, route, name, res) {
  const good = () => send(res, route, 200, { ...JSON_TYPE, ...CORS }, JSON.stringify(GOOD_STORY));
  switch (fault) {
    case 'good': return good();
    case 'same-origin': return send(res, route, 200, JSON_TYPE, JSON.stringify(GOOD_STORY));
    case 'not-found': return send(res, route, 404, { 'Content-Type': 'text/plain' }, 'Not found');
    case 'server-error': return send(res, route, 500, { 'Content-Type': 'text/plain' }, 'Internal Server Error');
    case 'invalid-json': return send(res, route, 200, JSON_TYPE, '{"title": "Cut in the mid');
    case 'wrong-shape': return send(res, route, 200, JSON_TYPE, JSON.stringify({ name: 'Alibaba', items: [1, 2, 3] }));
    case 'empty': return send(res, route, 200, JSON_TYPE, '');
    case 'redirect': return send(res, route, 302, { Location: `${PREFIX}good/${name}` });
    case 'huge': return send(res, route, 200, JSON_TYPE, hugeDocument());
    case 'cdn': {
      // Only the standalone bundles at the top of dist/, never a path that climbs out of it.
      if (!/^[\w-]+(\.iife)?\.js$/.test(name)) return send(res, route, 404, { 'Content-Type': 'text/plain' }, 'Not found');
      return send(res, route, 200, { 'Content-Type': 'text/javascript', ...CORS }, readFileSync(`dist/${name}`, 'utf8'));
    }
    case 'never': return undefined;
    case 'held': {
      if (!held.has(route)) held.set(route, new Set());
      const waiting = held.get(route);
      const release = () => good();
      waiting.add(release);
      res.on('close', () => waiting.delete(release));
      return undefined;
    }
    default: return send(res, route, 400, { 'Content-Type': 'text/plain' }, `unknown fault ${fault}`);
  }
}

/** The counts of a route, once `until` (`field:n`) is reached or the wait is over. */
function countWhen(route, until) {
  const [field, wanted] = until ? until.split(':') : [];
  const reached = () => !field || countsOf(route)[field] >= Number(wanted);
  if (reached()) return Promise.resolve(countsOf(route));
  return new Promise((resolve) => {
    const done = () => {
      watchers.delete(check);
      clearTimeout(timer);
      resolve(countsOf(route));
    };
    const check = () => reached() && done();
    const timer = setTimeout(done, WAIT_LIMIT);
    watchers.add(check);
  });
}

/** The middleware serving `/__faults__/`; anything else goes on to the test server. */
export function faultServer() {
  return async function faults(context, next) {
    if (!context.path.startsWith(PREFIX)) return next();
    const action = context.path.slice(PREFIX.length);
    const route = context.query.route;
    if (action === 'count') {
      context.set(NO_STORE);
      context.body = await countWhen(route, context.query.until);
      return undefined;
    }
    if (action === 'release') {
      const waiting = [...(held.get(route) ?? [])];
      held.delete(route);
      waiting.forEach((release) => release());
      context.set(NO_STORE);
      context.body = { released: waiting.length };
      return undefined;
    }
    const [fault, ...rest] = action.split('/');
    const name = rest.join('/');
    const faultRoute = `${fault}/${name}`;
    const { res } = context;
    countsOf(faultRoute).requests++;
    // A response closed before it ended is a client that gave up: an abort, as the server sees it.
    res.on('close', () => {
      if (res.writableFinished) return;
      countsOf(faultRoute).aborted++;
      changed();
    });
    changed();
    // The route exists: until it answers otherwise, the test runner must not list it as a missing file.
    context.status = 200;
    context.respond = false;
    answer(fault, faultRoute, name, res);
    return undefined;
  };
}
