/**
 * Console messages for page authors. Each element says a given thing once: re-renders
 * must not flood the console with the same cause.
 */
const said = new WeakMap<object, Set<string>>();

/** What an element, or a controller on its behalf, says to the page's author. */
export interface Warner {
  /** Says `message` in the console, once until forgotten. */
  warn(message: string): void;
  /** Forgets these messages, so a new data set may report the same cause again. */
  forget(messages: readonly string[]): void;
}

/** The console messages of one element, each starting with its tag name. */
export const warnerFor = (owner: object, tag: string): Warner => ({
  warn(message) {
    const seen = said.get(owner) ?? new Set();
    said.set(owner, seen);
    if (seen.has(message)) return;
    seen.add(message);
    console.warn(`${tag}: ${message}`);
  },
  forget: (messages) => messages.forEach((message) => said.get(owner)?.delete(message)),
});

/** The message for an attribute value that cannot be used: what was given, what was expected, what is used instead. */
export const invalidValue = (attr: string, value: unknown, expected: string, used: unknown): string =>
  `${attr}="${value}" is not ${expected}; using ${used}`;
