// One key for the whole origin: a reader who paused the quotes on one page does not want
// the next page to start moving again.
const KEY = 'value-quote-paused';

/**
 * Whether the reader paused quotes earlier in this browser session; given `paused`, first
 * remembers the reader's pause or play for the rest of the session. Where storage is blocked
 * (privacy settings, sandboxed frames) it behaves as a new session and the choice still holds
 * for this page.
 */
export function readerPaused(paused?: boolean): boolean {
  try {
    if (paused) sessionStorage.setItem(KEY, '1');
    else if (paused === false) sessionStorage.removeItem(KEY);
    return !!sessionStorage.getItem(KEY);
  } catch {
    return false;
  }
}
