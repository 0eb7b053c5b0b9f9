import { invalidValue } from './warn.js';

/** An enumerated attribute: its name and the values it accepts, the default first. */
export interface Choice<V> {
  attribute: string;
  allowed: readonly V[];
  /** What the warning says is expected, when "one of …" does not say it best. */
  expected?: string;
}

/**
 * The value to act on: `value` when the attribute allows it, else the default, with a warning
 * that quotes the attribute as the author wrote it.
 */
export function choose<V>(choice: Choice<V>, value: unknown, written: unknown, warn: (message: string) => void): V {
  const { attribute, allowed } = choice;
  if ((allowed as readonly unknown[]).includes(value)) return value as V;
  warn(invalidValue(attribute, written ?? value, choice.expected ?? `one of ${allowed.join(', ')}`, allowed[0]));
  return allowed[0];
}
