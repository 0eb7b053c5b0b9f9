// Measurement code that runs inside the benchmark pages. Each function is inlined into a page
// as its source text (see pages.mjs) or passed to page.evaluate, so it must not use anything
// from this module's scope: everything it needs comes in through its arguments.

/**
 * The body of the page's inline module: times, from this script's start, the import of
 * `bundle` and the first render of every `selector` element, then of the `inner` elements in
 * their shadow roots (the quote inside a story). With `event`, also waits for that event from
 * each element, for elements that render once their data has arrived.
 * T ends when all have rendered; T+L when a forced layout (reading offsetHeight) has followed.
 */
export async function timeUpgrade({ bundle, selector, inner, event }) {
  // The marks bound T and L in the page's trace, where the run reads the main thread's CPU time.
  performance.mark('bench:start');
  const start = performance.now();
  let finish;
  // Set before the first await, so it is there when the page has loaded.
  window.benchResult = new Promise((resolve) => (finish = resolve));
  const elements = [...document.querySelectorAll(selector)];
  const arrived = new Promise((resolve) => {
    if (!event) return resolve();
    let waiting = elements.length;
    document.addEventListener(event, () => --waiting || resolve());
    // A failure ends the page with its reason rather than leave it waiting.
    document.addEventListener(event.replace(/-load$/, '-error'), ({ detail }) => finish({ failure: String(detail.error) }));
  });
  const rendered = (hosts) => Promise.all(hosts.map((host) => host.updateComplete));
  await import(bundle);
  await arrived;
  await rendered(elements);
  if (inner) await rendered(elements.flatMap((host) => [...host.shadowRoot.querySelectorAll(inner)]));
  const upgraded = performance.now();
  performance.mark('bench:upgraded');
  void document.body.offsetHeight;
  performance.mark('bench:laid-out');
  finish({ T: upgraded - start, TL: performance.now() - start });
}

/** A classic script for the page's head: records long tasks and `quote-change` events from the start. */
export function watchRotation() {
  window.rotation = { longTasks: 0, quoteChanges: 0 };
  new PerformanceObserver((list) => (window.rotation.longTasks += list.getEntries().length)).observe({ type: 'longtask' });
  document.addEventListener('quote-change', () => window.rotation.quoteChanges++);
}

/**
 * A classic script for the page's head, before the bundle: counts the timer callbacks that
 * actually run. Only the bundle sets timers on these pages, so every callback counted is ours.
 */
export function countTimerCallbacks() {
  window.timerCallbacks = 0;
  for (const name of ['setTimeout', 'setInterval']) {
    const original = window[name];
    window[name] = function (callback, ...rest) {
      const counted = typeof callback === 'function'
        ? function (...args) {
          window.timerCallbacks++;
          return callback.apply(this, args);
        }
        : callback;
      return original.call(this, counted, ...rest);
    };
  }
}

/** Resolves after two frames: the IntersectionObserver has reported where every element is. */
export function afterTwoFrames() {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
}

/**
 * Creates `count` elements one after another, each given its content, rendered (with the
 * `inner` elements of its shadow root) and removed, as a page that swaps content would.
 */
export async function createAndRemove({ tag, inner, count, markup, story }) {
  for (let cycle = 0; cycle < count; cycle++) {
    const element = document.createElement(tag);
    if (markup) element.innerHTML = markup;
    if (story) element.story = story;
    document.body.append(element);
    await element.updateComplete;
    if (inner) await Promise.all([...element.shadowRoot.querySelectorAll(inner)].map((child) => child.updateComplete));
    element.remove();
  }
}
