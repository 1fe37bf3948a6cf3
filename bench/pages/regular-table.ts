/**
 * Peer: regular-table, a `<table>` that recycles a fixed set of rows, fed the 13 columns' text for
 * the cells in view by its data listener.
 */
import 'regular-table';
import type { RegularTableElement } from 'regular-table';
import type { Conversation } from '../../src/data/types.js';
import { BENCH_COLUMNS, cellText, FONT_SIZE, headerText, ROW_HEIGHT, trackSize } from './cells.js';
import type { BenchWindow, CandidateAdapter } from './types.js';

const STYLE = `
  regular-table { position: absolute; inset: 0; font-size: ${FONT_SIZE}; }
  regular-table td, regular-table th {
    height: ${ROW_HEIGHT - 1}px; line-height: ${ROW_HEIGHT - 1}px; padding: 0 10px; box-sizing: border-box;
    white-space: nowrap; overflow: hidden; text-overflow: ellipsis; border-bottom: 1px solid #e3e5e8;
  }
  ${BENCH_COLUMNS.map((column, index) => `regular-table tr > :nth-child(${index + 1}) { min-width: ${trackSize(column).width}px; max-width: ${trackSize(column).width}px; }`).join('\n')}
`;

let table: RegularTableElement;
let items: readonly Conversation[] = [];
let all: readonly Conversation[] = [];

const HEADERS = BENCH_COLUMNS.map((column) => [headerText(column)]);

const adapter: CandidateAdapter = {
  async mount(host) {
    const style = document.createElement('style');
    style.textContent = STYLE;
    document.head.append(style);
    host.style.position = 'relative';
    table = document.createElement('regular-table') as RegularTableElement;
    table.setDataListener(async (x0, y0, x1, y1) => ({
      num_rows: items.length,
      num_columns: BENCH_COLUMNS.length,
      column_headers: HEADERS.slice(x0, x1),
      data: BENCH_COLUMNS.slice(x0, x1).map((column) => items.slice(y0, y1).map((conversation) => cellText(column, conversation))),
    }));
    host.append(table);
    await table.draw();
  },
  setData(conversations) {
    all = conversations;
    items = conversations;
    void table.draw();
  },
  filter(channel) {
    items = all.filter((conversation) => conversation.channel === channel);
    table.scrollTop = 0;
    void table.draw();
  },
  scroller: () => table,
  viewport() {
    const head = table.querySelector('thead');
    const box = table.getBoundingClientRect();
    const top = head ? head.getBoundingClientRect().bottom : box.top;
    return new DOMRect(box.left, top, table.clientWidth, box.top + table.clientHeight - top);
  },
  rowAt(hit) {
    const cell = hit.closest<HTMLTableCellElement>('tbody td');
    const meta = cell ? table.getMeta(cell) : undefined;
    const id = meta?.y === undefined ? undefined : items[meta.y]?.id;
    return id === undefined ? undefined : { id, text: cell!.textContent?.trim() ?? '' };
  },
};

(window as BenchWindow).benchCandidate = adapter;
