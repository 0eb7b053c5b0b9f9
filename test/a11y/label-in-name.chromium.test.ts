/**
 * Label in name (WCAG 2.5.3) and name, role, value (4.1.2): a reader who says what they see
 * ("click Show original") reaches the control, because every button and link whose text is
 * visible has an accessible name, in Chromium's accessibility tree, that contains that text;
 * controls drawn as icons have a name of their own.
 */
import { expect, html } from '@open-wc/testing';
import { accessibilityTree, nodesOf } from './accessibility-tree.js';
import { STORY, carouselOf, inCarousel, mount, targetsOf } from './widgets.js';
import { json, QUOTES } from '../helpers/quotes.js';

const normalized = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Each shown button and link with its visible text and the name the tree gives it, in order. */
async function namesAndTexts(host: Element, selector: string) {
  const tree = await accessibilityTree(selector);
  const named = nodesOf(tree).filter((node) => node.role === 'button' || node.role === 'link');
  const shown = targetsOf(host);
  expect(named.map((node) => node.role), 'the tree holds the controls shown, in order').to.deep.equal(
    shown.map((el) => (el.localName === 'a' ? 'link' : 'button')),
  );
  return shown.map((el, index) => ({ text: normalized(el.innerText), name: normalized(named[index].name) }));
}

/** Controls whose name leaves out their visible text, or that have no name at all. */
const mismatches = (pairs: { text: string; name: string }[]) =>
  pairs.filter(({ text, name }) => !name || !name.includes(text)).map(({ text, name }) => `"${text}" is named "${name}"`);

const TRANSLATED = [
  { ...QUOTES[0], cite: 'https://example.com/dupuy', original: { text: 'Perseverance wins success.', lang: 'en' } },
  ...QUOTES.slice(1),
];

describe('label in name (Chromium accessibility tree)', () => {
  beforeEach(() => sessionStorage.clear());

  it('<value-quote controls="full">: the toggle and the author\'s link are named by their text; the icon buttons have names', async () => {
    const el = await mount<HTMLElement>(html`<value-quote controls="full" quotes=${json(TRANSLATED)}></value-quote>`);
    const pairs = await namesAndTexts(el, 'value-quote');
    expect(pairs.filter(({ text }) => text).map(({ text }) => text)).to.deep.equal(['michel dupuy', 'show original']);
    expect(mismatches(pairs)).to.deep.equal([]);
  });

  it('the toggle\'s name follows its text once the original is shown, and its state is exposed', async () => {
    const el = await mount<HTMLElement>(html`<value-quote controls="full" quotes=${json(TRANSLATED)}></value-quote>`);
    inCarousel(el, '[part=toggle]')[0].click();
    await carouselOf(el).updateComplete;
    const pairs = await namesAndTexts(el, 'value-quote');
    expect(pairs.map(({ text }) => text)).to.include('hide original');
    expect(mismatches(pairs)).to.deep.equal([]);
    const toggle = nodesOf(await accessibilityTree('value-quote')).find((node) => node.name === 'Hide original')!;
    expect(toggle.expanded).to.equal(true);
  });

  it('in French too: « Afficher l’original » is the toggle\'s name', async () => {
    const page = await mount<HTMLElement>(html`<div lang="fr"><value-quote quotes=${json(TRANSLATED)}></value-quote></div>`);
    await carouselOf(page.querySelector('value-quote')!).updateComplete;
    const pairs = await namesAndTexts(page.querySelector('value-quote')!, 'value-quote');
    expect(pairs.some(({ text }) => text.includes('original'))).to.equal(true);
    expect(mismatches(pairs)).to.deep.equal([]);
  });

  it('<success-story>: the call to action, the source\'s link and the carousel\'s controls', async () => {
    const story = await mount<HTMLElement>(html`<success-story .story=${STORY}></success-story>`);
    const pairs = await namesAndTexts(story, 'success-story >>> article');
    expect(pairs.filter(({ text }) => text).map(({ text }) => text)).to.deep.equal(['show original', 'discover alibaba', 'wikipédia']);
    expect(mismatches(pairs)).to.deep.equal([]);
  });
});
