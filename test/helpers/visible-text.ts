/**
 * The text a reader sees in a node: light and shadow trees flattened as the browser renders
 * them (a slot shows its assigned nodes, else its fallback), hidden elements, scripts and
 * styles skipped, whitespace collapsed.
 */
export function visibleText(node: Node): string {
  const out: string[] = [];
  const walk = (n: Node): void => {
    if (n.nodeType === Node.TEXT_NODE) {
      out.push((n as Text).data);
      return;
    }
    if (!(n instanceof n.ownerDocument!.defaultView!.Element)) {
      n.childNodes.forEach(walk);
      return;
    }
    const el = n as Element;
    if (['script', 'style', 'template'].includes(el.localName)) return;
    // display: contents (slots, some hosts) has no box of its own, so checkVisibility() says false.
    const contents = el.ownerDocument.defaultView!.getComputedStyle(el).display === 'contents';
    if (!contents && !el.checkVisibility({ visibilityProperty: true })) return;
    if (el instanceof el.ownerDocument.defaultView!.HTMLSlotElement) {
      const assigned = el.assignedNodes({ flatten: true });
      (assigned.length ? assigned : [...el.childNodes]).forEach(walk);
      return;
    }
    (el.shadowRoot ?? el).childNodes.forEach(walk);
  };
  walk(node);
  return out.join(' ').replace(/\s+/g, ' ').trim();
}
