/**
 * The widget-only measurements: reaching the last of 1,000,000 loaded rows, and exporting
 * 100,000 conversations to CSV and to Excel. Uses the harness's data set (`window.bench`).
 */
import { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { defineElement } from '../../src/components/define.js';
import { createMemorySource } from '../../src/data/memory.js';
import { RowStore } from '../../src/data/row-store.js';
import type { Conversation, InboxDataSource } from '../../src/data/types.js';
import { exportCsv } from '../../src/export/export-csv.js';
import { exportXlsx } from '../../src/export/export-xlsx.js';
import { DEFAULT_COLUMNS } from '../../src/format/columns.js';
import { countElements, deepElementAt, nextFrame } from './dom.js';

// package.json `sideEffects` names only dist/ files, so bundling src/ drops `import 'src/define.js'`.
defineElement('inbox-table', InboxTable);

const MILLION = 1_000_000;
/** Rows a page when measuring loading (the "pages of 100"). */
const PAGE_ROWS = 100;
const WAIT_LIMIT_MS = 60_000;
const SAMPLE_POINTS = 12;
/** Enough for a million rows: the table moves its window of rows about 28,000 rows at a time. */
const MAX_SCROLLS_TO_END = 100;

export interface RowsOnScreen {
  /** 0-based indexes of the first and last rows a user sees (wholly inside the body, found by hit testing); -1 when none. */
  first: number;
  last: number;
  /** Points down the body where no row shows. */
  blankPoints: number;
  /** The virtualizer's scroll extent. */
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

export interface MillionResult {
  rows: number;
  loadMs: number;
  /** Elements of the page, shadow roots included, once the first rows show. */
  domElements: number;
  /** After scrolling the body to its end, again while it had further to go. */
  scrolledToEnd: RowsOnScreen;
  /** How many times the body was scrolled to its end (a scrollbar thumb dragged to the bottom). */
  scrollsToEnd: number;
}

export interface ExportResult {
  rows: number;
  ms: number;
  bytes: number;
  /**
   * Largest JS heap growth over the heap before the export (performance.memory, precise); with
   * `liveHeap`, the heap is collected before each reading, so garbage is not counted.
   */
  peakHeapDeltaBytes: number;
  samples: number;
}

export interface LoadingResult {
  rows: number;
  pages: number;
  totalMs: number;
  /** Mean time of one page (fetch from the memory source + `RowStore.append`) over the first and over the last tenth of the pages. */
  firstTenthPageMs: number;
  lastTenthPageMs: number;
}

interface Extras {
  million(): Promise<MillionResult>;
  /** Loads `count` conversations (100,000 or 1,000,000) from the memory source into a RowStore in pages of 100. */
  loading(count: number): Promise<LoadingResult>;
  /** Focuses a cell of the first row, for a keyboard press from the runner. */
  focusFirstRow(): Promise<void>;
  /** Rows on screen once the table has settled after a key press. */
  rowsOnScreen(): Promise<RowsOnScreen>;
  /** Exports the data set with `exportCsv` or `exportXlsx` (the table's default columns, UTC). */
  /**
   * Exports the first `count` conversations of the data set. `liveHeap` collects garbage before
   * each heap reading (needs Chromium's `--js-flags=--expose-gc`), which slows the export: the
   * timed run is a separate one without it.
   */
  exportFile(format: 'csv' | 'xlsx', count: number, liveHeap: boolean): Promise<ExportResult>;
}

declare global {
  interface Window {
    extras: Extras;
  }
}

let table: InboxTable;

/** A million distinct conversations: the data set ten times over, each copy with its own ids. */
function millionConversations(base: readonly Conversation[]): Conversation[] {
  const rows: Conversation[] = new Array(MILLION);
  for (let index = 0; index < MILLION; index += 1) {
    const conversation = base[index % base.length]!;
    rows[index] = { ...conversation, id: `${conversation.id}_${Math.floor(index / base.length)}` };
  }
  return rows;
}

/** A host's own source holding the whole list in one page. */
function staticSource(rows: Conversation[]): InboxDataSource {
  const memory = createMemorySource([]);
  return {
    id: 'bench-million',
    capabilities: { ...memory.capabilities, maxPageSize: rows.length },
    fetchPage: async () => ({ items: rows, next: null, total: rows.length }),
  };
}

async function waitFor(condition: () => boolean): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > WAIT_LIMIT_MS) throw new Error('Timed out.');
    await nextFrame();
  }
}

function body(): HTMLElement | null {
  return table.shadowRoot!.querySelector<HTMLElement>('.body');
}

async function rowsOnScreen(): Promise<RowsOnScreen> {
  for (let frame = 0; frame < 10; frame += 1) await nextFrame();
  const scroller = body()!;
  const box = scroller.getBoundingClientRect();
  const bottom = box.top + scroller.clientHeight;
  const rowAt = (x: number, y: number) => deepElementAt(x, y)?.closest('conversation-row') ?? null;
  // Rows the virtualizer places past the browser's largest layout coordinate pile up on one line,
  // so a row counts only where hit testing finds it, wholly inside the body.
  const seen = [...table.shadowRoot!.querySelectorAll<HTMLElement>('conversation-row')]
    .filter((row) => {
      const rect = row.getBoundingClientRect();
      return rect.top >= box.top - 0.5 && rect.bottom <= bottom + 0.5 && rowAt(rect.left + rect.width * 0.3, (rect.top + rect.bottom) / 2) === row;
    })
    .map((row) => Number(row.getAttribute('aria-rowindex')) - 2);
  const blankPoints = Array.from({ length: SAMPLE_POINTS }, (_, point) => box.top + ((point + 0.5) * scroller.clientHeight) / SAMPLE_POINTS).filter(
    (y) => rowAt(box.left + box.width * 0.3, y) === null,
  ).length;
  return {
    first: seen.length ? Math.min(...seen) : -1,
    last: seen.length ? Math.max(...seen) : -1,
    blankPoints,
    scrollTop: scroller.scrollTop,
    scrollHeight: scroller.scrollHeight,
    clientHeight: scroller.clientHeight,
  };
}

window.extras = {
  async million() {
    await window.bench.ready;
    const rows = millionConversations(window.bench.conversations);
    table = document.createElement('inbox-table');
    document.getElementById('host')!.append(table);
    const start = performance.now();
    table.source = staticSource(rows);
    await waitFor(() => table.shadowRoot!.querySelector(`conversation-row[data-id="${rows[0]!.id}"]`) !== null);
    const loadMs = performance.now() - start;
    for (let frame = 0; frame < 30; frame += 1) await nextFrame();
    const domElements = countElements();
    const scroller = body()!;
    // The table holds a window of a long list and moves it on as scrolling nears its end, so the
    // body's end is reached again and again, as by a user holding the scrollbar thumb at the bottom.
    let scrolledToEnd: RowsOnScreen;
    let scrollsToEnd = 0;
    do {
      scroller.scrollTop = scroller.scrollHeight;
      scrollsToEnd += 1;
      scrolledToEnd = await rowsOnScreen();
    } while (scrolledToEnd.last < rows.length - 1 && scrollsToEnd < MAX_SCROLLS_TO_END);
    scroller.scrollTop = 0;
    return { rows: rows.length, loadMs, domElements, scrolledToEnd, scrollsToEnd };
  },

  async loading(count) {
    await window.bench.ready;
    const rows = count > window.bench.conversations.length ? millionConversations(window.bench.conversations) : window.bench.conversations;
    const source = createMemorySource(rows);
    // The query's order is computed once, on its first pages, not per page: done before timing.
    await source.fetchPage({ query: {}, continuation: PAGE_ROWS, pageSize: PAGE_ROWS });
    const store = new RowStore();
    const pages = Math.ceil(rows.length / PAGE_ROWS);
    const tenth = Math.max(1, Math.floor(pages / 10));
    // One timer per tenth of the pages: a single page is below the timer's resolution.
    const tenthMs: number[] = [];
    const start = performance.now();
    let tenthStart = start;
    do {
      store.append(await source.fetchPage({ query: {}, continuation: store.next ?? undefined, pageSize: PAGE_ROWS }));
      if (store.pagesLoaded % tenth === 0) {
        const now = performance.now();
        tenthMs.push(now - tenthStart);
        tenthStart = now;
      }
    } while (!store.done);
    return {
      rows: store.rows.length,
      pages: store.pagesLoaded,
      totalMs: performance.now() - start,
      firstTenthPageMs: tenthMs[0]! / tenth,
      lastTenthPageMs: tenthMs[Math.min(9, tenthMs.length - 1)]! / tenth,
    };
  },

  async focusFirstRow() {
    await waitFor(() => table.shadowRoot!.querySelector('conversation-row [data-col="2"]') !== null);
    table.shadowRoot!.querySelector<HTMLElement>('conversation-row [data-col="2"]')!.focus();
  },

  rowsOnScreen,

  async exportFile(format, count, liveHeap) {
    await window.bench.ready;
    const source = createMemorySource(window.bench.conversations.slice(0, count));
    const collect = (window as Window & { gc?: () => void }).gc;
    if (liveHeap && !collect) throw new Error('Live heap readings need --js-flags=--expose-gc.');
    // Chromium only, precise with --enable-precise-memory-info; each read is a new snapshot.
    const heap = () => {
      if (liveHeap) collect!();
      return (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
    };
    const before = heap();
    let peak = before;
    let samples = 0;
    const sample = () => {
      peak = Math.max(peak, heap());
      samples += 1;
    };
    // The export yields between pages, so the timer samples while it runs too (garbage included;
    // collecting that often would measure nothing but the collector).
    const timer = liveHeap ? undefined : setInterval(sample, 1);
    const start = performance.now();
    let rows = 0;
    const options = {
      columns: DEFAULT_COLUMNS,
      timeZone: 'UTC',
      onProgress: ({ exported }: { exported: number }) => {
        rows = exported;
        sample();
      },
    };
    // The Excel time includes loading the writer, as a user's first Excel export does.
    const file = format === 'xlsx' ? await exportXlsx(source, {}, options) : await exportCsv(source, {}, options);
    sample();
    const ms = performance.now() - start;
    clearInterval(timer);
    return { rows, ms, bytes: file.size, peakHeapDeltaBytes: peak - before, samples };
  },
};
