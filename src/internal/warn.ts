/**
 * Console messages for page authors. Each element says a given thing once: re-renders
 * must not flood the console with the same cause.
 */
const said = new WeakMap<object, Set<string>>();

export function warnOnce(owner: object, tag: string, message: string): void {
  const seen = said.get(owner) ?? new Set();
  said.set(owner, seen);
  if (!seen.has(message)) {
    seen.add(message);
    console.warn(`${tag}: ${message}`);
  }
}

/** Forgets what an element said, so a new data set may report the same cause again. */
export function resetWarnings(owner: object): void {
  said.delete(owner);
}

/** The message for an attribute value that cannot be used: what was given, what was expected, what is used instead. */
export const invalidValue = (attr: string, value: unknown, expected: string, used: unknown): string =>
  `${attr}="${value}" is not ${expected}; using ${used}`;
