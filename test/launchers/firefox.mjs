// The system's Firefox ESR, driven by puppeteer-core over WebDriver BiDi. It reuses the runner's
// Chrome launcher, which only needs a puppeteer browser: the commands of
// @web/test-runner-commands that speak puppeteer (keys, mouse, viewport, and media through
// firefox-media.mjs) then work unchanged.
import * as puppeteerCore from 'puppeteer-core';
import { ChromeLauncher } from '@web/test-runner-chrome';
import { requireInstalled } from './system-browser.mjs';
import { withMediaEmulation } from './firefox-media.mjs';

class FirefoxLauncher extends ChromeLauncher {
  async initialize(config, testFiles) {
    requireInstalled(this.launchOptions.executablePath, 'firefox-esr', 'FIREFOX_PATH');
    await super.initialize(config, testFiles);
  }

  async launchBrowser(options = {}) {
    const launchOptions = { ...this.launchOptions, ...options };
    try {
      return await puppeteerCore.launch(launchOptions);
    } catch (error) {
      throw new Error(`Firefox at ${launchOptions.executablePath} did not start: ${error.message}`, { cause: error });
    }
  }
}

export function firefoxLauncher({ executablePath = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr' } = {}) {
  const launchOptions = { browser: 'firefox', executablePath, headless: true, args: ['--headless', '--remote-allow-system-access'] };
  return new FirefoxLauncher(
    launchOptions,
    ({ browser }) => browser.defaultBrowserContext(),
    async ({ context }) => withMediaEmulation(await context.newPage()),
    puppeteerCore,
  );
}
