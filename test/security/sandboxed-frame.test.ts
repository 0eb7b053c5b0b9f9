/**
 * The bundle inside `<iframe sandbox="allow-scripts">`, without `allow-same-origin`: the frame
 * has an opaque origin, its storage throws, and a request to the server that serves it is a
 * cross-origin request. The elements render from their light DOM and inline JSON, read a `src`
 * served with CORS headers, keep their fallback when the answer is refused, and throw nothing.
 * The frame is another origin, so it reports what it sees by message.
 */
import { expect } from '@open-wc/testing';
import { GOOD, faultRoute, serverCounts } from '../helpers/fault-routes.js';

/** What the frame sees, as it reports it. */
interface Report {
  origin: string;
  /** `available`, or the name of what using `sessionStorage` throws. */
  storage: string;
  errors: string[];
  events: { type: string; id: string; kind?: string }[];
  /** Each element's rendered text, by id. */
  texts: Record<string, string>;
  paused: boolean;
}

// Served the way a site would load them from a CDN: the classic script needs no CORS, the
// module does, and the test server's CDN route sends it.
const BUNDLES = [
  { name: 'classic script', tag: (src: string) => `<script src="${src}"></script>`, src: '/dist/success-story.iife.js' },
  { name: 'ES module', tag: (src: string) => `<script type="module" src="${src}"></script>`, src: '/__faults__/cdn/success-story.js' },
];

const absolute = (url: string) => new URL(url, location.href).href;

// Runs in the frame, before the bundle: records errors and events, and answers the test's messages.
const REPORTER = `
  const errors = [], events = [];
  addEventListener('error', (e) => errors.push(String(e.message || e.error)));
  addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
  for (const type of ['quotes-load', 'quotes-error', 'story-load', 'story-error'])
    addEventListener(type, (e) => events.push({ type, id: e.target.id, kind: e.detail.error && e.detail.error.kind }));
  let storage = 'available';
  try { sessionStorage.getItem('any'); } catch (error) { storage = error.name; }
  const byId = (id) => document.getElementById(id);
  // A shadow root's text, with the shadow roots inside it (a story's quotes).
  const deep = (root) => [root.textContent, ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => deep(e.shadowRoot))].join(' ');
  const text = (id) => (byId(id).shadowRoot ? deep(byId(id).shadowRoot) : '').replace(/\\s+/g, ' ').trim();
  addEventListener('message', async (message) => {
    if (message.data === 'press pause') {
      byId('own').shadowRoot.querySelector('[part~=pause]').click();
      await byId('own').updateComplete;
    }
    const texts = Object.fromEntries(['own', 'inline', 'refused', 'served'].map((id) => [id, text(id)]));
    parent.postMessage({ origin: self.origin, storage, errors, events, texts, paused: byId('own').paused === true }, '*');
  });`;

const INLINE_STORY = { title: 'A story written inline', quotes: [{ text: 'Inline quotes render too.' }] };

function page(bundle: string, refused: string, served: string): string {
  return `<!doctype html><html lang="en"><head><script>${REPORTER}</script>${bundle}</head><body>
    <value-quote id="own" controls="full">
      <figure data-value="Persévérance"><blockquote>La persévérance gagne le succès.</blockquote><figcaption>Michel Dupuy</figcaption></figure>
      <figure data-value="Rigueur"><blockquote>La rigueur vient à bout de l’obstacle.</blockquote><figcaption>Léonard de Vinci</figcaption></figure>
    </value-quote>
    <success-story id="inline"><script type="application/json">${JSON.stringify(INLINE_STORY)}</script></success-story>
    <value-quote id="refused" src="${refused}"><blockquote>The fallback stays.<cite>The page</cite></blockquote></value-quote>
    <success-story id="served" src="${served}"></success-story>
  </body></html>`;
}

describe('the bundle in a sandboxed frame (allow-scripts, no allow-same-origin)', () => {
  let iframe: HTMLIFrameElement | undefined;
  afterEach(() => iframe?.remove());

  /** Sends `command` to the frame and resolves with its report. */
  function ask(command: string): Promise<Report> {
    return new Promise((resolve) => {
      const onMessage = (event: MessageEvent) => {
        if (event.source !== iframe!.contentWindow) return;
        removeEventListener('message', onMessage);
        resolve(event.data);
      };
      addEventListener('message', onMessage);
      iframe!.contentWindow!.postMessage(command, '*');
    });
  }

  /** Asks for reports until `done` holds of one. */
  async function reportWhen(done: (report: Report) => boolean): Promise<Report> {
    for (;;) {
      const report = await ask('report');
      if (done(report)) return report;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  for (const bundle of BUNDLES) {
    it(`the ${bundle.name}: light DOM, inline JSON and a CORS src render; a refused src keeps its fallback; nothing throws`, async () => {
      const refused = faultRoute('same-origin', 'sandboxed');
      const served = faultRoute('good', 'sandboxed');
      iframe = document.createElement('iframe');
      iframe.setAttribute('sandbox', 'allow-scripts');
      iframe.srcdoc = page(bundle.tag(absolute(bundle.src)), absolute(refused.url), absolute(served.url));
      const loaded = new Promise((resolve) => iframe!.addEventListener('load', resolve, { once: true }));
      document.body.append(iframe);
      await loaded;

      const settled = (report: Report) =>
        ['refused', 'served'].every((id) => report.events.some((event) => event.id === id && event.type !== 'quotes-load'));
      const report = await reportWhen(settled);
      expect(report.origin).to.equal('null');
      expect(report.storage).to.equal('SecurityError');
      expect(report.texts.own).to.contain('La persévérance gagne le succès.');
      expect(report.texts.inline).to.contain(INLINE_STORY.title).and.contain('Inline quotes render too.');
      expect(report.texts.served).to.contain(GOOD.title);
      expect(report.texts.refused).to.contain('The fallback stays.');
      expect(report.events.filter((event) => event.id === 'refused')).to.deep.equal([{ type: 'quotes-error', id: 'refused', kind: 'network' }]);
      expect(report.events.filter((event) => event.id === 'served').map((event) => event.type)).to.include('story-load');
      // The refused request did reach the server: the browser kept its answer from the frame.
      expect(await serverCounts(refused.route)).to.include({ requests: 1 });
      expect(await serverCounts(served.route)).to.include({ requests: 1, aborted: 0 });
      expect(report.errors).to.deep.equal([]);

      const paused = await ask('press pause');
      expect(paused.paused, 'the reader’s pause holds without storage').to.equal(true);
      expect(paused.errors).to.deep.equal([]);
    });
  }
});
