/**
 * A built standalone bundle loaded into a fresh frame, and elements made in that frame: tests
 * that go through the bundle see what its minifier made of the elements, mangled names included.
 */
import { openFrame, type Frame } from './frame.js';

/** The files that define both elements. */
export const BUNDLES = [
  { name: 'ES module', src: '/dist/success-story.js', type: 'module' },
  { name: 'classic script', src: '/dist/success-story.iife.js', type: 'classic' },
] as const;

/** The files that define `<value-quote>`: both elements' and its own. */
export const QUOTE_BUNDLES = [...BUNDLES, { name: '<value-quote> module', src: '/dist/value-quote.js', type: 'module' }] as const;

/** An element as the tests drive it: its public API, typed loosely (the bundles ship no types). */
export type BundledElement = HTMLElement & Record<string, any> & { updateComplete: Promise<boolean> };

export interface BundleFrame extends Frame {
  /**
   * Makes the first element of `markup` in the frame, lets `before` add listeners or set
   * properties before it connects, then waits for its first render.
   */
  mount(markup: string, before?: (el: BundledElement) => void): Promise<BundledElement>;
}

export async function bundleFrame(bundle: (typeof QUOTE_BUNDLES)[number]): Promise<BundleFrame> {
  const frame = await openFrame();
  await frame.addScript(bundle.src, bundle.type);
  return {
    ...frame,
    async mount(markup, before) {
      const template = frame.doc.createElement('template');
      template.innerHTML = markup;
      const el = template.content.firstElementChild as BundledElement;
      // Upgraded once adopted into the frame's document, where the bundle defined the tags.
      const adopted = frame.doc.importNode(el, true) as BundledElement;
      frame.win.customElements.upgrade(adopted);
      before?.(adopted);
      frame.doc.body.append(adopted);
      await adopted.updateComplete;
      return adopted;
    },
  };
}

/** Every node of a shadow root matching `selector`. */
export const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** The first node of a shadow root matching `selector`. */
export const one = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);

/** Text of a node, the markup's line breaks and indentation collapsed (not the no-break spaces of the text). */
export const textOf = (node: Node | null | undefined) => node?.textContent?.replace(/[ \t\n\r]+/g, ' ').replace(/^ | $/g, '');
