/**
 * Moves a fixture in and out of the viewport, so IntersectionObserver code is tested with
 * the browser's real observer instead of a stand-in.
 */

/** A fixed-position box placed `offset` px below the viewport's bottom edge (negative: inside it). */
export function placedBelowViewport(offset: number, el: HTMLElement = document.createElement('div')): HTMLElement {
  el.style.position = 'fixed';
  el.style.left = '0';
  el.style.width = '50px';
  el.style.height = '50px';
  el.style.top = `${innerHeight + offset}px`;
  if (!el.isConnected) document.body.append(el);
  return el;
}

/** Puts a box placed by `placedBelowViewport` at the top of the viewport. */
export function moveIntoView(el: HTMLElement): void {
  el.style.top = '0px';
}

/** Sends a box far below the viewport, beyond any rootMargin in use. */
export function moveFarAway(el: HTMLElement): void {
  el.style.top = `${innerHeight + 5000}px`;
}

/** Resolves once `condition` holds, checking every frame (real time); rejects after `timeout` ms. */
export async function until(condition: () => boolean, timeout = 2000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`condition not met within ${timeout} ms: ${condition}`);
    await new Promise((r) => requestAnimationFrame(r));
  }
}

/** Lets a few frames pass, for asserting that something did NOT happen. */
export async function frames(n = 5): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((r) => requestAnimationFrame(r));
}
