/**
 * Each live example of the element pages, as a reader copies it: its shown source in a blank
 * page next to the docs, with the real bundle. It renders, and nothing is thrown, logged as an
 * error or warned.
 */
import { expect } from '@open-wc/testing';
import { DOCS, hasRendered, staticPage, until } from '../helpers/docs.js';

interface Example { name: string; source: string }
type Watched = Window & { errors: string[] };

const manifest = await (await fetch('/custom-elements.json')).json();
const tags: string[] = manifest.modules.flatMap((m: { declarations?: { tagName?: string }[] }) => m.declarations ?? []).flatMap((d: { tagName?: string }) => (d.tagName ? [d.tagName] : []));
const examples: Example[] = [];
for (const tag of tags) {
  for (const render of (await staticPage(`${tag}.html`)).querySelectorAll('.example-render')) {
    examples.push({ name: render.getAttribute('data-example')!, source: render.parentElement!.querySelector('.example-source code')!.textContent! });
  }
}

/**
 * A blank page whose relative URLs resolve as on the docs pages, recording errors, console
 * errors and warnings from before anything runs.
 */
async function blankPage(): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.inlineSize = '1024px';
  iframe.srcdoc = `<!doctype html><html lang="en"><head><base href="${location.origin}${DOCS}"><script>
    window.errors = [];
    addEventListener('error', (e) => errors.push(String(e.message || e.error)));
    addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    for (const level of ['error', 'warn']) {
      const original = console[level];
      console[level] = (...args) => { errors.push(level + ': ' + args.join(' ')); original.apply(console, args); };
    }
  </script></head><body></body></html>`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  return iframe;
}

function loadBundle(doc: Document): Promise<unknown> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = `${location.origin}/dist/success-story.js`;
  const loaded = new Promise((resolve, reject) => {
    script.addEventListener('load', resolve);
    script.addEventListener('error', reject);
  });
  doc.head.append(script);
  return loaded;
}

describe('live examples of the reference pages', () => {
  let iframe: HTMLIFrameElement | undefined;
  afterEach(() => iframe?.remove());

  it('are found on the pages', () => {
    expect(examples.length).to.be.greaterThan(10);
  });

  for (const { name, source } of examples) {
    it(`${name}: renders from its shown source with no error or warning`, async () => {
      iframe = await blankPage();
      const doc = iframe.contentDocument!;
      doc.body.innerHTML = source;
      await loadBundle(doc);
      const elements = [...doc.querySelectorAll<HTMLElement>('success-story, value-quote')];
      expect(elements.length).to.be.greaterThan(0);
      await until(() => elements.every(hasRendered), `${name} never rendered`);
      expect((iframe.contentWindow as Watched).errors, 'errors and warnings').to.deep.equal([]);
    });
  }
});
