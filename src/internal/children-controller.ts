import type { ReactiveControllerHost } from 'lit';

// The attributes the light-DOM readers read, and only those: the elements write their own ARIA
// attributes on the host, which must not count as a change.
const WATCHED_ATTRIBUTES = ['data-value', 'data-original', 'data-original-lang', 'lang', 'cite', 'slot'];

/**
 * Counts the changes of the host's light DOM, so content that a framework or a CMS adds after
 * the upgrade is read again, and only then. The observer runs while the host is connected.
 */
export class ChildrenController {
  /** Grows by one for every batch of changes; a reader compares it with the version it read. */
  version = 0;

  constructor(host: ReactiveControllerHost & Element) {
    const observer = new MutationObserver(() => {
      this.version++;
      host.requestUpdate();
    });
    host.addController({
      hostConnected: () => {
        // Changes made while the host was away from the page were not observed.
        this.version++;
        observer.observe(host, { childList: true, subtree: true, characterData: true, attributeFilter: WATCHED_ATTRIBUTES });
      },
      hostDisconnected: () => observer.disconnect(),
    });
  }
}
