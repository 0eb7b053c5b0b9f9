/**
 * Forced colours (Windows' contrast themes): the browser repaints with a few system colours and
 * drops every background but the page's. Every control must keep a visible boundary in those
 * colours, the current dot must still differ from the others, and focus must still show.
 * Chromium only: its DevTools protocol emulates `forced-colors: active` with the forced palette.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { contrast, over, parseColor } from './contrast.js';
import { LAYOUTS, carouselOf, controlsOf, inCarousel, isShown, labelOf, mountQuote, mountStory } from './widgets.js';

const forcedColors = (active: boolean) => executeServerCommand('emulate-media-features', active ? { 'forced-colors': 'active' } : {});

const SYSTEM_COLORS = ['Canvas', 'CanvasText', 'LinkText', 'VisitedText', 'ActiveText', 'ButtonFace', 'ButtonText', 'ButtonBorder', 'Field', 'FieldText', 'Highlight', 'HighlightText', 'SelectedItem', 'SelectedItemText', 'Mark', 'MarkText', 'GrayText', 'AccentColor', 'AccentColorText'];

/** A system colour as the browser resolves it now. */
function systemColor(name: string): string {
  const probe = document.body.appendChild(document.createElement('span'));
  probe.style.color = name;
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** The forced palette: the colours the system colours resolve to. */
const systemColors = () => new Set(SYSTEM_COLORS.map(systemColor));

/** What is wrong with a boundary drawn by a border: missing, or not a system colour, or faint on the canvas. */
function weakBorder(what: string, style: CSSStyleDeclaration, palette: Set<string>, canvas: string): string[] {
  if (style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) < 1) return [`${what}: no border`];
  if (!palette.has(style.borderTopColor)) return [`${what}: ${style.borderTopColor} is not a system colour`];
  const ratio = contrast(parseColor(style.borderTopColor), parseColor(canvas));
  return ratio < 3 ? [`${what}: ${ratio.toFixed(2)}:1 on the canvas`] : [];
}

/** Every control of the host without a boundary a reader sees in forced colours. */
function weakBoundaries(host: Element): string[] {
  const palette = systemColors();
  const canvas = systemColor('Canvas');
  const controls = [...controlsOf(host), ...[...host.shadowRoot!.querySelectorAll<HTMLElement>('[part=cta]')]].filter(isShown);
  return controls.flatMap((control) => control.matches('[part~=dot]')
    ? weakBorder(`ring of ${labelOf(control)}`, getComputedStyle(control, '::before'), palette, canvas)
    : weakBorder(labelOf(control), getComputedStyle(control), palette, canvas));
}

/** How far the current dot's fill stands from the other dots', as painted on the canvas. */
function dotDifference(host: Element): number {
  const canvas = parseColor(systemColor('Canvas'));
  const fill = (dot: Element) => over(parseColor(getComputedStyle(dot, '::before').backgroundColor), canvas);
  const dots = inCarousel(host, '[part~=dot]');
  const current = dots.find((dot) => dot.hasAttribute('aria-current'))!;
  return Math.min(...dots.filter((dot) => dot !== current).map((other) => contrast(fill(current), fill(other))));
}

describe('forced colours (Chromium)', () => {
  beforeEach(async () => {
    sessionStorage.clear();
    await forcedColors(true);
  });
  afterEach(() => forcedColors(false));

  it('is emulated: the media query matches and the page takes the forced palette', () => {
    expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
  });

  it('<value-quote controls="full">: every button keeps a border in a system colour', async () => {
    const el = await mountQuote();
    expect(controlsOf(el).filter(isShown)).to.have.length(7);
    expect(weakBoundaries(el)).to.deep.equal([]);
  });

  it('<value-quote controls="full">: the current dot differs from the others by 3:1 or more', async () => {
    const el = await mountQuote();
    expect(dotDifference(el), 'first dot current').to.be.at.least(3);
    el.goTo(2);
    await el.updateComplete;
    expect(dotDifference(el), 'third dot current').to.be.at.least(3);
  });

  for (const layout of LAYOUTS) {
    it(`<success-story layout="${layout}">: the pause button and the call to action keep a boundary`, async () => {
      const story = await mountStory(layout);
      expect(weakBoundaries(story)).to.deep.equal([]);
      expect(story.shadowRoot!.querySelector('[part=cta]'), 'the call to action is checked').to.exist;
    });
  }

  it('a story\'s carousel with every control: boundaries, and the current dot stands out', async () => {
    const story = await mountStory();
    carouselOf(story).controls = 'full';
    await carouselOf(story).updateComplete;
    expect(weakBoundaries(story)).to.deep.equal([]);
    expect(dotDifference(story)).to.be.at.least(3);
  });

  it('focus still shows: the pause button reached by Tab has an outline in a system colour', async () => {
    const page = await fixture<HTMLElement>(html`<div><button>before</button><value-quote controls="full" quotes='[{"text":"One"},{"text":"Two"}]'></value-quote></div>`);
    const el = carouselOf(page.querySelector('value-quote')!);
    await el.updateComplete;
    page.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    const pause = inCarousel(el, '[part~=pause]')[0];
    expect(el.shadowRoot!.activeElement).to.equal(pause);
    const style = getComputedStyle(pause);
    expect(style.outlineStyle).to.not.equal('none');
    expect(systemColors().has(style.outlineColor), style.outlineColor).to.equal(true);
    expect(style.outlineColor).to.not.equal(systemColor('Canvas'));
  });
});
