import { expect, html } from '@open-wc/testing';
import type { StoryErrorDetail } from '../../src/success-story/success-story.js';
import { $$, innerQuote, mount, part, recorder, text, titleText, warnings } from '../helpers/story-harness.js';

const EVIL = '<img src=x onerror="window.__pwned=1">';
const pwned = () => (window as { __pwned?: number }).__pwned;

describe('success-story with untrusted input', () => {
  let warn: ReturnType<typeof warnings>;
  beforeEach(() => (warn = warnings()));
  afterEach(() => {
    warn.restore();
    delete (window as { __pwned?: number }).__pwned;
  });

  it('renders every string of the data as text', async () => {
    const el = await mount(html`<success-story .story=${{
      title: EVIL,
      kicker: EVIL,
      category: EVIL,
      subject: { name: EVIL, role: EVIL },
      summary: [EVIL, `</p><script>window.__pwned=1</script>`],
      milestones: [{ date: EVIL, label: EVIL }],
      values: [EVIL],
      cta: { label: EVIL, href: 'https://example.com/' },
      source: { name: EVIL, href: 'https://example.com/' },
    }}></success-story>`);
    for (const name of ['title', 'kicker', 'category', 'values', 'cta']) expect(text(el, name), name).to.equal(EVIL);
    for (const name of ['subject', 'milestones']) expect(text(el, name), name).to.equal(`${EVIL} ${EVIL}`);
    expect(text(el, 'source')).to.equal(`Source: ${EVIL}`);
    expect(part(el, 'summary')!.querySelectorAll('p')).to.have.length(2);
    expect($$(el, 'img, script')).to.have.length(0);
    await new Promise((r) => setTimeout(r, 20));
    expect(pwned()).to.equal(undefined);
  });

  it('renders attribute strings as text too', async () => {
    const el = await mount(html`<success-story heading=${EVIL} subject=${EVIL} summary=${EVIL} values=${EVIL}></success-story>`);
    expect(titleText(el)).to.equal(EVIL);
    expect(text(el, 'summary')).to.equal(EVIL);
    expect($$(el, 'img')).to.have.length(0);
  });

  it('drops unsafe links and images from data with one warning each, naming the field', async () => {
    const el = await mount(html`<success-story .story=${{
      title: 'T',
      subject: { name: 'Jack Ma', image: 'javascript:alert(1)' },
      cta: { label: 'Go', href: 'javascript&colon;alert(1)' },
      source: { name: 'Wikipédia', href: ' JaVaScRiPt:alert(1)' },
      quotes: [{ text: 'Q', cite: 'data:text/html,<script>alert(1)</script>' }],
    }}></success-story>`);
    expect(part(el, 'image')).to.equal(null);
    expect(part(el, 'cta')).to.equal(null);
    expect(part(el, 'source')!.querySelector('a')).to.equal(null);
    expect(text(el, 'source')).to.equal('Source: Wikipédia');
    expect(innerQuote(el)!.quotes).to.deep.equal([{ text: 'Q' }]);
    const said = warn.messages();
    for (const path of ['subject.image', 'cta.href', 'source.href', 'quotes[0].cite']) {
      expect(said.filter((m) => m.startsWith(`success-story: ${path}: `)), path).to.have.length(1);
    }
  });

  it('drops unsafe URLs given as attributes, with a warning naming the attribute', async () => {
    const el = await mount(html`<success-story heading="T" subject="A" image="data:image/svg+xml,<svg onload=alert(1)>"
      cta-label="Go" cta-href="vbscript:msgbox(1)"></success-story>`);
    expect(part(el, 'image')).to.equal(null);
    expect(part(el, 'cta')).to.equal(null);
    const said = warn.messages();
    expect(said.some((m) => m.startsWith('success-story: image: '))).to.equal(true);
    expect(said.some((m) => m.startsWith('success-story: cta-href: '))).to.equal(true);
  });

  it('an unsafe attribute URL also removes the safe one it overrides', async () => {
    const el = await mount(html`<success-story cta-href="javascript:void 0"
      .story=${{ title: 'T', cta: { label: 'Go', href: 'https://example.com/' } }}></success-story>`);
    expect(part(el, 'cta')).to.equal(null);
  });

  it('keeps the valid parts of a bad story and reports each bad field by path', async () => {
    const events = recorder(document, 'story-error', 'story-load');
    const errors = () => events.of<StoryErrorDetail>('story-error');
    const loads = () => events.of('story-load');
    const el = await mount(html`<success-story .story=${{
      title: 'Titre',
      kicker: 42,
      milestones: [{ date: 1999, label: 'Fondation' }, { date: '2014', label: 'Bourse' }],
      quotes: [{ text: 'Bonne' }, { author: 'Sans texte' }, { text: ['pas une chaîne'] }],
    }}></success-story>`);
    expect(titleText(el)).to.equal('Titre');
    expect(part(el, 'kicker')).to.equal(null);
    expect(innerQuote(el)!.quotes).to.deep.equal([{ text: 'Bonne' }]);
    expect(part(el, 'milestones')!.querySelectorAll('li')).to.have.length(2);
    const expected = ['kicker: expected a string', 'milestones[0].date: expected a string', 'quotes[1].text: expected a string', 'quotes[2].text: expected a string'];
    for (const m of expected) expect(warn.messages(), m).to.include(`success-story: ${m}`);
    expect(errors()).to.have.length(1);
    expect(errors()[0].error.message.split('\n')).to.deep.equal(expected);
    expect(loads()).to.have.length(1);
  });

  it('rejects a story without a title, keeping nothing but the error', async () => {
    const events = recorder(document, 'story-error');
    const errors = () => events.of<StoryErrorDetail>('story-error');
    const el = await mount(html`<success-story .story=${{ kicker: 'K' }}></success-story>`);
    expect(errors()[0].error.message).to.equal('title: expected a string');
    expect(part(el, 'kicker')).to.equal(null);
    expect(part(el, 'article')!.textContent!.trim()).to.equal('This story could not be shown.');
  });

  it('uses no inline style attribute or <style> element (works under a strict style-src)', async () => {
    const el = await mount(html`<success-story layout="banner" theme="dark" .story=${{ title: 'T', values: ['A'], quotes: [{ text: 'Q' }, { text: 'R' }] }}></success-story>`);
    expect($$(el, '[style], style')).to.have.length(0);
    expect(el.hasAttribute('style')).to.equal(false);
    expect(el.shadowRoot!.adoptedStyleSheets.length).to.be.greaterThan(0);
  });
});
