/**
 * The generated documentation (dist/docs/, made by `npm run build`) as the tests read it: a
 * page's static HTML, parsed; a page opened in a frame as a visitor would, with its live
 * examples upgraded; and axe-core run inside that frame, on the whole document.
 */
export const DOCS = '/dist/docs/';

/** A page's HTML, parsed without running it: what the generator wrote. */
export async function staticPage(file: string): Promise<Document> {
  const response = await fetch(`${DOCS}${file}`);
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  return new DOMParser().parseFromString(await response.text(), 'text/html');
}

/** The pages the navigation links to, in its order. */
export async function pageFiles(): Promise<string[]> {
  const index = await staticPage('index.html');
  return [...index.querySelectorAll<HTMLAnchorElement>('nav[aria-label="Documentation"] a')].map((a) => a.getAttribute('href')!);
}

/** Text as read: whitespace collapsed, Markdown code marks of the sources dropped. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/`/g, '').replace(/\s+/g, ' ').trim();

/**
 * Whether an element has drawn its data: a story's header (its title or slotted heading), a
 * quote's text; the plain-HTML fallback shown while a file loads does not count.
 */
export function hasRendered(el: Element): boolean {
  const part = el.localName === 'success-story' ? '[part~="article"] > header' : '[part~="text"]';
  return !!el.shadowRoot?.querySelector(part)?.textContent?.trim();
}

const rendered = (doc: Document) => [...doc.querySelectorAll('success-story, value-quote')].every(hasRendered);

/** Waits until `done()` holds, checking every 50 ms, or throws `message` after `tries` checks. */
export async function until(done: () => boolean, message: string, tries = 200): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (done()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(message);
}

/** Opens a page in a frame, 1024 px wide, and resolves once its elements have all rendered. */
export async function openPage(file: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.inlineSize = '1024px';
  iframe.style.blockSize = '768px';
  iframe.src = `${DOCS}${file}`;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  await until(() => rendered(iframe.contentDocument!), `${file}: an example never rendered`);
  return iframe;
}

interface AxeResult { id: string; help: string; nodes: { target: unknown[] }[] }

/**
 * The one violation the pages cannot avoid: the `<value-quote>` inside each `<success-story>` is
 * named after its story's title, and the examples show the same story in several layouts, so
 * they give several regions of the same name (axe's landmark-unique). Only those nodes are let
 * through; any other duplicate landmark still fails.
 */
function innerCarousel(target: unknown[]): boolean {
  // A node in a shadow root is targeted by a path: the host's selector, then the node's.
  const path = target.at(-1);
  if (!Array.isArray(path) || path.length !== 2) return false;
  const [host, node] = path.map(String);
  return /^success-story/.test(host.split(' > ').at(-1)!) && /^value-quote/.test(node);
}
type AxeWindow = Window & { axe?: { run(context: Document, options: object): Promise<{ violations: AxeResult[] }> } };

/** Runs axe-core in the frame on its whole document; resolves with its violations, readable. */
export async function axeViolations(iframe: HTMLIFrameElement): Promise<string[]> {
  const win = iframe.contentWindow as AxeWindow;
  const doc = iframe.contentDocument!;
  if (!win.axe) {
    await new Promise((resolve, reject) => {
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.addEventListener('load', resolve);
      script.addEventListener('error', () => reject(new Error('axe-core did not load')));
      doc.head.append(script);
    });
  }
  const { violations } = await win.axe!.run(doc, { resultTypes: ['violations'] });
  for (const violation of violations) {
    if (violation.id === 'landmark-unique') violation.nodes = violation.nodes.filter((node) => !innerCarousel(node.target));
  }
  return violations.filter((v) => v.nodes.length).map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}
