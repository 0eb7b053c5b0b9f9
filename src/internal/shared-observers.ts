/**
 * One IntersectionObserver per rootMargin and one `visibilitychange` listener for every
 * element on the page: a page with fifty quotes pays for two observers, not a hundred.
 */

type IntersectionCallback = (isIntersecting: boolean) => void;

interface SharedObserver {
  observer: IntersectionObserver;
  callbacks: Map<Element, Set<IntersectionCallback>>;
  /** Last known state per element, for callbacks added after the observer's first report. */
  state: Map<Element, boolean>;
}

const byMargin = new Map<string, SharedObserver>();

function sharedObserver(rootMargin: string): SharedObserver {
  let shared = byMargin.get(rootMargin);
  if (!shared) {
    const callbacks = new Map<Element, Set<IntersectionCallback>>();
    const state = new Map<Element, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          state.set(entry.target, entry.isIntersecting);
          // A copy: a callback may unobserve itself while we iterate.
          for (const cb of [...(callbacks.get(entry.target) ?? [])]) cb(entry.isIntersecting);
        }
      },
      { rootMargin },
    );
    shared = { observer, callbacks, state };
    byMargin.set(rootMargin, shared);
  }
  return shared;
}

/**
 * Calls `cb` with whether `el` intersects the viewport grown by `rootMargin`: once soon after
 * observing, then on every change. Returns the function that stops it.
 */
export function observeIntersection(el: Element, cb: IntersectionCallback, rootMargin = '0px'): () => void {
  const shared = sharedObserver(rootMargin);
  // Wrapping makes each subscription unique, so the same function may subscribe twice.
  const wrapped: IntersectionCallback = (v) => cb(v);
  let set = shared.callbacks.get(el);
  if (!set) {
    shared.callbacks.set(el, (set = new Set()));
    shared.observer.observe(el);
  } else if (shared.state.has(el)) {
    // The observer reports an element only when first observed, so a late subscriber gets the known state.
    const known = shared.state.get(el)!;
    const subscribers = set;
    queueMicrotask(() => subscribers.has(wrapped) && wrapped(known));
  }
  set.add(wrapped);
  let active = true;
  return () => {
    if (!active) return;
    active = false;
    set!.delete(wrapped);
    if (set!.size) return;
    shared.callbacks.delete(el);
    shared.state.delete(el);
    shared.observer.unobserve(el);
    if (!shared.callbacks.size) {
      shared.observer.disconnect();
      byMargin.delete(rootMargin);
    }
  };
}

const visibilityCallbacks = new Set<(hidden: boolean) => void>();
const onVisibility = () => {
  const hidden = document.visibilityState === 'hidden';
  for (const cb of [...visibilityCallbacks]) cb(hidden);
};

/** Calls `cb` with `document.hidden` whenever the page is hidden or shown again. Returns the function that stops it. */
export function onVisibilityChange(cb: (hidden: boolean) => void): () => void {
  const wrapped = (hidden: boolean) => cb(hidden);
  if (!visibilityCallbacks.size) document.addEventListener('visibilitychange', onVisibility);
  visibilityCallbacks.add(wrapped);
  return () => {
    if (!visibilityCallbacks.delete(wrapped) || visibilityCallbacks.size) return;
    document.removeEventListener('visibilitychange', onVisibility);
  };
}
