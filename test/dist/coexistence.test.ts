/**
 * The standalone bundles next to other code on one page: the page's own Lit (dev build, and an
 * older major), and the package build of the same elements. Nothing throws, each tag keeps
 * one working definition, and the bundles' private Lit never makes the page's Lit warn
 * "Multiple versions of Lit loaded".
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { openFrame, type Frame } from '../helpers/frame.js';

type LitWindow = Frame['win'] & { litHtmlVersions?: string[]; litElementVersions?: string[]; reactiveElementVersions?: string[] };

const BODY = '<value-quote text="La persévérance gagne le succès." author="Michel Dupuy"></value-quote>'
  + '<success-story heading="Alibaba"></success-story><page-lit></page-lit><page-lit2></page-lit2>';

/** Text rendered in an element's shadow root, once it has rendered. */
async function rendered(frame: Frame, selector: string): Promise<string> {
  const el = frame.doc.querySelector(selector) as HTMLElement & { updateComplete?: Promise<unknown> };
  await frame.win.customElements.whenDefined(selector);
  await el.updateComplete;
  return el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

async function expectOurElementsWork(frame: Frame) {
  expect(await rendered(frame, 'value-quote')).to.contain('La persévérance gagne le succès.');
  expect(await rendered(frame, 'success-story')).to.contain('Alibaba');
}

/** Lets the page's dev-mode Lit run the checks it queues after loading. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the bundles next to other code', () => {
  let frame: Frame | undefined;
  let warn: sinon.SinonSpy;

  async function open() {
    frame = await openFrame(BODY);
    warn = sinon.spy(frame.win.console, 'warn');
    return frame;
  }
  const multipleVersionWarnings = () => warn.getCalls().map((c) => String(c.args[0])).filter((m) => /multiple versions/i.test(m));

  afterEach(() => frame?.remove());

  for (const [label, src, type] of [
    ['classic script', '/dist/success-story.iife.js', 'classic'],
    ['ES module', '/dist/success-story.js', 'module'],
  ] as const) {
    it(`the ${label} before the page's own Lit (dev build): no "Multiple versions" warning, both work`, async () => {
      const f = await open();
      await f.addScript(src, type);
      expect((f.win as LitWindow).litHtmlVersions, 'the bundle registers no Lit version').to.equal(undefined);
      await f.addScript('/test/dist/fixtures/page-lit.ts');
      await settle();
      expect(multipleVersionWarnings()).to.deep.equal([]);
      const w = f.win as LitWindow;
      expect([w.litHtmlVersions?.length, w.litElementVersions?.length, w.reactiveElementVersions?.length]).to.deep.equal([1, 1, 1]);
      expect(await rendered(f, 'page-lit')).to.equal('page lit 3');
      await expectOurElementsWork(f);
      expect(f.win.errors).to.deep.equal([]);
    });

    it(`the ${label} after the page's own Lit: the page's Lit stays the only one registered`, async () => {
      const f = await open();
      await f.addScript('/test/dist/fixtures/page-lit.ts');
      await f.addScript(src, type);
      await settle();
      expect(multipleVersionWarnings()).to.deep.equal([]);
      expect((f.win as LitWindow).litHtmlVersions).to.have.length(1);
      expect(await rendered(f, 'page-lit')).to.equal('page lit 3');
      await expectOurElementsWork(f);
      expect(f.win.errors).to.deep.equal([]);
    });

    it(`the ${label} next to Lit 2 on the page: both work, without errors or warnings`, async () => {
      const f = await open();
      await f.addScript('/test/dist/fixtures/page-lit2.ts');
      await f.addScript(src, type);
      await settle();
      expect(multipleVersionWarnings()).to.deep.equal([]);
      expect(await rendered(f, 'page-lit2')).to.equal('page lit 2');
      await expectOurElementsWork(f);
      expect(f.win.errors).to.deep.equal([]);
    });
  }

  it('the package build of <value-quote> then the bundle: the first definition stays, both tags work', async () => {
    const f = await open();
    await f.addScript('/dist/esm/value-quote.js');
    const first = f.win.customElements.get('value-quote');
    expect(f.win.customElements.get('success-story')).to.equal(undefined);
    await f.addScript('/dist/success-story.iife.js', 'classic');
    await f.addScript('/dist/success-story.js');
    expect(f.win.customElements.get('value-quote')).to.equal(first);
    expect(f.win.customElements.get('success-story')).to.be.a('function');
    await expectOurElementsWork(f);
    expect(f.win.errors).to.deep.equal([]);
  });

  // Two copies of the bundle (a theme and a plugin each adding it) and the app's package build,
  // with its own Lit from node_modules, in either order: the first definition of each tag wins.
  for (const [label, scripts] of [
    ['the bundle twice, then the package build', ['/dist/success-story.js?theme', '/dist/success-story.js?plugin', '/dist/esm/index.js']],
    ['the package build, then the bundle twice', ['/dist/esm/index.js', '/dist/success-story.js?theme', '/dist/success-story.js?plugin']],
  ] as const) {
    it(`${label}: nothing throws, the first definition wins, the elements work`, async () => {
      const f = await open();
      await f.addScript(scripts[0]);
      const first = ['value-quote', 'success-story'].map((t) => f.win.customElements.get(t));
      expect(first.every((definition) => typeof definition === 'function')).to.equal(true);
      for (const script of scripts.slice(1)) await f.addScript(script);
      expect(['value-quote', 'success-story'].map((t) => f.win.customElements.get(t))).to.deep.equal(first);
      await expectOurElementsWork(f);
      const made = f.doc.createElement('value-quote') as HTMLElement & { updateComplete: Promise<unknown> };
      made.setAttribute('text', 'Made after every copy ran.');
      f.doc.body.append(made);
      await made.updateComplete;
      expect(made.shadowRoot!.textContent).to.contain('Made after every copy ran.');
      await settle();
      expect(multipleVersionWarnings()).to.deep.equal([]);
      expect(f.win.errors).to.deep.equal([]);
    });
  }

  it('the bundle then the package build of both elements: the bundle keeps its definitions', async () => {
    const f = await open();
    await f.addScript('/dist/success-story.js');
    const first = ['value-quote', 'success-story'].map((t) => f.win.customElements.get(t));
    await f.addScript('/dist/esm/index.js');
    await f.addScript('/src/index.ts');
    expect(['value-quote', 'success-story'].map((t) => f.win.customElements.get(t))).to.deep.equal(first);
    await expectOurElementsWork(f);
    expect(f.win.errors).to.deep.equal([]);
  });
});
