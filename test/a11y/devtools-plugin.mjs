// Test-runner commands for what the accessibility tests read or set through Chromium's DevTools
// protocol, beyond what @web/test-runner-commands offers:
// - `emulate-media-features`: media features puppeteer's own `emulateMedia` refuses, such as
//   `forced-colors` (Windows' contrast themes). Chromium then paints the page with the forced
//   palette, as the system would. The protocol replaces the whole list at each call, so a test
//   names every feature it wants at once.
// - `accessibility-tree`: the full tree under an element, every node kept but those the browser
//   ignores and the text boxes. puppeteer's snapshot keeps only "interesting" nodes, which drops
//   an unnamed article and a live region's politeness.

/** Nodes with no role of their own, whose children are kept in their place. */
const TRANSPARENT = new Set(['none', 'generic', 'LineBreak']);
/** The properties a test may read, as the protocol names them. */
const KEPT = ['roledescription', 'live', 'level', 'expanded', 'focused', 'hidden', 'busy', 'atomic'];

/** The protocol's flat list → nested `{ role, name, ...properties, children }`, from `rootId`. */
function nest(nodes, rootId) {
  const byId = new Map(nodes.map((node) => [node.nodeId, node]));
  const build = (id) => {
    const node = byId.get(id);
    if (!node || node.role?.value === 'InlineTextBox') return [];
    const children = (node.childIds ?? []).flatMap(build);
    const role = node.role?.value ?? '';
    const properties = Object.fromEntries((node.properties ?? []).filter((p) => KEPT.includes(p.name)).map((p) => [p.name, p.value.value]));
    if (id !== rootId && (node.ignored || (TRANSPARENT.has(role) && !node.name?.value && !('live' in properties)))) return children;
    return [{ role, name: node.name?.value ?? '', ...properties, ...(children.length ? { children } : {}) }];
  };
  return build(rootId);
}

export function devtoolsPlugin() {
  return {
    name: 'accessibility-devtools',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features' && command !== 'accessibility-tree') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`${command}: Chromium only, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const client = page._client();
      if (command === 'emulate-media-features') {
        const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
        await client.send('Emulation.setEmulatedMedia', { features });
        return true;
      }
      // `>>>` pierces shadow roots: `success-story >>> article`.
      const element = await page.$(payload.selector);
      if (!element) throw new Error(`accessibility-tree: nothing matches ${payload.selector}`);
      const { node } = await client.send('DOM.describeNode', { objectId: element.remoteObject().objectId });
      const { nodes } = await client.send('Accessibility.getFullAXTree', {});
      const root = nodes.find((candidate) => candidate.backendDOMNodeId === node.backendNodeId);
      await element.dispose();
      if (!root) throw new Error(`accessibility-tree: ${payload.selector} is not in the accessibility tree`);
      return nest(nodes, root.nodeId)[0];
    },
  };
}
