/**
 * Attributes an element writes on its own host (its role, ARIA names, `aria-busy`) without ever
 * overriding one the author wrote: an attribute is touched only while it still holds what the
 * element wrote last.
 */
export class HostAttributes {
  private readonly _written = new Map<string, string | null>();

  constructor(private readonly _host: Element) {}

  /** Sets each attribute to its value, or removes it for `null`, unless the author has set it. */
  write(attributes: Record<string, string | null>): void {
    for (const [name, value] of Object.entries(attributes)) {
      const current = this._host.getAttribute(name);
      // An attribute that neither wrote is absent (null) and free to take; one that already
      // holds the value needs no write (each would queue attribute mutation records).
      if (current !== (this._written.get(name) ?? null) || current === value) continue;
      if (value === null) this._host.removeAttribute(name);
      else this._host.setAttribute(name, value);
      this._written.set(name, value);
    }
  }
}
