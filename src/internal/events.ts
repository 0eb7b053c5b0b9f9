import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Holds the events an update decides on until that update is rendered, so a listener that
 * looks at the element finds it showing what the event announces. Events bubble and cross
 * shadow roots, as the contract requires.
 */
export class EventQueue implements ReactiveController {
  private readonly _pending: CustomEvent[] = [];

  constructor(private readonly _host: ReactiveControllerHost & EventTarget) {
    _host.addController(this);
  }

  /** Queues an event for the end of the update under way (or the next one). */
  add(type: string, detail: unknown): void {
    this._pending.push(new CustomEvent(type, { detail, bubbles: true, composed: true }));
    this._host.requestUpdate();
  }

  hostUpdated(): void {
    for (const event of this._pending.splice(0)) this._host.dispatchEvent(event);
  }
}
