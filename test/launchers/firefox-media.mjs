// Puppeteer emulates media through CDP, which Firefox lacks. Firefox's own equivalent, the one
// its developer tools use, is a set of overrides on the tab's BrowsingContext, reachable from the
// browser's chrome scope once Firefox runs with --remote-allow-system-access.

/** Runs `body` (a function body that receives `context`, the page's BrowsingContext) in chrome scope. */
async function inBrowsingContext(page, body) {
  const connection = page.browser().connection;
  const { result: tree } = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const { result } = await connection.send('script.evaluate', {
    expression: `(() => {
      const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
      const context = NavigableManager.getBrowsingContextById(${JSON.stringify(page.mainFrame()._id)});
      ${body}
    })()`,
    target: { context: tree.contexts[0].context },
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`Firefox media emulation failed: ${result.exceptionDetails.text}`);
}

/** Gives a puppeteer page of Firefox the emulation methods @web/test-runner-commands calls. */
export function withMediaEmulation(page) {
  page.emulateMediaType = (type) => inBrowsingContext(page, `context.mediumOverride = ${JSON.stringify(type ?? '')};`);
  page.emulateMediaFeatures = async (features = []) => {
    for (const { name, value } of features) {
      if (name !== 'prefers-reduced-motion') throw new Error(`Firefox cannot emulate ${name} here`);
      await inBrowsingContext(page, `context.prefersReducedMotionOverride = ${JSON.stringify(value || 'none')};`);
    }
  };
  return page;
}
