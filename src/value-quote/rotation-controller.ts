import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { observeIntersection, onVisibilityChange } from '../internal/shared-observers.js';

/** Why a rotating element is not moving on. */
export type PauseReason = 'paused' | 'hover' | 'focus' | 'offscreen' | 'hidden' | 'idle';

type Host = ReactiveControllerHost & HTMLElement;

/** What the rotation tells its element. */
export interface RotationCallbacks {
  /** The quote on show has had its time. */
  onTimeUp(): void;
  /** Called on connect and whenever `prefers-reduced-motion: reduce` starts or stops applying. */
  onReducedMotion(reduce: boolean): void;
}

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
  private _timer?: ReturnType<typeof setTimeout>;
  // Both set before the timer is first armed: restart() always precedes it.
  declare private _dueTime: number;
  declare private _timeLeft: number;
  /** Ends the observers of the current connection; set while connected. */
  private _disconnectObservers?: () => void;
  private _reducedMotion?: boolean;

  constructor(
    private readonly _host: Host,
    private readonly _callbacks: RotationCallbacks,
  ) {
    _host.addController(this);
    // Listeners on the host itself live and die with it: nothing to remove.
    const holdWhile = (type: string, reason: PauseReason, holds: (event: FocusEvent) => boolean) =>
      _host.addEventListener(type, (event) => this.hold(reason, holds(event as FocusEvent)));
    holdWhile('pointerenter', 'hover', () => true);
    holdWhile('pointerleave', 'hover', () => false);
    holdWhile('focusin', 'focus', () => true);
    // Focus moving between our own controls reports the host itself as relatedTarget.
    holdWhile('focusout', 'focus', (event) => _host.contains(event.relatedTarget as Node | null));
  }

  /** Gives the quote now shown a full period of `ms`. */
  restart(ms: number): void {
    this._stopTimer();
    this._timeLeft = ms;
    this._startTimer();
  }

  /** Adds a pause reason (`on`) or removes it. */
  hold(reason: PauseReason, on: boolean): void {
    if (on === this.reasons.has(reason)) return;
    this.reasons[on ? 'add' : 'delete'](reason);
    this._stopTimer();
    this._startTimer();
    this._host.requestUpdate();
  }

  /** Ends the holds of pointer and focus, which last until they leave otherwise. */
  releasePointerAndFocus(): void {
    this.hold('hover', false);
    this.hold('focus', false);
  }

  hostConnected(): void {
    const query = matchMedia('(prefers-reduced-motion: reduce)');
    const follow = () => {
      if (query.matches !== this._reducedMotion) this._callbacks.onReducedMotion((this._reducedMotion = query.matches));
    };
    query.addEventListener('change', follow);
    follow();
    // Off screen until the observer says otherwise.
    this.reasons.add('offscreen');
    this.hold('hidden', document.visibilityState === 'hidden');
    const stops = [
      observeIntersection(this._host, (seen) => this.hold('offscreen', !seen)),
      onVisibilityChange((hidden) => this.hold('hidden', hidden)),
      () => query.removeEventListener('change', follow),
    ];
    this._disconnectObservers = () => stops.forEach((stop) => stop());
    this._startTimer();
  }

  hostDisconnected(): void {
    this._disconnectObservers!();
    this._disconnectObservers = undefined;
    this._stopTimer();
    this.reasons.delete('hover');
    this.reasons.delete('focus');
  }

  /** Stops the timer, keeping the time the quote had left. */
  private _stopTimer(): void {
    if (!this._timer) return;
    clearTimeout(this._timer);
    this._timer = undefined;
    this._timeLeft = this._dueTime - performance.now();
  }

  /** Starts the timer for the time left, when connected and nothing holds the rotation. */
  private _startTimer(): void {
    if (!this._disconnectObservers || this.reasons.size || this._timer) return;
    this._dueTime = performance.now() + this._timeLeft;
    this._timer = setTimeout(() => {
      this._timer = undefined;
      this._callbacks.onTimeUp();
    }, this._timeLeft);
  }
}
