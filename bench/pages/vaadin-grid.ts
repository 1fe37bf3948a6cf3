/** Peer: @vaadin/grid with the same items and 13 columns whose renderers write the widget's text. */
import '@vaadin/grid/vaadin-grid.js';
import '@vaadin/grid/vaadin-grid-column.js';
import type { Grid } from '@vaadin/grid/vaadin-grid.js';
import type { GridColumn } from '@vaadin/grid/vaadin-grid-column.js';
import type { Conversation } from '../../src/data/types.js';
import { BENCH_COLUMNS, cellText, FONT_SIZE, headerText, ROW_HEIGHT, trackSize } from './cells.js';
import type { BenchWindow, CandidateAdapter } from './types.js';

// Cell contents are light DOM: sized from the page, one line of the widget's row height.
const STYLE = `
  vaadin-grid { height: 100%; font-size: ${FONT_SIZE}; --vaadin-grid-cell-padding: 0 10px; }
  vaadin-grid-cell-content { line-height: ${ROW_HEIGHT - 1}px; white-space: nowrap; }
`;

let grid: Grid<Conversation>;
let all: readonly Conversation[] = [];

/** Rows are `<tr>` in the grid's shadow root; Vaadin keeps each row's item on it. */
type GridRow = HTMLTableRowElement & { _item?: Conversation };

const adapter: CandidateAdapter = {
  async mount(host) {
    const style = document.createElement('style');
    style.textContent = STYLE;
    document.head.append(style);
    grid = document.createElement('vaadin-grid') as Grid<Conversation>;
    for (const column of BENCH_COLUMNS) {
      const element = document.createElement('vaadin-grid-column') as GridColumn<Conversation>;
      const { width, grow } = trackSize(column);
      element.header = headerText(column);
      element.width = `${width}px`;
      element.flexGrow = grow;
      element.renderer = (root, _column, model) => {
        root.textContent = cellText(column, model.item);
      };
      grid.append(element);
    }
    host.append(grid);
  },
  setData(conversations) {
    all = conversations;
    grid.items = conversations as Conversation[];
  },
  filter(channel) {
    grid.items = all.filter((conversation) => conversation.channel === channel);
    grid.scrollToIndex(0);
  },
  scroller: () => grid.shadowRoot!.querySelector<HTMLElement>('#table'),
  viewport() {
    const table = adapter.scroller();
    const header = grid.shadowRoot!.querySelector('#header');
    if (!table || !header) return null;
    const box = table.getBoundingClientRect();
    const top = header.getBoundingClientRect().bottom;
    return new DOMRect(box.left, top, table.clientWidth, box.top + table.clientHeight - top);
  },
  rowAt(hit) {
    // A hit on cell content (light DOM) reaches its row through the slot it is assigned to.
    const content = hit.closest('vaadin-grid-cell-content');
    const cell = content ? content.assignedSlot?.parentElement : hit.closest('td');
    const row = cell?.parentElement as GridRow | null | undefined;
    const id = row?._item?.id;
    if (id === undefined) return undefined;
    const text = content ?? (cell?.querySelector('slot')?.assignedElements()[0] as Element | undefined);
    return { id, text: text?.textContent?.trim() ?? '' };
  },
};

(window as BenchWindow).benchCandidate = adapter;
