// The widget-only measurements, each in a fresh page: the last of 1,000,000 loaded rows, and a
// CSV and an Excel export of the 100,000 conversations (bench/pages/extras.ts); and the size of
// the Excel writer, a chunk of its own that loads on the first Excel export.
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { build } from 'vite';
import { REPO } from './build.mjs';
import { openPage, run } from './measure.mjs';

/**
 * @typedef {import('playwright-core').Browser} Browser
 * @typedef {{ first: number, last: number, blankPoints: number, scrollTop: number, scrollHeight: number, clientHeight: number }} RowsOnScreen
 */

/** The virtualizer's cap on its scroll size (node_modules/@lit-labs/virtualizer/Virtualizer.js). */
export const VIRTUALIZER_MAX_SIZE = 8_200_000;
/** Chromium's largest layout coordinate (LayoutUnit: 2^25 px less one 1/64 px); positions past it are clamped. */
export const MAX_LAYOUT_PX = 33_554_431;

/**
 * Loads 1,000,000 rows into `<inbox-table>`, then tries to reach the last one: by scrolling the
 * body to its end, and by Ctrl+End from a focused cell (the grid's keyboard model).
 * @param {Browser} browser
 * @param {string} origin
 */
export async function measureMillion(browser, origin) {
  const { page, errors, close } = await openPage(browser, `${origin}/extras.html`);
  try {
    /** @type {{ rows: number, loadMs: number, domElements: number, scrolledToEnd: RowsOnScreen, scrollsToEnd: number }} */
    const loaded = await run(page, 'window.extras.million()');
    await run(page, 'window.extras.focusFirstRow()');
    await page.keyboard.press('Control+End');
    /** @type {RowsOnScreen} */
    const afterCtrlEnd = await run(page, 'window.extras.rowsOnScreen()');
    /** @param {RowsOnScreen} rows */
    const reached = (rows) => rows.last === loaded.rows - 1 && rows.blankPoints === 0;
    return {
      ...loaded,
      afterCtrlEnd,
      reachedByScrolling: reached(loaded.scrolledToEnd),
      reachedByCtrlEnd: reached(afterCtrlEnd),
      errors,
    };
  } finally {
    await close();
  }
}

/**
 * Exports the first `count` conversations with `exportCsv` (src/export/export-csv.ts) or
 * `exportXlsx` (src/export/export-xlsx.ts) to a Blob, twice in fresh pages: timed, with the heap's
 * peak as sampled (garbage included), then again with garbage collected before each reading (the
 * peak of what the export really holds; the browser runs with `--js-flags=--expose-gc`).
 * @param {Browser} browser
 * @param {string} origin
 * @param {'csv' | 'xlsx'} format
 * @param {number} count
 */
export async function measureExport(browser, origin, format, count) {
  /** @param {boolean} liveHeap */
  const once = async (liveHeap) => {
    const { page, cdp, errors, close } = await openPage(browser, `${origin}/extras.html`);
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      /** @type {{ rows: number, ms: number, bytes: number, peakHeapDeltaBytes: number, samples: number }} */
      const result = await run(page, `window.extras.exportFile(${JSON.stringify(format)}, ${count}, ${liveHeap})`);
      return { ...result, errors };
    } finally {
      await close();
    }
  };
  const timed = await once(false);
  const live = await once(true);
  return { ...timed, peakLiveHeapDeltaBytes: live.peakHeapDeltaBytes, errors: [...timed.errors, ...live.errors] };
}

/**
 * Loads 100,000 and 1,000,000 conversations from the memory source into a RowStore in pages of
 * 100, each in a fresh page. Linear when a page late in the load costs what one early did.
 * @param {Browser} browser
 * @param {string} origin
 */
export async function measureLoading(browser, origin) {
  /** @type {{ rows: number, pages: number, totalMs: number, firstTenthPageMs: number, lastTenthPageMs: number }[]} */
  const results = [];
  for (const count of [100_000, 1_000_000]) {
    const { page, close } = await openPage(browser, `${origin}/extras.html`);
    try {
      results.push(await run(page, `window.extras.loading(${count})`));
    } finally {
      await close();
    }
  }
  return results;
}

/**
 * The Excel writer (src/export/xlsx-workbook.ts with fflate) built alone and minified, as the
 * lazy chunk `exportXlsx` loads: what a user's first Excel export downloads.
 * @returns {Promise<{ minBytes: number, gzipBytes: number }>}
 */
export async function measureXlsxWriter() {
  const result = await build({
    configFile: false,
    root: REPO,
    logLevel: 'error',
    build: {
      write: false,
      minify: 'esbuild',
      target: 'es2022',
      lib: { entry: path.join(REPO, 'src/export/xlsx-workbook.ts'), formats: ['es'], fileName: 'xlsx-writer' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) => ('output' in entry ? entry.output : []));
  const code = outputs.map((file) => (file.type === 'chunk' ? file.code : '')).join('');
  return { minBytes: Buffer.byteLength(code), gzipBytes: gzipSync(code, { level: 6 }).length };
}
