/**
 * The live preview in the editor: the element itself, from the very HTML the block saves, so
 * the author sees what readers will see (slotted parts included). Properties the page would get
 * otherwise (the story's JSON, added when the post is rendered) are set on the element.
 */
import type { Node, WordPressApi } from './wordpress-globals.js';

/** Props of the preview component. */
export interface ElementPreviewProps {
  /** The block's saved HTML: one element. It comes from the renderer, which escapes every field. */
  html: string;
  /** Properties to set on the element, e.g. `{ story }`. */
  properties?: Record<string, unknown>;
}

/** The preview component, built on the editor's `wp` globals. */
export function createPreview(wp: WordPressApi) {
  const { createElement: el, useEffect, useRef } = wp.element;

  return function ElementPreview({ html, properties = {} }: ElementPreviewProps): Node {
    const container = useRef<HTMLDivElement>(null);
    const shown = useRef<string>(null);
    useEffect(() => {
      const holder = container.current;
      if (!holder) return;
      // A new element only when the HTML changed, so a quote keeps rotating while the sidebar is used.
      if (shown.current !== html) {
        holder.innerHTML = html;
        shown.current = html;
      }
      if (holder.firstElementChild) Object.assign(holder.firstElementChild, properties);
    });
    return el('div', { ref: container, className: 'success-story-block__preview' });
  };
}
