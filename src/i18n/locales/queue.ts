import type { StringsQueue } from '../strings.js';

/**
 * Puts tables on the page-wide queue that every copy of the elements reads and listens to (see
 * `registerStrings`). A locale file imports nothing else, so it stays a few hundred bytes and
 * works before or after the elements load, as a classic script, a module or an import.
 */
export function queueStrings(...entries: StringsQueue): void {
  (globalThis.successStoryStrings ??= []).push(...entries);
}
