import type { ReactiveControllerHost } from 'lit';

/**
 * Calls back when the host's light DOM changes, so content that a framework or a CMS adds
 * after the upgrade is read again. The observer runs while the host is connected.
 */
export class ChildrenController {
  constructor(host: ReactiveControllerHost & Element, cb: () => void) {
    const mo = new MutationObserver(cb);
    host.addController({
      hostConnected: () =>
        mo.observe(host, { childList: true, subtree: true, characterData: true, attributeFilter: ['data-value', 'lang', 'cite'] }),
      hostDisconnected: () => mo.disconnect(),
    });
  }
}
