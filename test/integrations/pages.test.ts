/**
 * The integration pages under demo/integrations, loaded as a visitor would (plain HTML with
 * an ES module or a classic script, a WordPress block, Vue without a build), and the CDN URL
 * pattern the README gives, served from the package's own published files.
 */
import { expect } from '@open-wc/testing';
import { openFrame, type Frame } from '../helpers/frame.js';
import { visibleText } from '../helpers/visible-text.js';

type Upgraded = HTMLElement & { updateComplete: Promise<unknown> };

/** Opens a demo page in an iframe and resolves once `selector` shows `text`. */
async function page(src: string, selector: string, text: string): Promise<HTMLIFrameElement> {
  const iframe = document.createElement('iframe');
  iframe.style.inlineSize = '800px';
  iframe.style.blockSize = '600px';
  iframe.src = src;
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  document.body.append(iframe);
  await loaded;
  const doc = iframe.contentDocument!;
  for (let tries = 0; tries < 100; tries++) {
    const el = doc.querySelector(selector) as Upgraded | null;
    if (el?.shadowRoot && visibleText(el).includes(text)) return iframe;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${src}: ${selector} never showed "${text}"`);
}

const upgraded = (doc: Document, tag: string) => {
  const el = doc.querySelector(tag)!;
  expect(el, tag).to.be.instanceOf(doc.defaultView!.customElements.get(tag)!);
  return el as Upgraded;
};

describe('integration pages', () => {
  const open: HTMLIFrameElement[] = [];
  afterEach(() => open.splice(0).forEach((f) => f.remove()));

  for (const file of ['script-module.html', 'script-classic.html']) {
    it(`${file}: the story from its JSON file and the quotes from the HTML`, async () => {
      const iframe = await page(`/demo/integrations/${file}`, 'success-story', 'Jack Ma: dare to be a little crazy');
      open.push(iframe);
      const doc = iframe.contentDocument!;
      upgraded(doc, 'success-story');
      const quotes = upgraded(doc, 'value-quote');
      await quotes.updateComplete;
      expect(quotes.shadowRoot!.querySelectorAll('[part~="text"]')).to.have.length(2);
    });
  }

  it('wordpress.html: the pasted block upgrades in place, its HTML stays for crawlers', async () => {
    const iframe = await page('/demo/integrations/wordpress.html', 'success-story', 'Valeurs');
    open.push(iframe);
    const doc = iframe.contentDocument!;
    const story = upgraded(doc, 'success-story');
    const { title } = JSON.parse(story.querySelector('script[type="application/json"]')!.textContent!);
    expect(title).to.match(/^Jack Ma/);
    expect(story.querySelector('h2[slot="heading"]')!.textContent).to.equal(title);
    expect(story.querySelectorAll('value-quote[slot="quotes"] > figure[data-value]')).to.have.length(4);
    expect(visibleText(story)).to.contain('La persévérance gagne le succès.');
  });

  it('vue.html: Vue passes the fetched story as a property and hears story-load', async () => {
    const iframe = await page('/demo/integrations/vue.html', 'success-story', 'Jack Ma');
    open.push(iframe);
    const doc = iframe.contentDocument!;
    expect(upgraded(doc, 'success-story').hasAttribute('story')).to.equal(false);
    (doc.querySelectorAll('#app button')[1] as HTMLButtonElement).click();
    for (let tries = 0; tries < 40 && !doc.body.textContent!.includes('story-load: alibaba-en'); tries++) await new Promise((r) => setTimeout(r, 50));
    expect([...doc.querySelectorAll('#app li')].map((li) => li.textContent)).to.deep.equal(['story-load: alibaba', 'story-load: alibaba-en']);
  });
});

describe('the CDN URL pattern', () => {
  let frame: Frame | undefined;
  let cdn: string;
  before(async () => {
    const { name, version } = await (await fetch('/package.json')).json();
    // https://cdn.jsdelivr.net/npm/success-story@VERSION/… served by the test server from the package's files.
    cdn = `${location.origin}/npm/${name}@${version}`;
  });
  afterEach(() => frame?.remove());

  it('every jsDelivr URL in the README is a published file', async () => {
    const readme = await (await fetch('/README.md')).text();
    const urls = [...readme.matchAll(/https:\/\/cdn\.jsdelivr\.net\/npm\/success-story@[^/\s]+\/([^\s"'`)<>]+)/g)].map((m) => m[1]);
    expect(urls.length, 'the README gives CDN URLs').to.be.greaterThan(1);
    for (const path of urls) expect((await fetch(`${cdn}/${path}`)).status, path).to.equal(200);
    expect((await fetch(`${cdn}/test/contract.json`)).status, 'the repository is not published').to.equal(404);
  });

  for (const [file, type] of [['dist/success-story.js', 'module'], ['dist/success-story.iife.js', 'classic']] as const) {
    it(`${file} from the CDN path upgrades the elements`, async () => {
      frame = await openFrame(`<link rel="stylesheet" href="${cdn}/dist/success-story.css">`
        + '<value-quote text="La persévérance gagne le succès." author="Michel Dupuy"></value-quote>');
      await frame.addScript(`${cdn}/${file}`, type);
      const el = upgraded(frame.doc, 'value-quote');
      await el.updateComplete;
      expect(visibleText(el)).to.contain('La persévérance gagne le succès.');
      expect(frame.win.errors).to.deep.equal([]);
    });
  }
});
