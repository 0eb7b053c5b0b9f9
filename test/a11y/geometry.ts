/**
 * Geometry a reader can see go wrong when text grows or the screen narrows: content cut by its
 * box or spilling out of the element (WCAG 1.4.4, 1.4.10, 1.4.12), and text or controls drawn
 * over each other.
 */
import { composedElements, isShown, labelOf, lineBoxes, overlap, visibleText } from './widgets.js';

/** Elements (the host included) whose content is wider than their box, or cut by it. */
export function overflowing(host: Element): string[] {
  const hostBox = host.getBoundingClientRect();
  const problems: string[] = [];
  for (const el of [host, ...composedElements(host)].filter(isShown)) {
    const style = getComputedStyle(el);
    // Inline boxes have no scroll size; their text is checked through the boxes around them.
    if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) problems.push(`${labelOf(el)} is ${el.scrollWidth} px wide in ${el.clientWidth} px`);
    const clips = style.overflowY !== 'visible' || style.overflowX !== 'visible';
    if (clips && el.scrollHeight > el.clientHeight + 1) problems.push(`${labelOf(el)} cuts ${el.scrollHeight - el.clientHeight} px of its content`);
    const box = el.getBoundingClientRect();
    if (el !== host && (box.left < hostBox.left - 1 || box.right > hostBox.right + 1)) problems.push(`${labelOf(el)} spills out of the element`);
  }
  if (document.documentElement.scrollWidth > document.documentElement.clientWidth) problems.push('the page scrolls sideways');
  return problems;
}

/** Pairs of texts or controls drawn over each other, as readable lines. */
export function overlapping(host: Element): string[] {
  const items: { owner: Node; label: string; box: DOMRect }[] = [];
  for (const { node } of visibleText(host)) {
    for (const box of lineBoxes(node)) items.push({ owner: node, label: `"${node.data.trim().slice(0, 24)}"`, box });
  }
  // Controls drawn without text (icons, dots) take room of their own.
  for (const el of composedElements(host).filter((el) => el.matches('button, a[href]') && isShown(el) && !el.textContent!.trim())) {
    items.push({ owner: el, label: labelOf(el), box: el.getBoundingClientRect() });
  }
  const problems: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      if (items[i].owner !== items[j].owner && overlap(items[i].box, items[j].box)) problems.push(`${items[i].label} over ${items[j].label}`);
    }
  }
  return problems;
}
