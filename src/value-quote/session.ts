// One key for the whole origin: a reader who paused the quotes on one page does not want
// the next page to start moving again.
const KEY = 'value-quote-paused';

/** Whether the reader paused quotes earlier in this browser session. */
export function readerPaused(): boolean {
  try {
    return sessionStorage.getItem(KEY) === '1';
  } catch {
    return false; // storage blocked (privacy settings, sandboxed frames): behave as a new session
  }
}

/** Remembers the reader's pause or play for the rest of the session. */
export function rememberPaused(paused: boolean): void {
  try {
    if (paused) sessionStorage.setItem(KEY, '1');
    else sessionStorage.removeItem(KEY);
  } catch {
    // Nothing to remember with: the choice still holds for this page.
  }
}
