// Medians, ratios and targets of a benchmark run, as one Markdown table.

/**
 * @typedef {import('./measure.mjs').Visit} Visit
 * @typedef {import('./build.mjs').Candidate} Candidate
 * @typedef {Record<string, number>} Medians numeric Visit fields, median over rounds
 * @typedef {{ minBytes: number, gzipBytes: number }} BundleSize
 */

const WIDGET = 'inbox-table';
/** The widget as a host uses it out of the box: `createMemorySource(rows)` with its own pages. */
const WIDGET_PAGED = 'inbox-table-paged';
const FLOOR = 'floor';
/** Peers the widget must beat now, and the cost to beat next (reported, no target yet). */
const PEERS = ['vaadin-grid', 'ag-grid'];
const NEXT_PEERS = ['revogrid', 'regular-table'];
const MB = 1024 * 1024;
/** The heap budget for 100,000 conversations beyond the host's own data. */
const HEAP_BUDGET_MB = 1.5;

/** @param {number[]} values */
export function median(values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * @param {Visit[]} visits
 * @returns {Medians}
 */
export function medians(visits) {
  /** @type {Medians} */
  const result = {};
  for (const key of Object.keys(visits[0] ?? {})) {
    const values = visits.map((visit) => /** @type {Record<string, unknown>} */ (visit)[key]);
    if (values.every((value) => typeof value === 'number')) result[key] = median(/** @type {number[]} */ (values));
  }
  result.heapAddedBytes = median(visits.map((visit) => visit.heapAfterBytes - visit.heapBeforeBytes));
  return result;
}

/**
 * @typedef {object} Metric
 * @property {string} label
 * @property {(m: Medians, bundle: BundleSize | undefined) => number} value
 * @property {(value: number) => string} format
 * @property {string} [target] what the widget must do
 * @property {string} [widget] the candidate the target and the "widget ÷" ratios are for (default: the widget holding every row)
 * @property {(widget: number, floor: number, peers: number[]) => boolean} [met] `peers`: Vaadin Grid's and AG Grid's values
 * @property {boolean} [noRatio] ratios mean nothing (shares that are mostly 0)
 */

/** @param {number} digits */
const fixed = (digits) => /** @param {number} value */ (value) => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const percent = /** @param {number} share */ (share) => (Number.isFinite(share) ? `${(share * 100).toFixed(1)}%` : '–');
const count = /** @param {number} value */ (value) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : '–');

/** @type {Metric[]} */
export const METRICS = [
  {
    label: 'Data set → first screenful painted (ms)',
    value: (m) => m.firstScreenfulMs,
    format: fixed(0),
    widget: WIDGET_PAGED,
    target: 'own pages ≤ fastest of Vaadin Grid, AG Grid',
    met: (widget, _floor, peers) => widget <= Math.min(...peers),
  },
  { label: '… of which main-thread CPU (ms)', value: (m) => m.firstScreenfulCpuMs, format: fixed(0), widget: WIDGET_PAGED },
  {
    label: 'Scroll: main-thread time per step (ms)',
    value: (m) => m.taskMsPerStep,
    format: fixed(1),
    target: '≤ 1.0× floor and < Vaadin Grid, AG Grid',
    met: (widget, floor, peers) => widget <= floor && peers.every((peer) => widget < peer),
  },
  { label: 'Scroll: script per step (ms)', value: (m) => m.scriptMsPerStep, format: fixed(1) },
  { label: 'Scroll: style + layout per step (ms)', value: (m) => m.layoutMsPerStep, format: fixed(1) },
  { label: 'Scroll: paint and the rest per step (ms)', value: (m) => m.taskMsPerStep - m.scriptMsPerStep - m.layoutMsPerStep, format: fixed(1) },
  { label: 'Scroll: frame interval p50 (ms)', value: (m) => m.frameP50Ms, format: fixed(1) },
  { label: 'Scroll: frame interval p95 (ms)', value: (m) => m.frameP95Ms, format: fixed(1) },
  {
    label: 'Scroll: steps showing blank or stale rows',
    value: (m) => m.blankShare + m.staleShare,
    format: percent,
    target: 'none',
    met: (widget) => widget === 0,
    noRatio: true,
  },
  {
    label: 'DOM elements after load',
    value: (m) => m.domElements,
    format: count,
    target: '< 3,000',
    met: (widget) => widget < 3000,
  },
  { label: 'JS heap after load (MB, data set included)', value: (m) => m.heapAfterBytes / MB, format: fixed(1) },
  {
    label: 'JS heap added by the widget (MB)',
    value: (m) => m.heapAddedBytes / MB,
    format: fixed(2),
    widget: WIDGET_PAGED,
    target: `own pages ≤ ${HEAP_BUDGET_MB} MB`,
    met: (widget) => widget <= HEAP_BUDGET_MB,
  },
  {
    label: 'Filter change → new rows painted (ms)',
    value: (m) => m.filterMs,
    format: fixed(0),
    target: '≤ Vaadin Grid, AG Grid',
    met: (widget, _floor, peers) => peers.every((peer) => widget <= peer),
  },
  { label: '… of which main-thread CPU (ms)', value: (m) => m.filterCpuMs, format: fixed(0) },
  // Every feature inlined, lazy ones included (for the peers, their whole cost); the widget's
  // first-load target is the script-tag bundle's row below the table.
  {
    label: 'Page bundle, every feature inlined (KB min+gzip)',
    value: (_m, bundle) => (bundle ? bundle.gzipBytes / 1024 : NaN),
    format: fixed(1),
  },
  { label: 'Row height measured (px)', value: (m) => m.rowHeightPx, format: fixed(0), noRatio: true },
];

/** @param {number} a @param {number} b */
function ratio(a, b) {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return '–';
  return `${(a / b).toFixed(2)}×`;
}

/**
 * The results table: each candidate's median (with its ratio to the floor), the widget's ratio
 * to each peer (the own-pages widget's where the target is about it), and whether it meets the
 * issue's target.
 * @param {Candidate[]} candidates
 * @param {Record<string, Medians>} byCandidate
 * @param {Record<string, BundleSize>} bundles by bundle name
 * @returns {{ markdown: string, targets: { metric: string, target: string, met: boolean }[] }}
 */
export function resultsTable(candidates, byCandidate, bundles) {
  const peers = candidates.filter((candidate) => PEERS.includes(candidate.id) || NEXT_PEERS.includes(candidate.id));
  const header = [
    'Metric (median)',
    ...candidates.map((candidate) => (candidate.id === FLOOR ? candidate.label : `${candidate.label} (÷ floor)`)),
    ...peers.map((peer) => `widget ÷ ${peer.label}`),
    'Target for the widget',
  ];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, index) => (index === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  /** @type {{ metric: string, target: string, met: boolean }[]} */
  const targets = [];
  for (const metric of METRICS) {
    /** @param {string} id */
    const valueOf = (id) => {
      const candidate = candidates.find((entry) => entry.id === id);
      const m = byCandidate[id];
      return candidate && m ? metric.value(m, bundles[candidate.bundle]) : NaN;
    };
    const floor = valueOf(FLOOR);
    const widget = valueOf(metric.widget ?? WIDGET);
    const cells = candidates.map((candidate) => {
      const value = valueOf(candidate.id);
      const shown = metric.format(value);
      return candidate.id === FLOOR || metric.noRatio ? shown : `${shown} (${ratio(value, floor)})`;
    });
    const versusPeers = peers.map((peer) => (metric.noRatio ? '–' : ratio(widget, valueOf(peer.id))));
    let verdict = '';
    if (metric.target && metric.met) {
      const met = metric.met(widget, floor, PEERS.map(valueOf));
      targets.push({ metric: metric.label, target: metric.target, met });
      verdict = `${metric.target}: ${met ? 'met' : '**missed**'}`;
    }
    lines.push(`| ${[metric.label, ...cells, ...versusPeers, verdict].join(' | ')} |`);
  }
  return { markdown: lines.join('\n'), targets };
}

/**
 * @param {{ label: string, value: string }[]} rows
 */
export function listTable(rows) {
  return ['| Widget-only measurement | Result |', '| --- | --- |', ...rows.map(({ label, value }) => `| ${label} | ${value} |`)].join('\n');
}
