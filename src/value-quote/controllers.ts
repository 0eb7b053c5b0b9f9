import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Calls back when the host's light DOM changes, so content that a framework or a CMS adds
 * after the upgrade is read again.
 */
export class ChildrenController implements ReactiveController {
  private mo: MutationObserver;

  constructor(
    private host: ReactiveControllerHost & Element,
    cb: () => void,
  ) {
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
