import type { ReactiveControllerHost } from 'lit';

// The attributes the light-DOM readers read, and only those: the elements write their own ARIA
// attributes on the host, which must not count as a change.
const WATCHED = ['data-value', 'data-original', 'data-original-lang', 'lang', 'cite', 'slot'];

/**
 * Calls back when the host's light DOM changes, so content that a framework or a CMS adds
 * after the upgrade is read again. The observer runs while the host is connected.
 */
export class ChildrenController {
  constructor(host: ReactiveControllerHost & Element, cb: () => void) {
    const mo = new MutationObserver(cb);
    host.addController({
      hostConnected: () => mo.observe(host, { childList: true, subtree: true, characterData: true, attributeFilter: WATCHED }),
      hostDisconnected: () => mo.disconnect(),
    });
  }
}
