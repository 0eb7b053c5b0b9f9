/**
 * The live preview in the editor: the element itself, given its data as a property and the
 * block's choices as attributes, so the author sees exactly what readers will see.
 */
import type { Node, WordPressApi } from './wordpress-globals.js';

/** Props of the preview component. */
export interface ElementPreviewProps {
  tag: 'success-story' | 'value-quote';
  /** Attributes to set; an empty or undefined value removes the attribute. */
  attributes: Record<string, string | undefined>;
  /** Properties to set, e.g. `{ story }` or `{ quotes }`. */
  properties: Record<string, unknown>;
}

/** The preview component, built on the editor's `wp` globals. */
export function createPreview(wp: WordPressApi) {
  const { createElement: el, useEffect, useRef } = wp.element;

  return function ElementPreview({ tag, attributes, properties }: ElementPreviewProps): Node {
    const ref = useRef<HTMLElement>(null);
    // Set by hand rather than as props: React before 19 would turn an object prop into an attribute.
    useEffect(() => {
      const element = ref.current;
      if (!element) return;
      for (const [name, value] of Object.entries(attributes)) {
        if (value) element.setAttribute(name, value);
        else element.removeAttribute(name);
      }
      Object.assign(element, properties);
    });
    return el(tag, { ref });
  };
}
