/** Dispatches a typed event that bubbles and crosses shadow roots, as the contract requires. */
export function emit<T>(target: EventTarget, type: string, detail: T): boolean {
  return target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
}
