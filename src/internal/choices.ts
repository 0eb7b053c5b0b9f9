import { invalidValue } from './warn.js';

/**
 * The value of an enumerated attribute to act on: `value` when `allowed` has it, else the
 * default (the first allowed value), with a warning that quotes the attribute as the author
 * wrote it and says what is `expected`.
 */
export function choose<V>(
  host: Element,
  attribute: string,
  value: unknown,
  allowed: readonly V[],
  warn: (message: string) => void,
  expected = `one of ${allowed.join(', ')}`,
): V {
  if ((allowed as readonly unknown[]).includes(value)) return value as V;
  warn(invalidValue(attribute, host.getAttribute(attribute) ?? value, expected, allowed[0]));
  return allowed[0];
}
