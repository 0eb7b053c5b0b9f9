/**
 * Colours as the reader gets them: computed colours parsed, laid over what is behind them, and
 * compared with the WCAG 2.2 contrast ratio. Works across shadow roots and slots.
 */

/** A colour in sRGB, channels 0–255, alpha 0–1. */
export interface Rgba {
  r: number;
  g: number;
  b: number;
  a: number;
}

const WHITE: Rgba = { r: 255, g: 255, b: 255, a: 1 };

/**
 * A computed colour → its channels. Computed styles give `rgb()`/`rgba()`, and
 * `color(srgb …)` for what `color-mix(in srgb, …)` makes; anything else is a test's bug.
 */
export function parseColor(value: string): Rgba {
  if (value === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  const rgb = value.match(/^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)(?:[,/] ?([\d.]+))?\)$/);
  if (rgb) return { r: +rgb[1], g: +rgb[2], b: +rgb[3], a: rgb[4] === undefined ? 1 : +rgb[4] };
  const srgb = value.match(/^color\(srgb ([-\d.e]+) ([-\d.e]+) ([-\d.e]+)(?: \/ ([\d.]+))?\)$/);
  if (srgb) {
    const channel = (text: string) => Math.min(255, Math.max(0, +text * 255));
    return { r: channel(srgb[1]), g: channel(srgb[2]), b: channel(srgb[3]), a: srgb[4] === undefined ? 1 : +srgb[4] };
  }
  throw new Error(`contrast: cannot read the colour "${value}"`);
}

/** Every colour written in a computed value (a gradient's stops, say). */
export const colorsIn = (value: string): Rgba[] =>
  (value.match(/rgba?\([^)]*\)|color\(srgb [^)]*\)/g) ?? []).map(parseColor);

/** `top` painted over `bottom` (source-over). */
export function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.a + bottom.a * (1 - top.a);
  if (a === 0) return { r: 0, g: 0, b: 0, a: 0 };
  const mix = (t: number, b: number) => (t * top.a + b * bottom.a * (1 - top.a)) / a;
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a };
}

/** WCAG 2.2 relative luminance of an opaque colour. */
export function luminance({ r, g, b }: Rgba): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2.2 contrast ratio of two opaque colours, 1 to 21. */
export function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** The element a box is drawn inside: its slot when slotted, its host at a shadow root's top. */
export function composedParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** The element and every box it is drawn inside, innermost first. */
export function ancestry(el: Element): Element[] {
  const chain: Element[] = [];
  for (let at: Element | null = el; at; at = composedParent(at)) chain.push(at);
  return chain;
}

/**
 * The opaque colours that can be behind `el`'s content: its background and its ancestors',
 * laid over the page's canvas (white, as the test page declares no colour scheme). A gradient
 * (the value word's marker) adds each of its stops as one more possible background.
 */
export function backgroundsBehind(el: Element): Rgba[] {
  let backgrounds = [WHITE];
  for (const box of ancestry(el).reverse()) {
    const style = getComputedStyle(box);
    const base = parseColor(style.backgroundColor);
    const stops = colorsIn(style.backgroundImage);
    backgrounds = backgrounds.flatMap((below) => {
      const painted = over(base, below);
      return [painted, ...stops.map((stop) => over(stop, painted))];
    });
  }
  return backgrounds;
}

/** The lowest contrast of a colour drawn on `el` against whatever may be behind `el`. */
export function lowestContrast(color: string, el: Element): number {
  return Math.min(...backgroundsBehind(el).map((background) => contrast(over(parseColor(color), background), background)));
}

/** WCAG's large text: 24 px, or 18.66 px bold (3:1 is then enough). */
export function isLargeText(el: Element): boolean {
  const style = getComputedStyle(el);
  const size = parseFloat(style.fontSize);
  return size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
}
