// A test-runner command for media features puppeteer's own `emulateMedia` cannot set:
// `forced-colors` (Windows High Contrast and its kin). Chromium's DevTools protocol applies the
// forced palette to the page, as the operating system would. Every call sets the whole list, as
// the protocol replaces it, so a test names all the features it wants at once.

/** `executeServerCommand('emulate-media-features', { 'forced-colors': 'active', 'prefers-color-scheme': 'dark' })`. */
export function mediaFeaturesPlugin() {
  return {
    name: 'emulate-media-features',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-media-features') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`emulate-media-features: not supported in ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const features = Object.entries(payload ?? {}).map(([name, value]) => ({ name, value: String(value) }));
      await page._client().send('Emulation.setEmulatedMedia', { features });
      return true;
    },
  };
}
