/**
 * One IntersectionObserver per rootMargin and one `visibilitychange` listener for every
 * element on the page: a page with fifty quotes pays for two observers, not a hundred.
 */

type Callback = (value: boolean) => void;

/** The subscribers of one element, and what the observer last said about it. */
interface Watched {
  cbs: Set<Callback>;
  seen?: boolean;
}

const byMargin = new Map<string, [IntersectionObserver, Map<Element, Watched>]>();

/**
 * Calls `cb` with whether `el` intersects the viewport grown by `rootMargin`: once soon after
 * observing, then on every change. Returns the function that stops it.
 */
export function observeIntersection(el: Element, cb: Callback, rootMargin = '0px'): () => void {
  let shared = byMargin.get(rootMargin);
  if (!shared) {
    const els = new Map<Element, Watched>();
    const io = new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) {
          const w = els.get(target);
          if (!w) continue;
          w.seen = isIntersecting;
          // A copy: a callback may unobserve itself while we iterate.
          for (const f of [...w.cbs]) f(isIntersecting);
        }
      },
      { rootMargin },
    );
    byMargin.set(rootMargin, (shared = [io, els]));
  }
  const [io, els] = shared;
  // Wrapping makes each subscription unique, so the same function may subscribe twice.
  const f: Callback = (v) => cb(v);
  let w = els.get(el);
  if (!w) {
    els.set(el, (w = { cbs: new Set() }));
    io.observe(el);
  } else if (w.seen !== undefined) {
    // The observer reports an element only when first observed, so a late subscriber gets the known state.
    const { cbs, seen } = w;
    queueMicrotask(() => cbs.has(f) && f(seen));
  }
  const { cbs } = w;
  cbs.add(f);
  return () => {
    if (!cbs.delete(f) || cbs.size) return;
    els.delete(el);
    io.unobserve(el);
    if (!els.size) {
      io.disconnect();
      byMargin.delete(rootMargin);
    }
  };
}

const visibility = new Set<Callback>();
const onVisibility = () => {
  for (const f of [...visibility]) f(document.visibilityState === 'hidden');
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
