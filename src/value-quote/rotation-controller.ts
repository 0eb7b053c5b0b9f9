import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { observeIntersection, onVisibilityChange } from '../internal/shared-observers.js';

/** Why a rotating element is not moving on. */
export type PauseReason = 'paused' | 'hover' | 'focus' | 'offscreen' | 'hidden' | 'idle';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * The rotation clock: at most one `setTimeout`, armed for the quote on show and only while
 * no pause reason holds. A pause keeps the time the quote had left, so when every reason is
 * gone the quote finishes its time instead of starting a fresh one.
 * It also turns what the reader is doing into pause reasons (pointer over the element, focus
 * inside it, the element off screen, the page hidden), which last only as long as their
 * cause, and follows `prefers-reduced-motion`.
 */
export class RotationController implements ReactiveController {
  /** Reasons that hold now. */
  readonly reasons = new Set<PauseReason>();
  private timer?: ReturnType<typeof setTimeout>;
  // Both set before the timer is first armed: reset() always precedes it.
  declare private due: number;
  declare private left: number;
  /** Ends the observers of the current connection; set while connected. */
  private undo?: () => void;
  private reduce?: boolean;

  constructor(
    private host: Host,
    private tick: () => void,
    /** Called on connect and whenever `prefers-reduced-motion: reduce` starts or stops applying. */
    private onReduce: (reduce: boolean) => void,
  ) {
    host.addController(this);
    // Listeners on the host itself live and die with it: nothing to remove.
    const on = (type: string, reason: PauseReason, holds: (e: FocusEvent) => boolean) =>
      host.addEventListener(type, (e) => this.set(reason, holds(e as FocusEvent)));
    on('pointerenter', 'hover', () => true);
    on('pointerleave', 'hover', () => false);
    on('focusin', 'focus', () => true);
    // Focus moving between our own controls reports the host itself as relatedTarget.
    on('focusout', 'focus', (e) => host.contains(e.relatedTarget as Node | null));
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
    this.reasons[on ? 'add' : 'delete'](reason);
    this.stop();
    this.arm();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    const mql = matchMedia('(prefers-reduced-motion: reduce)');
    const media = () => mql.matches !== this.reduce && this.onReduce((this.reduce = mql.matches));
    mql.addEventListener('change', media);
    media();
    // Off screen until the observer says otherwise.
    this.reasons.add('offscreen');
    this.set('hidden', document.visibilityState === 'hidden');
    const stops = [
      observeIntersection(this.host, (seen) => this.set('offscreen', !seen)),
      onVisibilityChange((hidden) => this.set('hidden', hidden)),
      () => mql.removeEventListener('change', media),
    ];
    this.undo = () => stops.forEach((f) => f());
    this.arm();
  }

  hostDisconnected(): void {
    this.undo!();
    this.undo = undefined;
    this.stop();
    this.reasons.delete('hover');
    this.reasons.delete('focus');
  }

  private stop(): void {
    if (!this.timer) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.left = this.due - performance.now();
  }

  private arm(): void {
    if (!this.undo || this.reasons.size || this.timer) return;
    this.due = performance.now() + this.left;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.tick();
    }, this.left);
  }
}
