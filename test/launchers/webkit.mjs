// Safari's engine from the system: WebKitGTK's MiniBrowser, driven by WebKitWebDriver. MiniBrowser
// has no headless mode, so the launcher gives it a virtual display of its own (Xvfb), which keeps
// `npm test` a single command on machines without a screen.
import { createServer } from 'node:net';
import { once } from 'node:events';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { requireInstalled, spawnChild } from './system-browser.mjs';

const miniBrowser = process.env.WEBKIT_PATH || `/usr/lib/${debianMultiarch()}/webkit2gtk-4.1/MiniBrowser`;
const driverPath = '/usr/bin/WebKitWebDriver';
const xvfbPath = '/usr/bin/Xvfb';

function debianMultiarch() {
  return process.arch === 'arm64' ? 'aarch64-linux-gnu' : 'x86_64-linux-gnu';
}

/** Starts Xvfb on the first free display (it writes the number to fd 3) and returns ":N". */
async function startVirtualDisplay() {
  const xvfb = spawnChild(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let written = '';
  let errors = '';
  xvfb.stderr.on('data', (chunk) => (errors += chunk));
  const display = await new Promise((resolve, reject) => {
    xvfb.stdio[3].on('data', (chunk) => {
      written += chunk;
      if (written.includes('\n')) resolve(`:${written.trim()}`);
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code} before opening a display: ${errors.trim()}`)));
  });
  return { process: xvfb, display };
}

// Shorter than the runner's 30 s browserStartTimeout, so the failure says which browser did not start.
const sessionTimeout = 20_000;

function withTimeout(promise, ms, message) {
  let timer;
  const timeout = new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Sizes the window for the viewport the runner gives Chromium and Firefox pages, so layouts are compared alike. */
async function setViewport(driver, width, height) {
  const [innerWidth, innerHeight] = await driver.execute(() => [window.innerWidth, window.innerHeight]);
  const outer = await driver.getWindowSize();
  await driver.setWindowSize(outer.width - innerWidth + width, outer.height - innerHeight + height);
}

async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

async function startDriver(display) {
  const port = await freePort();
  const driver = spawnChild(driverPath, [`--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) break;
    const ready = await fetch(`http://127.0.0.1:${port}/status`).then((response) => response.ok, () => false);
    if (ready) return { process: driver, port };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  driver.kill();
  throw new Error(`${driverPath} did not answer on port ${port}`);
}

class WebKitLauncher extends WebdriverLauncher {
  /** One page navigated from file to file: the runner's iframe mode would put every test in a frame. */
  concurrency = 1;

  async initialize(config) {
    requireInstalled(miniBrowser, 'libwebkit2gtk-4.1-0', 'WEBKIT_PATH');
    requireInstalled(driverPath, 'webkit2gtk-driver');
    requireInstalled(xvfbPath, 'xvfb');
    await super.initialize({ ...config, concurrency: 1 });
    this.name = 'WebKit';
  }

  async createDriverManager() {
    // A browser that failed to start fails every test file with the same message, without
    // starting a display and a driver again for each.
    if (this.startFailure) throw this.startFailure;
    try {
      this.display = await startVirtualDisplay();
      this.driverProcess = await startDriver(this.display.display);
      this.options = { ...this.options, hostname: '127.0.0.1', port: this.driverProcess.port };
      const manager = await withTimeout(super.createDriverManager(), sessionTimeout, `no browser session within ${sessionTimeout / 1000} s`);
      await setViewport(this.driver, 800, 600);
      return manager;
    } catch (error) {
      this.startFailure = new Error(`WebKit (${miniBrowser}) did not start: ${error.message}`, { cause: error });
      await this.stop();
      throw this.startFailure;
    }
  }

  async stop() {
    await super.stop();
    this.driverProcess?.process.kill();
    this.display?.process.kill();
  }
}

export function webkitLauncher() {
  return new WebKitLauncher({
    path: '/',
    logLevel: 'error',
    capabilities: { 'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] } },
  });
}
