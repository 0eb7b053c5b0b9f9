import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Dispatches a typed event that bubbles and crosses shadow roots, as the contract requires. */
export const emit = <T>(target: EventTarget, type: string, detail: T): boolean =>
  target.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));

/**
 * Holds the events an update decides on until that update is rendered, so a listener that
 * looks at the element finds it showing what the event announces.
 */
export class EventQueue implements ReactiveController {
  private readonly _pending: { type: string; detail: unknown }[] = [];

  constructor(private readonly _host: ReactiveControllerHost & EventTarget) {
    _host.addController(this);
  }

  /** Queues an event for the end of the update under way (or the next one). */
  add(type: string, detail: unknown): void {
    this._pending.push({ type, detail });
    this._host.requestUpdate();
  }

  hostUpdated(): void {
    for (const { type, detail } of this._pending.splice(0)) emit(this._host, type, detail);
  }
}
