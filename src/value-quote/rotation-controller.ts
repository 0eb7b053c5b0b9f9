import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Why a rotating element is not moving on. */
export type PauseReason = 'paused' | 'hover' | 'focus' | 'offscreen' | 'hidden' | 'idle';

/**
 * The rotation clock: at most one `setTimeout`, armed for the quote on show and only while
 * no pause reason holds. A pause keeps the time the quote had left, so when every reason is
 * gone the quote finishes its time instead of starting a fresh one.
 */
export class RotationController implements ReactiveController {
  /** Reasons that hold now; the element starts off screen until the observer says otherwise. */
  readonly reasons = new Set<PauseReason>(['offscreen']);
  private timer?: ReturnType<typeof setTimeout>;
  private due = 0;
  private left = 0;
  private on = false;

  constructor(private host: ReactiveControllerHost, private tick: () => void) {
    host.addController(this);
  }

  /** Gives the quote now shown a full period of `ms`. */
  reset(ms: number): void {
    this.stop();
    this.left = ms;
    this.arm();
  }

  /** Adds or removes a pause reason. */
  set(reason: PauseReason, on: boolean): void {
    if (on === this.reasons.has(reason)) return;
    if (on) this.reasons.add(reason);
    else this.reasons.delete(reason);
    this.stop();
    this.arm();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.on = true;
    this.arm();
  }

  hostDisconnected(): void {
    this.stop();
    this.on = false;
  }

  private stop(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.left = Math.max(0, this.due - performance.now());
  }

  private arm(): void {
    if (!this.on || this.reasons.size || this.timer !== undefined) return;
    this.due = performance.now() + this.left;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.tick();
    }, this.left);
  }
}
