import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { observeIntersection, onVisibilityChange, watchMedia } from '../internal/shared-observers.js';
import { readerPaused } from './session.js';

/** Why a rotating element is not moving on. */
export type PauseReason = 'paused' | 'hover' | 'focus' | 'offscreen' | 'hidden' | 'idle';

/** The element as its rotation sees it: its public `paused` state. */
type Host = ReactiveControllerHost & HTMLElement & { paused?: boolean };

/**
 * The rotation clock: at most one `setTimeout`, armed for the quote on show and only while
 * no pause reason holds. A pause keeps the time the quote had left, so when every reason is
 * gone the quote finishes its time instead of starting a fresh one.
 * It also turns what the reader is doing into pause reasons (pointer over the element, focus
 * inside it, the element off screen, the page hidden), which last only as long as their
 * cause, and decides who holds `paused` and for how long: a reader's pause or play holds for
 * the whole browser session; reduced motion pauses a rotating element and ends only a pause it
 * made itself; page script's `pause()` and `play()` are not remembered.
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
  /** The pause came from reduced motion and nobody has chosen since. */
  private _pausedByReducedMotion = false;

  constructor(
    private readonly _host: Host,
    /** Called when the quote on show has had its time. */
    private readonly _onTimeUp: () => void,
  ) {
    _host.addController(this);
    if (readerPaused()) _host.paused = true;
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

  /** Page script's pause or play. */
  setPausedByScript(paused: boolean): void {
    this._pausedByReducedMotion = false;
    this._host.paused = paused;
  }

  /** The reader's pause or play, remembered for the session. */
  setPausedByReader(paused: boolean): void {
    this._pausedByReducedMotion = false;
    readerPaused((this._host.paused = paused));
    // Play means play, even under the pointer or the focus that pressed it.
    if (!paused) {
      this.hold('hover', false);
      this.hold('focus', false);
    }
  }

  hostConnected(): void {
    // Off screen until the observer says otherwise.
    this.reasons.add('offscreen');
    this.hold('hidden', document.visibilityState === 'hidden');
    const stops = [
      observeIntersection(this._host, (seen) => this.hold('offscreen', !seen)),
      onVisibilityChange((hidden) => this.hold('hidden', hidden)),
      watchMedia('(prefers-reduced-motion: reduce)', (reduce) => {
        if (reduce !== this._reducedMotion) this._followReducedMotion((this._reducedMotion = reduce));
      }),
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

  /** Starts a reduced-motion pause, or ends one that reduced motion made. */
  private _followReducedMotion(reduce: boolean): void {
    const host = this._host;
    if (reduce && !host.paused) {
      host.paused = this._pausedByReducedMotion = true;
    } else if (!reduce && this._pausedByReducedMotion) {
      host.paused = this._pausedByReducedMotion = false;
    }
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
      this._onTimeUp();
    }, this._timeLeft);
  }
}
