/** Peer: ag-grid-community, client-side row model, 13 columns whose value getters give the widget's text. */
import {
  ClientSideRowModelModule,
  createGrid,
  ExternalFilterModule,
  ModuleRegistry,
  ScrollApiModule,
  type ColDef,
  type GridApi,
} from 'ag-grid-community';
import type { Channel, Conversation } from '../../src/data/types.js';
import { BENCH_COLUMNS, cellText, FONT_SIZE, headerText, ROW_HEIGHT, trackSize } from './cells.js';
import type { BenchWindow, CandidateAdapter } from './types.js';

ModuleRegistry.registerModules([ClientSideRowModelModule, ExternalFilterModule, ScrollApiModule]);

let api: GridApi<Conversation>;
let container: HTMLElement;
let shownChannel: Channel | undefined;

const columnDefs: ColDef<Conversation>[] = BENCH_COLUMNS.map((column) => {
  const { width, grow } = trackSize(column);
  return {
    colId: column.id,
    headerName: headerText(column),
    valueGetter: ({ data }) => (data ? cellText(column, data) : ''),
    ...(grow > 0 ? { minWidth: width, flex: grow } : { width, minWidth: width, maxWidth: width }),
    sortable: false,
    resizable: false,
    suppressMovable: true,
  };
});

const adapter: CandidateAdapter = {
  async mount(host) {
    container = document.createElement('div');
    container.style.height = '100%';
    container.style.fontSize = FONT_SIZE;
    host.append(container);
    api = createGrid<Conversation>(container, {
      columnDefs,
      rowData: [],
      rowHeight: ROW_HEIGHT,
      getRowId: ({ data }) => data.id,
      isExternalFilterPresent: () => shownChannel !== undefined,
      doesExternalFilterPass: (node) => node.data?.channel === shownChannel,
    });
  },
  setData(conversations) {
    api.setGridOption('rowData', conversations as Conversation[]);
  },
  filter(channel) {
    shownChannel = channel;
    api.onFilterChanged();
    api.ensureIndexVisible(0, 'top');
  },
  // AG Grid 36 scrolls header and rows in one viewport; the header sticks at its top.
  scroller: () => container.querySelector<HTMLElement>('.ag-grid-viewport'),
  viewport() {
    const viewport = adapter.scroller();
    const header = container.querySelector('.ag-header');
    if (!viewport || !header) return null;
    const box = viewport.getBoundingClientRect();
    const top = header.getBoundingClientRect().bottom;
    return new DOMRect(box.left, top, viewport.clientWidth, box.top + viewport.clientHeight - top);
  },
  rowAt(hit) {
    const id = hit.closest('.ag-row')?.getAttribute('row-id') ?? undefined;
    return id === undefined ? undefined : { id, text: hit.closest('.ag-cell')?.textContent?.trim() ?? '' };
  },
};

(window as BenchWindow).benchCandidate = adapter;
