// One key for the whole origin: a reader who paused the quotes on one page does not want
// the next page to start moving again.
const KEY = 'value-quote-paused';

// Read once for all the elements that start in the same task (a page's worth upgrading at
// once), then forgotten, so a change made since, by this page or another, is seen.
let pausedNow: boolean | undefined;

/**
 * Whether the reader paused quotes earlier in this browser session; given `paused`, first
 * remembers the reader's pause or play for the rest of the session. Where storage is blocked
 * (privacy settings, sandboxed frames) it behaves as a new session and the choice still holds
 * for this page.
 */
export function readerPaused(paused?: boolean): boolean {
  if (paused === undefined && pausedNow !== undefined) return pausedNow;
  try {
    if (paused) sessionStorage.setItem(KEY, '1');
    else if (paused === false) sessionStorage.removeItem(KEY);
    pausedNow = !!sessionStorage.getItem(KEY);
  } catch {
    pausedNow = false;
  }
  queueMicrotask(() => (pausedNow = undefined));
  return pausedNow;
}
