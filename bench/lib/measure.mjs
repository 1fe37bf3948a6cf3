// One visit of one candidate page: every per-round metric, read through the page's
// `window.bench` (bench/pages/harness.ts) and the Chrome DevTools Protocol.

export const VIEWPORT = { width: 1366, height: 768 };
/** Frames left to the candidate after its first screenful, before counting DOM and heap. */
const SETTLE_FRAMES = 30;

/**
 * @typedef {import('playwright-core').Browser} Browser
 * @typedef {import('playwright-core').Page} Page
 * @typedef {import('playwright-core').CDPSession} CDPSession
 */

/**
 * @typedef {object} ScrollResult
 * @property {number} steps
 * @property {number[]} frameIntervals
 * @property {number} blankSteps
 * @property {number} staleSteps
 * @property {number} lastTopIndex
 */

/**
 * @typedef {object} Visit
 * @property {number} firstScreenfulMs
 * @property {number} firstScreenfulCpuMs main-thread time spent until then
 * @property {number} domElements
 * @property {number} rowHeightPx
 * @property {number} heapBeforeBytes after the data set is loaded, before the widget gets it
 * @property {number} heapAfterBytes after the first screenful, garbage collected
 * @property {number} taskMsPerStep main-thread task time per scroll step
 * @property {number} scriptMsPerStep
 * @property {number} layoutMsPerStep layout + style recalculation
 * @property {number} frameP50Ms
 * @property {number} frameP95Ms
 * @property {number} blankShare
 * @property {number} staleShare
 * @property {number} lastTopIndex
 * @property {number} filterMs
 * @property {number} filterCpuMs main-thread time spent until then
 * @property {string[]} errors page errors seen during the visit
 */

/**
 * @param {number[]} values
 * @param {number} p 0..1
 */
export function percentile(values, p) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (sorted.length - 1) * p;
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** @param {CDPSession} cdp */
async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * Cumulative main-thread durations, in seconds.
 * @param {CDPSession} cdp
 * @returns {Promise<Record<string, number>>}
 */
async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map(({ name, value }) => [name, value]));
}

/**
 * Main-thread task time between two `metrics` readings, in ms.
 * @param {Record<string, number>} before
 * @param {Record<string, number>} after
 */
function taskMs(before, after) {
  return (after.TaskDuration - before.TaskDuration) * 1000;
}

/**
 * Opens `url` in a fresh browser context (own cache-free JS heap) and listens for page errors.
 * @param {Browser} browser
 * @param {string} url
 */
export async function openPage(browser, url) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('ResizeObserver loop')) errors.push(message.text());
  });
  const cdp = await context.newCDPSession(page);
  await page.goto(url);
  await page.evaluate('window.bench.ready');
  return { page, cdp, errors, close: () => context.close() };
}

/**
 * @template T
 * @param {Page} page
 * @param {string} expression
 * @returns {Promise<T>}
 */
export async function run(page, expression) {
  return /** @type {T} */ (await page.evaluate(expression));
}

/**
 * Measures one candidate page: first screenful, DOM, heap, fast scrolling, filter change.
 * @param {Browser} browser
 * @param {string} url
 * @param {{ steps: number, stepPx: number }} scroll
 * @returns {Promise<Visit>}
 */
export async function visitCandidate(browser, url, { steps, stepPx }) {
  const { page, cdp, errors, close } = await openPage(browser, url);
  try {
    // Thread CPU time, not wall time: on a busy machine a descheduled thread would count as work.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const heapBeforeBytes = await heapUsed(cdp);
    const beforeData = await metrics(cdp);
    const firstScreenfulMs = await run(page, 'window.bench.firstScreenful()');
    const firstScreenfulCpuMs = taskMs(beforeData, await metrics(cdp));
    await run(page, `window.bench.settle(${SETTLE_FRAMES})`);
    const domElements = await run(page, 'window.bench.domElements()');
    const rowHeightPx = await run(page, 'window.bench.rowHeight()');
    const heapAfterBytes = await heapUsed(cdp);

    const before = await metrics(cdp);
    /** @type {ScrollResult} */
    const scrolled = await run(page, `window.bench.scroll(${steps}, ${stepPx})`);
    const after = await metrics(cdp);
    /** @param {string} name */
    const perStep = (name) => ((after[name] - before[name]) * 1000) / steps;

    await run(page, `window.bench.settle(${SETTLE_FRAMES})`);
    const beforeFilter = await metrics(cdp);
    const filterMs = await run(page, 'window.bench.filterChange()');
    const filterCpuMs = taskMs(beforeFilter, await metrics(cdp));
    return {
      firstScreenfulMs,
      firstScreenfulCpuMs,
      domElements,
      rowHeightPx,
      heapBeforeBytes,
      heapAfterBytes,
      taskMsPerStep: perStep('TaskDuration'),
      scriptMsPerStep: perStep('ScriptDuration'),
      layoutMsPerStep: perStep('LayoutDuration') + perStep('RecalcStyleDuration'),
      frameP50Ms: percentile(scrolled.frameIntervals, 0.5),
      frameP95Ms: percentile(scrolled.frameIntervals, 0.95),
      blankShare: scrolled.blankSteps / steps,
      staleShare: scrolled.staleSteps / steps,
      lastTopIndex: scrolled.lastTopIndex,
      filterMs,
      filterCpuMs,
      errors,
    };
  } finally {
    await close();
  }
}
