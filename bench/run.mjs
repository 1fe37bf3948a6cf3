// `npm run bench`: `<inbox-table>` side by side with Vaadin Grid, AG Grid, RevoGrid,
// regular-table and a bare Lit virtualizer list (the floor) in headless Chromium. See bench/README.md.
//
//   node bench/run.mjs [--rounds 5] [--steps 100] [--step-px 1000] [--skip-extras] [--only inbox-table,floor]
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findBrowser } from '../scripts/find-browser.mjs';
import { buildPages, CANDIDATES, OUT_DIR, REPO, writeDataset } from './lib/build.mjs';
import { MAX_LAYOUT_PX, measureExport, measureLoading, measureMillion, measureXlsxWriter, VIRTUALIZER_MAX_SIZE } from './lib/extras.mjs';
import { VIEWPORT, visitCandidate } from './lib/measure.mjs';
import { listTable, medians, resultsTable } from './lib/report.mjs';
import { serveStatic } from './lib/serve.mjs';

const CONVERSATIONS = 100_000;
const MB = 1024 * 1024;

const { values: options } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    steps: { type: 'string', default: '100' },
    'step-px': { type: 'string', default: '1000' },
    'skip-extras': { type: 'boolean', default: false },
    /** Candidate ids to visit (comma-separated), e.g. to compare a change of the widget with the floor quickly. */
    only: { type: 'string' },
  },
});
const rounds = Number(options.rounds);
const scroll = { steps: Number(options.steps), stepPx: Number(options['step-px']) };
const only = options.only?.split(',');
const candidates = only ? CANDIDATES.filter((candidate) => only.includes(candidate.id)) : CANDIDATES;
/** A page late in a load may cost this much more than an early one and still count as O(page). */
const LINEAR_TOLERANCE = 2;
/** Ten times the rows exported may raise the heap peak this much and still count as bounded memory. */
const BOUNDED_HEAP_GROWTH = 2;

const started = performance.now();
const loadBefore = os.loadavg()[0];
/** @param {string} line */
const log = (line) => console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

log('Building pages with Vite…');
const { bundles, scriptTag } = await buildPages(log);
log(`Writing the data set (${CONVERSATIONS.toLocaleString('en-US')} conversations)…`);
await writeDataset(CONVERSATIONS);

const server = await serveStatic(OUT_DIR);
const browser = await chromium.launch({
  executablePath: await findBrowser(),
  headless: true,
  args: [
    ...CHROMIUM_ARGS,
    '--enable-precise-memory-info',
    // Only the export measurements call gc(), to read the heap an export really holds.
    '--js-flags=--expose-gc',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
  ],
});

try {
  /** @type {Record<string, import('./lib/measure.mjs').Visit[]>} */
  const visits = Object.fromEntries(candidates.map((candidate) => [candidate.id, []]));
  for (let round = 1; round <= rounds; round += 1) {
    for (const candidate of candidates) {
      const visit = await visitCandidate(browser, `${server.origin}/${candidate.bundle}.html${candidate.query ?? ''}`, scroll);
      visits[candidate.id].push(visit);
      log(
        `round ${round}/${rounds} ${candidate.label.padEnd(24)} first screenful ${visit.firstScreenfulMs.toFixed(0)} ms, ` +
          `scroll ${visit.taskMsPerStep.toFixed(1)} ms/step (p95 frame ${visit.frameP95Ms.toFixed(0)} ms, ` +
          `blank/stale ${((visit.blankShare + visit.staleShare) * 100).toFixed(0)}%), ` +
          `${visit.domElements} elements, filter ${visit.filterMs.toFixed(0)} ms` +
          (visit.errors.length ? `, page errors: ${visit.errors.join(' | ')}` : ''),
      );
    }
  }
  const byCandidate = Object.fromEntries(candidates.map((candidate) => [candidate.id, medians(visits[candidate.id])]));
  const { markdown, targets } = resultsTable(candidates, byCandidate, bundles);

  /** @type {{ label: string, value: string }[]} */
  const widgetOnly = [];
  log('Loading 100,000 and 1,000,000 conversations in pages of 100…');
  const loading = await measureLoading(browser, server.origin);
  for (const load of loading) {
    const growth = load.lastTenthPageMs / load.firstTenthPageMs;
    const linear = growth <= LINEAR_TOLERANCE;
    targets.push({ metric: `Loading ${load.rows.toLocaleString('en-US')} conversations in pages of 100`, target: 'linear', met: linear });
    widgetOnly.push({
      label: `Loading ${load.rows.toLocaleString('en-US')} conversations in pages of 100 (memory source → RowStore)`,
      value:
        `${load.totalMs.toFixed(0)} ms for ${load.pages.toLocaleString('en-US')} pages; a page (mean over the tenth) ${load.firstTenthPageMs.toFixed(3)} ms in the first tenth, ` +
        `${load.lastTenthPageMs.toFixed(3)} ms in the last (${growth.toFixed(2)}×); linear (≤ ${LINEAR_TOLERANCE}×): ${linear ? 'met' : '**missed**'}`,
    });
  }
  /** @type {Awaited<ReturnType<typeof measureMillion>> | undefined} */
  let million;
  /** @type {(Awaited<ReturnType<typeof measureExport>> & { tenth: Awaited<ReturnType<typeof measureExport>> }) | undefined} */
  let csv;
  /** @type {typeof csv} */
  let xlsx;
  /** @type {Awaited<ReturnType<typeof measureXlsxWriter>> | undefined} */
  let xlsxWriter;
  if (!options['skip-extras']) {
    log('1,000,000 rows: loading, scrolling to the end, Ctrl+End…');
    const rowsLoaded = await measureMillion(browser, server.origin);
    million = rowsLoaded;
    log('CSV and Excel export of 10,000 and 100,000 conversations…');
    const exported = await measureExport(browser, server.origin, 'csv', CONVERSATIONS);
    const csvTenth = await measureExport(browser, server.origin, 'csv', CONVERSATIONS / 10);
    csv = { ...exported, tenth: csvTenth };
    const workbook = await measureExport(browser, server.origin, 'xlsx', CONVERSATIONS);
    const xlsxTenth = await measureExport(browser, server.origin, 'xlsx', CONVERSATIONS / 10);
    xlsx = { ...workbook, tenth: xlsxTenth };
    // Bounded: ten times the rows may not hold ten times the heap (the file itself lives in Blobs).
    const xlsxHeapGrowth = workbook.peakLiveHeapDeltaBytes / Math.max(xlsxTenth.peakLiveHeapDeltaBytes, MB);
    const xlsxBounded = xlsxHeapGrowth <= BOUNDED_HEAP_GROWTH;
    targets.push({ metric: 'Excel export of 100,000 conversations: JS heap peak', target: 'bounded', met: xlsxBounded });
    /** @param {Awaited<ReturnType<typeof measureExport>>} full @param {Awaited<ReturnType<typeof measureExport>>} tenth */
    const exportValue = (full, tenth) =>
      `${full.ms.toFixed(0)} ms, ${(full.bytes / MB).toFixed(1)} MB file, JS heap peak +${(full.peakHeapDeltaBytes / MB).toFixed(1)} MB ` +
      `(+${(full.peakLiveHeapDeltaBytes / MB).toFixed(1)} MB held, garbage collected) · 10,000 conversations: ${tenth.ms.toFixed(0)} ms, ` +
      `${(tenth.bytes / MB).toFixed(1)} MB, heap peak +${(tenth.peakHeapDeltaBytes / MB).toFixed(1)} MB (+${(tenth.peakLiveHeapDeltaBytes / MB).toFixed(1)} MB held)`;
    const writer = await measureXlsxWriter();
    xlsxWriter = writer;
    /** @param {import('./lib/extras.mjs').RowsOnScreen} rows */
    const lastShown = (rows) =>
      (rows.last < 0 ? 'no row on screen' : `last row on screen #${(rows.last + 1).toLocaleString('en-US')} of ${rowsLoaded.rows.toLocaleString('en-US')}`) +
      (rows.blankPoints ? `, ${rows.blankPoints} of 12 points blank` : '') +
      ` (scrollTop ${Math.round(rows.scrollTop).toLocaleString('en-US')} of scrollHeight ${rows.scrollHeight.toLocaleString('en-US')} px)`;
    widgetOnly.push(
      {
        label: '1,000,000 rows: data set → first rows, DOM elements',
        value: `${rowsLoaded.loadMs.toFixed(0)} ms, ${rowsLoaded.domElements.toLocaleString('en-US')} elements`,
      },
      {
        label: '1,000,000 rows: scrollbar to the end',
        value: `${rowsLoaded.reachedByScrolling ? 'reached' : '**not reached**'} after ${rowsLoaded.scrollsToEnd} scrolls to the end: ${lastShown(rowsLoaded.scrolledToEnd)}`,
      },
      {
        label: '1,000,000 rows: Ctrl+End from a cell',
        value: `${rowsLoaded.reachedByCtrlEnd ? 'reached' : '**not reached**'}: ${lastShown(rowsLoaded.afterCtrlEnd)}`,
      },
      {
        label: 'CSV export of 100,000 conversations',
        value: exportValue(exported, csvTenth),
      },
      {
        label: 'Excel (.xlsx) export of 100,000 conversations (time includes loading the writer)',
        value:
          `${exportValue(workbook, xlsxTenth)}; heap held for 10× the rows ${xlsxHeapGrowth.toFixed(2)}×, ` +
          `bounded (≤ ${BOUNDED_HEAP_GROWTH}×): ${xlsxBounded ? 'met' : '**missed**'}`,
      },
      {
        label: 'Excel writer (lazy chunk: src/export/xlsx-workbook.ts + fflate), loaded on the first Excel export',
        value: `${(writer.gzipBytes / 1024).toFixed(1)} KB min+gzip (${(writer.minBytes / 1024).toFixed(0)} KB min)`,
      },
    );
    if (!rowsLoaded.reachedByScrolling || !rowsLoaded.reachedByCtrlEnd) {
      const reachable = Math.floor(VIRTUALIZER_MAX_SIZE / (byCandidate['inbox-table']?.rowHeightPx || 44));
      log(
        `The last of ${rowsLoaded.rows.toLocaleString('en-US')} rows is not reached: the virtualizer caps its scroll size at ` +
          `${VIRTUALIZER_MAX_SIZE.toLocaleString('en-US')} px (about ${reachable.toLocaleString('en-US')} rows), and rows it places ` +
          `past Chromium's largest layout coordinate (${MAX_LAYOUT_PX.toLocaleString('en-US')} px) pile up on one line. See bench/README.md.`,
      );
    }
  }
  const firstLoadMet = scriptTag.gzipBytes / 1024 <= 40;
  targets.push({ metric: 'First load of the script-tag bundle (KB min+gzip)', target: '≤ 40 KB', met: firstLoadMet });
  widgetOnly.push({
    label: 'First load of the script-tag bundle: dist/inbox.bundle.js and the chunks it imports statically (features load on use)',
    value: `${(scriptTag.gzipBytes / 1024).toFixed(1)} KB min+gzip (${(scriptTag.minBytes / 1024).toFixed(0)} KB min); target ≤ 40 KB: ${firstLoadMet ? 'met' : '**missed**'}`,
  });

  const seconds = (performance.now() - started) / 1000;
  const browserVersion = browser.version();
  const load = `load average ${loadBefore.toFixed(1)} → ${os.loadavg()[0].toFixed(1)}`;
  const environment = `Chromium ${browserVersion} headless, ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, Node ${process.version}, ${load}`;
  const summary =
    `${CONVERSATIONS.toLocaleString('en-US')} conversations, 13 columns, ${VIEWPORT.width}×${VIEWPORT.height}; ` +
    `median of ${rounds} rounds (candidates alternating); scroll: ${scroll.steps} steps of ${scroll.stepPx} px, one per frame. ${environment}.`;
  const output = `${summary} Reproduce: \`npm run bench\`.\n\n${markdown}\n\n${listTable(widgetOnly)}\n`;
  console.log(`\n${output}`);

  const resultsDir = path.join(REPO, 'bench/results');
  await mkdir(resultsDir, { recursive: true });
  const json = {
    date: new Date().toISOString(),
    environment: {
      browser: browserVersion,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model,
      node: process.version,
      platform: process.platform,
      loadAverage: { before: loadBefore, after: os.loadavg()[0] },
    },
    config: { conversations: CONVERSATIONS, rounds, ...scroll, viewport: VIEWPORT, candidates: candidates.map(({ id, label }) => ({ id, label })) },
    bundles,
    scriptTag,
    medians: byCandidate,
    targets,
    million,
    csv,
    loading,
    xlsx,
    xlsxWriter,
    visits,
    markdown: output,
    durationSeconds: seconds,
  };
  await writeFile(path.join(resultsDir, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
  log(`Done in ${seconds.toFixed(0)} s. JSON: bench/results/latest.json`);
} finally {
  await browser.close();
  await server.close();
}
