import type { ReactiveControllerHost } from 'lit';
import { readerPaused } from './session.js';

/** The element as the pause rules see it: its public `paused` state. */
export interface PausableHost extends ReactiveControllerHost {
  paused?: boolean;
}

/**
 * Who set `paused`, and for how long it holds. A reader's pause or play holds for the whole
 * browser session; reduced motion pauses a rotating element and ends only a pause it made
 * itself; page script's `pause()` and `play()` are not remembered.
 */
export class PauseChoices {
  /** The pause came from reduced motion and nobody has chosen since. */
  private _pausedByReducedMotion = false;

  constructor(
    private readonly _host: PausableHost,
    /** Ends the holds of pointer and focus: play means play, even under the pointer that pressed it. */
    private readonly _onReaderPlay: () => void,
  ) {
    if (readerPaused()) _host.paused = true;
  }

  /** Page script's pause or play. */
  setByScript(paused: boolean): void {
    this._pausedByReducedMotion = false;
    this._host.paused = paused;
  }

  /** The reader's pause or play, remembered for the session. */
  setByReader(paused: boolean): void {
    this._pausedByReducedMotion = false;
    readerPaused((this._host.paused = paused));
    if (!paused) this._onReaderPlay();
  }

  /** Starts a reduced-motion pause, or ends one that reduced motion made. */
  followReducedMotion(reduce: boolean): void {
    if (reduce && !this._host.paused) {
      this._host.paused = this._pausedByReducedMotion = true;
    } else if (!reduce && this._pausedByReducedMotion) {
      this._host.paused = this._pausedByReducedMotion = false;
    }
  }
}
