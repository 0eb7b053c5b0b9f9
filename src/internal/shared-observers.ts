/**
 * One IntersectionObserver per rootMargin and one `visibilitychange` listener for every
 * element on the page: a page with fifty quotes pays for two observers, not a hundred.
 */

type Callback = (value: boolean) => void;

/** One subscription: its element, its callback, and the last value it was given. */
type Watch = [el: Element, cb: Callback, seen?: boolean];

// Keyed by rootMargin, a CSS length list, so no key can clash with Object.prototype.
const byMargin: Record<string, [IntersectionObserver, Set<Watch>] | undefined> = {};

/**
 * Calls `cb` with whether `el` intersects the viewport grown by `rootMargin`: once soon after
 * observing, then on every change. Returns the function that stops it.
 */
export function observeIntersection(el: Element, cb: Callback, rootMargin = '0px'): () => void {
  let shared = byMargin[rootMargin];
  if (!shared) {
    const watches = new Set<Watch>();
    const io = new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) {
          // A copy: a callback may unobserve itself while we iterate.
          for (const w of [...watches]) {
            if (w[0] == target && w[2] !== isIntersecting) w[1]((w[2] = isIntersecting));
          }
        }
      },
      { rootMargin },
    );
    shared = byMargin[rootMargin] = [io, watches];
  }
  const [io, watches] = shared;
  // Each subscription is its own array, so the same function may subscribe twice.
  const w: Watch = [el, cb];
  watches.add(w);
  // Observing afresh makes the observer report the element once more, so a late subscriber
  // learns the current state; those who know it already are not told again.
  io.unobserve(el);
  io.observe(el);
  return () => {
    if (!watches.delete(w)) return;
    if (![...watches].some(([other]) => other == el)) io.unobserve(el);
    if (!watches.size) {
      io.disconnect();
      delete byMargin[rootMargin];
    }
  };
}

const visibility = new Set<Callback>();
const onVisibility = () => {
  for (const f of [...visibility]) f(document.visibilityState == 'hidden');
};

/** Calls `cb` with whether the page is hidden whenever it is hidden or shown again. Returns the function that stops it. */
export function onVisibilityChange(cb: Callback): () => void {
  const f: Callback = (hidden) => cb(hidden);
  if (!visibility.size) document.addEventListener('visibilitychange', onVisibility);
  visibility.add(f);
  return () => {
    if (visibility.delete(f) && !visibility.size) document.removeEventListener('visibilitychange', onVisibility);
  };
}
