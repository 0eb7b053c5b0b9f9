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
  /** Reasons that hold now; the element starts off screen until the observer says otherwise. */
  readonly reasons = new Set<PauseReason>(['offscreen']);
  private timer?: ReturnType<typeof setTimeout>;
  private due = 0;
  private left = 0;
  /** Ends the listeners and observers of the current connection; set while connected. */
  private undo?: () => void;
  private reduce?: boolean;

  constructor(
    private host: Host,
    private tick: () => void,
    /** Called on connect and whenever `prefers-reduced-motion: reduce` starts or stops applying. */
    private onReduce: (reduce: boolean) => void,
  ) {
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
    this.reasons[on ? 'add' : 'delete'](reason);
    this.stop();
    this.arm();
    this.host.requestUpdate();
  }

  hostConnected(): void {
    const { host } = this;
    const ac = new AbortController();
    const on = (target: EventTarget, type: string, fn: (e: Event) => void) =>
      target.addEventListener(type, fn, { signal: ac.signal });
    on(host, 'pointerenter', () => this.set('hover', true));
    on(host, 'pointerleave', () => this.set('hover', false));
    on(host, 'focusin', () => this.set('focus', true));
    // Focus moving between our own controls reports the host itself as relatedTarget.
    on(host, 'focusout', (e) => this.set('focus', host.contains((e as FocusEvent).relatedTarget as Node | null)));
    const mql = matchMedia('(prefers-reduced-motion: reduce)');
    const media = () => mql.matches !== this.reduce && this.onReduce((this.reduce = mql.matches));
    on(mql, 'change', media);
    media();
    this.set('offscreen', true);
    this.set('hidden', document.visibilityState === 'hidden');
    const unobserve = observeIntersection(host, (seen) => this.set('offscreen', !seen));
    const unlisten = onVisibilityChange((hidden) => this.set('hidden', hidden));
    this.undo = () => {
      ac.abort();
      unobserve();
      unlisten();
    };
    this.arm();
  }

  hostDisconnected(): void {
    this.undo?.();
    this.undo = undefined;
    this.stop();
    this.reasons.delete('hover');
    this.reasons.delete('focus');
  }

  private stop(): void {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.left = Math.max(0, this.due - performance.now());
  }

  private arm(): void {
    if (!this.undo || this.reasons.size || this.timer !== undefined) return;
    this.due = performance.now() + this.left;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.tick();
    }, this.left);
  }
}
