import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { observeIntersection, onVisibilityChange } from '../internal/shared-observers.js';
import type { PauseReason } from './rotation-controller.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Turns what the reader is doing into pause reasons: pointer over the element, focus inside
 * it, the element off screen, the page hidden. None of these touch `paused`: they last only
 * as long as their cause.
 */
export class PresenceController implements ReactiveController {
  private undo: (() => void)[] = [];

  constructor(private host: Host, private set: (reason: PauseReason, on: boolean) => void) {
    host.addController(this);
  }

  hostConnected(): void {
    const { host, set } = this;
    const listen = (type: string, fn: (e: Event) => void) => {
      host.addEventListener(type, fn);
      this.undo.push(() => host.removeEventListener(type, fn));
    };
    listen('pointerenter', () => set('hover', true));
    listen('pointerleave', () => set('hover', false));
    listen('focusin', () => set('focus', true));
    // Focus moving between our own controls reports the host itself as relatedTarget.
    listen('focusout', (e) => set('focus', host.contains((e as FocusEvent).relatedTarget as Node | null)));
    set('offscreen', true);
    set('hidden', document.visibilityState === 'hidden');
    this.undo.push(
      observeIntersection(host, (seen) => set('offscreen', !seen)),
      onVisibilityChange((hidden) => set('hidden', hidden)),
    );
  }

  hostDisconnected(): void {
    this.undo.forEach((f) => f());
    this.undo = [];
    this.set('hover', false);
    this.set('focus', false);
  }
}

/** Follows a media query; calls back on connect and whenever the answer changes. */
export class MediaController implements ReactiveController {
  private mql?: MediaQueryList;
  private last?: boolean;

  constructor(host: ReactiveControllerHost, private query: string, private cb: (matches: boolean) => void) {
    host.addController(this);
  }

  private onChange = () => {
    const m = this.mql!.matches;
    if (m !== this.last) this.cb((this.last = m));
  };

  hostConnected(): void {
    this.mql ??= matchMedia(this.query);
    this.mql.addEventListener('change', this.onChange);
    this.onChange();
  }

  hostDisconnected(): void {
    this.mql?.removeEventListener('change', this.onChange);
  }
}

/**
 * Calls back when the host's light DOM changes, so quotes that a framework or a CMS adds
 * after the upgrade are read again.
 */
export class ChildrenController implements ReactiveController {
  private mo: MutationObserver;

  constructor(private host: Host, cb: () => void) {
    this.mo = new MutationObserver(cb);
    host.addController(this);
  }

  hostConnected(): void {
    this.mo.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: ['data-value', 'lang', 'cite'],
    });
  }

  hostDisconnected(): void {
    this.mo.disconnect();
  }
}

/** Host attributes the element sets for itself, each yielding to a value the author set. */
export class OwnAttributes {
  private own: Record<string, string | null> = {};

  constructor(private host: Element) {}

  /** Sets (or, with `false`, removes) an attribute, unless its current value is not ours. */
  set(name: string, value: string | false): void {
    const h = this.host;
    const cur = h.getAttribute(name);
    if (cur !== null && cur !== this.own[name]) return;
    if (value) h.setAttribute(name, value);
    else h.removeAttribute(name);
    this.own[name] = value || null;
  }
}
