/** A small helper to build DOM from code: no HTML strings, so no data is ever parsed as markup. */

type Attributes = Record<string, string | boolean | undefined>;
type Child = Node | string | false | undefined;

/** `<tag attributes>children</tag>`; false and undefined attributes and children are left out. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child !== false && child !== undefined) node.append(child);
  return node;
}

/** An id made from a dotted field path: `quotes.2.text` → `field-quotes-2-text`. */
export const fieldId = (path: string): string => `field-${path.replace(/\./g, '-')}`;
