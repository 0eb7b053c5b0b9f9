/**
 * Console messages for page authors. Each element says a given thing once: re-renders
 * must not flood the console with the same cause.
 */
const said = new WeakMap<object, Set<string>>();

export function warnOnce(owner: object, tag: string, message: string, level: 'warn' | 'error' = 'warn'): void {
  let seen = said.get(owner);
  if (!seen) said.set(owner, (seen = new Set()));
  if (seen.has(message)) return;
  seen.add(message);
  console[level](`${tag}: ${message}`);
}

/** Forgets what an element said, so a new data set may report the same cause again. */
export function resetWarnings(owner: object): void {
  said.delete(owner);
}
