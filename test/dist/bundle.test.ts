import { expect } from '@open-wc/testing';
import { openFrame, type Frame } from '../helpers/frame.js';

const TAGS = ['value-quote', 'success-story'] as const;

/** Both elements upgraded: present before the script and created after it alike. */
function expectUpgraded(frame: Frame) {
  for (const tag of TAGS) {
    const ctor = frame.win.customElements.get(tag);
    expect(ctor, `${tag} defined`).to.be.a('function');
    const early = frame.doc.querySelector(tag)!;
    expect(early, `${tag} in the page`).to.be.instanceOf(ctor!);
    expect(early.shadowRoot, `${tag} present before the script has a shadow root`).to.not.equal(null);
    const late = frame.doc.createElement(tag);
    frame.doc.body.append(late);
    expect(late).to.be.instanceOf(ctor!);
    expect(late.shadowRoot, `${tag} created after the script has a shadow root`).to.not.equal(null);
  }
}

const BODY = '<value-quote text="La persévérance gagne le succès." author="Michel Dupuy"></value-quote>'
  + '<success-story heading="Alibaba"></success-story>';

describe('standalone bundles', () => {
  let frame: Frame | undefined;
  afterEach(() => frame?.remove());

  it('the ES module evaluated twice under two URLs defines each element once, without errors', async () => {
    frame = await openFrame(BODY);
    await frame.addScript('/dist/success-story.js?a');
    const first = TAGS.map((t) => frame!.win.customElements.get(t));
    await frame.addScript('/dist/success-story.js?b');
    expect(TAGS.map((t) => frame!.win.customElements.get(t))).to.deep.equal(first);
    expect(frame.win.errors).to.deep.equal([]);
    expectUpgraded(frame);
  });

  it('the classic script upgrades elements in a page, without errors', async () => {
    frame = await openFrame(BODY);
    await frame.addScript('/dist/success-story.iife.js', 'classic');
    expect(frame.win.errors).to.deep.equal([]);
    expectUpgraded(frame);
  });

  it('the <value-quote> module defines <value-quote> alone, and the full bundle then adds <success-story>', async () => {
    frame = await openFrame(BODY);
    await frame.addScript('/dist/value-quote.js');
    const quote = frame.win.customElements.get('value-quote');
    expect(quote, 'value-quote defined').to.be.a('function');
    expect(frame.win.customElements.get('success-story'), 'success-story not defined').to.equal(undefined);
    expect(frame.doc.querySelector('value-quote')!.shadowRoot).to.not.equal(null);
    await frame.addScript('/dist/success-story.js?d');
    expect(frame.win.customElements.get('value-quote')).to.equal(quote);
    expect(frame.win.errors).to.deep.equal([]);
    expectUpgraded(frame);
  });

  it('the classic script after the ES module keeps the first definitions', async () => {
    frame = await openFrame(BODY);
    await frame.addScript('/dist/success-story.js?c');
    const first = TAGS.map((t) => frame!.win.customElements.get(t));
    await frame.addScript('/dist/success-story.iife.js', 'classic');
    expect(frame.win.errors).to.deep.equal([]);
    expect(TAGS.map((t) => frame!.win.customElements.get(t))).to.deep.equal(first);
    expectUpgraded(frame);
  });
});
