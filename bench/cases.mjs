// One function per kind of measure: each opens a fresh page, measures it and closes it, so no
// page inherits another's heap, timers or caches beyond what the browser shares.
import { afterTwoFrames, createAndRemove } from './measure.mjs';

const PAGE_TIMEOUT = 60_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens `url` in a new page and waits for its inline module's result. The result is awaited
 * rather than polled for, so nothing but the page itself runs in it while it is timed.
 */
async function open(browser, url, viewport, beforeLoad) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (viewport) await page.setViewport(viewport);
  await beforeLoad?.(page);
  await page.goto(url);
  const timeout = new Promise((resolve) => setTimeout(resolve, PAGE_TIMEOUT).unref());
  const result = await Promise.race([page.evaluate(() => window.benchResult), timeout]);
  if (result?.failure) errors.push(result.failure);
  if (!result || errors.length) throw new Error(`${url}: ${errors.join('; ') || `no result in ${PAGE_TIMEOUT / 1000} s`}`);
  return { page, result };
}

// The renderer's tasks with their CPU time, and the page's own marks.
const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'blink.user_timing'];

/**
 * Milliseconds of CPU the page's main thread spent between two of its marks: the share of each
 * task that falls between them, in CPU time (`tdur`) rather than wall time, which a busy machine
 * stretches while the thread waits for a core.
 */
function cpuBetween(events, from, to) {
  const mark = (name) => events.find((event) => event.name === name && event.cat.includes('user_timing'));
  const [start, end] = [mark(from), mark(to)];
  let total = 0;
  for (const task of events) {
    if (task.name !== 'RunTask' || task.ph !== 'X' || task.pid !== start.pid || task.tid !== start.tid || !task.dur) continue;
    const overlap = Math.min(end.ts, task.ts + task.dur) - Math.max(start.ts, task.ts);
    if (overlap > 0) total += ((task.tdur ?? task.dur) * overlap) / task.dur;
  }
  return total / 1000;
}

/**
 * T and T+L of one page load, in wall time, and the main thread's CPU time over the same spans.
 * Every load page is traced alike, so the tracing's own cost falls on every case.
 */
export async function measureLoad(browser, url) {
  const { page, result } = await open(browser, url, undefined, (page) => page.tracing.start({ categories: TRACE_CATEGORIES }));
  const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
  await page.close();
  return {
    T: result.T,
    TL: result.TL,
    cpuT: cpuBetween(traceEvents, 'bench:start', 'bench:upgraded'),
    cpuTL: cpuBetween(traceEvents, 'bench:start', 'bench:laid-out'),
  };
}

/**
 * Main-thread script time per rotation and per element, and long tasks, over `rotations`
 * rounds once every element has rotated once. The window starts and ends between two rounds
 * (the quotes started together, so they rotate together), and the time is divided by the
 * rotations actually counted, so a quote that did not rotate cannot flatter the figure.
 */
export async function measureRotation(browser, url, { elements, interval, rotations }) {
  const viewport = { width: 1280, height: 1600 };
  const { page } = await open(browser, url, viewport);
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  await page.waitForFunction((count) => window.rotation.quoteChanges >= count, { timeout: PAGE_TIMEOUT, polling: 100 }, elements);
  await sleep(interval / 4);
  const snapshot = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((entry) => entry.name === name).value * 1000;
    return {
      script: metric('ScriptDuration'),
      rendering: metric('RecalcStyleDuration') + metric('LayoutDuration'),
      ...(await page.evaluate(() => ({ ...window.rotation }))),
    };
  };
  const before = await snapshot();
  await sleep(rotations * interval);
  const after = await snapshot();
  await page.close();
  const counted = after.quoteChanges - before.quoteChanges;
  return {
    rotationsCounted: counted,
    expectedRotations: rotations * elements,
    scriptPerRotation: (after.script - before.script) / counted,
    renderingPerRotation: (after.rendering - before.rendering) / counted,
    longTasks: after.longTasks - before.longTasks,
  };
}

/** Advances the page's clock by `ms` of virtual time, as fast as the page lets it. */
async function runVirtualTime(cdp, ms) {
  const expired = new Promise((resolve) => cdp.once('Emulation.virtualTimeBudgetExpired', resolve));
  await cdp.send('Emulation.setVirtualTimePolicy', { policy: 'advance', budget: ms });
  await expired;
}

/** Minimizes the page's window (its document becomes hidden); resolves with the function that restores it. */
async function hide(page, cdp) {
  const { windowId } = await cdp.send('Browser.getWindowForTarget');
  await cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'minimized' } });
  await page.waitForFunction(() => document.visibilityState === 'hidden', { timeout: PAGE_TIMEOUT, polling: 100 });
  return () => cdp.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'normal' } });
}

/**
 * Timer callbacks run by our code while every element is off screen, then while the page is
 * hidden, each over `virtualMs` of virtual time.
 */
export async function measureIdle(browser, url, { virtualMs }) {
  const { page } = await open(browser, url);
  const cdp = await page.createCDPSession();
  await page.evaluate(afterTwoFrames);
  const callbacks = () => page.evaluate(() => window.timerCallbacks);
  const start = await callbacks();
  await runVirtualTime(cdp, virtualMs);
  const offScreen = await callbacks();
  const show = await hide(page, cdp);
  try {
    await runVirtualTime(cdp, virtualMs);
    return { offScreen: offScreen - start, hidden: (await callbacks()) - offScreen };
  } finally {
    await show();
    await page.close();
  }
}

/** JS heap in use after a full garbage collection. */
async function heapAfterGc(cdp) {
  // Twice: objects freed by the first collection's finalizers go in the second.
  for (let round = 0; round < 2; round++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * Bytes kept per create/render/remove cycle: the heap after `cycles` cycles against the heap
 * after the first `warmCycles` (which fill the caches every later element shares).
 */
export async function measureMemory(browser, url, { element, warmCycles, cycles }) {
  const { page } = await open(browser, url);
  const cdp = await page.createCDPSession();
  try {
    await page.evaluate(createAndRemove, { ...element, count: warmCycles });
    const warm = await heapAfterGc(cdp);
    await page.evaluate(createAndRemove, { ...element, count: cycles - warmCycles });
    const after = await heapAfterGc(cdp);
    return { heapAfterWarmCycles: warm, heapAfterCycles: after, bytesPerCycle: (after - warm) / (cycles - warmCycles) };
  } finally {
    await page.close();
  }
}
