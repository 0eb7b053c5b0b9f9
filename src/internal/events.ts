/** Dispatches a typed event that bubbles and crosses shadow roots, as the contract requires. */
export const emit = <T>(target: EventTarget, type: string, detail: T): boolean =>
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
