/**
 * One IntersectionObserver per rootMargin, one `visibilitychange` listener and one media query
 * list per query for every element on the page: a page with fifty quotes pays for three
 * observers, not a hundred and fifty.
 */

type Callback = (value: boolean) => void;

/** One subscription: its callback, and the last value it was given. */
interface Watch {
  onChange: Callback;
  visible?: boolean;
}

/** The observer for one rootMargin and the subscriptions it serves, by element. */
interface SharedObserver {
  observer: IntersectionObserver;
  watchesByElement: Map<Element, Set<Watch>>;
}

// Keyed by rootMargin, a CSS length list, so no key can clash with Object.prototype.
const byMargin: Record<string, SharedObserver | undefined> = {};

/**
 * Calls `onChange` with whether `element` intersects the viewport grown by `rootMargin`: once soon after
 * observing, then on every change. Returns the function that stops it.
 */
export function observeIntersection(element: Element, onChange: Callback, rootMargin = '0px'): () => void {
  let shared = byMargin[rootMargin];
  if (!shared) {
    const watchesByElement = new Map<Element, Set<Watch>>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const { target, isIntersecting } of entries) {
          // A copy: a callback may unobserve itself while we iterate.
          for (const watch of [...(watchesByElement.get(target) ?? [])]) {
            if (watch.visible !== isIntersecting) watch.onChange((watch.visible = isIntersecting));
          }
        }
      },
      { rootMargin },
    );
    shared = byMargin[rootMargin] = { observer, watchesByElement };
  }
  const { observer, watchesByElement } = shared;
  let watches = watchesByElement.get(element);
  if (!watches) watchesByElement.set(element, (watches = new Set()));
  // Each subscription is its own object, so the same function may subscribe twice.
  const watch: Watch = { onChange };
  watches.add(watch);
  // Observing afresh makes the observer report the element once more, so a late subscriber
  // learns the current state; those who know it already are not told again.
  observer.unobserve(element);
  observer.observe(element);
  return () => {
    if (!watches.delete(watch) || watches.size) return;
    watchesByElement.delete(element);
    observer.unobserve(element);
    if (!watchesByElement.size) {
      observer.disconnect();
      delete byMargin[rootMargin];
    }
  };
}

const visibilityListeners = new Set<Callback>();
const onVisibility = () => {
  for (const listener of [...visibilityListeners]) listener(document.visibilityState == 'hidden');
};

/** Calls `onChange` with whether the page is hidden whenever it is hidden or shown again. Returns the function that stops it. */
export function onVisibilityChange(onChange: Callback): () => void {
  // Its own function, so the same callback may subscribe twice.
  const listener: Callback = (hidden) => onChange(hidden);
  if (!visibilityListeners.size) document.addEventListener('visibilitychange', onVisibility);
  visibilityListeners.add(listener);
  return () => {
    if (visibilityListeners.delete(listener) && !visibilityListeners.size) document.removeEventListener('visibilitychange', onVisibility);
  };
}

/** The media query lists in use, each with the callbacks it serves. */
const mediaQueries = new Map<string, { list: MediaQueryList; listeners: Set<Callback>; onChange: () => void }>();

/**
 * Calls `onChange` with whether `query` matches: at once, then on every change. Returns the
 * function that stops it.
 */
export function watchMedia(query: string, onChange: Callback): () => void {
  let shared = mediaQueries.get(query);
  if (!shared) {
    const list = matchMedia(query);
    const listeners = new Set<Callback>();
    const notify = () => [...listeners].forEach((listener) => listener(list.matches));
    list.addEventListener('change', notify);
    mediaQueries.set(query, (shared = { list, listeners, onChange: notify }));
  }
  const { list, listeners } = shared;
  // Its own function, so the same callback may subscribe twice.
  const listener: Callback = (matches) => onChange(matches);
  listeners.add(listener);
  listener(list.matches);
  return () => {
    if (!listeners.delete(listener) || listeners.size) return;
    list.removeEventListener('change', shared.onChange);
    mediaQueries.delete(query);
  };
}
