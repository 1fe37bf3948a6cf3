/** Peer: RevoGrid (@revolist/revogrid) with the same items and 13 columns whose templates write the widget's text. */
import { defineCustomElements } from '@revolist/revogrid/loader';
import type { Conversation } from '../../src/data/types.js';
import { BENCH_COLUMNS, cellText, FONT_SIZE, headerText, ROW_HEIGHT, trackSize } from './cells.js';
import { scrollerViewport } from './dom.js';
import type { BenchWindow, CandidateAdapter } from './types.js';

const STYLE = `revo-grid { height: 100%; font-size: ${FONT_SIZE}; }`;

/** The grid's element API used here (its own types describe the Stencil component, not the element). */
type RevoGridElement = HTMLElement & { columns: unknown[]; source: Conversation[]; rowSize: number; readonly: boolean; scrollToRow(index: number): Promise<void> };

let grid: RevoGridElement;
let items: Conversation[] = [];
let all: readonly Conversation[] = [];

const adapter: CandidateAdapter = {
  async mount(host) {
    defineCustomElements();
    const style = document.createElement('style');
    style.textContent = STYLE;
    document.head.append(style);
    grid = document.createElement('revo-grid') as unknown as RevoGridElement;
    grid.readonly = true;
    grid.rowSize = ROW_HEIGHT;
    grid.columns = BENCH_COLUMNS.map((column) => ({
      prop: column.id,
      name: headerText(column),
      size: trackSize(column).width,
      cellTemplate: (_h: unknown, props: { model: Conversation }) => cellText(column, props.model),
    }));
    host.append(grid);
    await customElements.whenDefined('revo-grid');
  },
  setData(conversations) {
    all = conversations;
    items = conversations as Conversation[];
    grid.source = items;
  },
  filter(channel) {
    items = all.filter((conversation) => conversation.channel === channel);
    grid.source = items;
    void grid.scrollToRow(0);
  },
  scroller: () => grid.querySelector<HTMLElement>('.main-viewport .vertical-inner') ?? grid.querySelector<HTMLElement>('.vertical-inner'),
  viewport: () => scrollerViewport(adapter.scroller()),
  rowAt(hit) {
    const cell = hit.closest('[data-rgRow]');
    const index = cell ? Number(cell.getAttribute('data-rgRow')) : NaN;
    const id = items[index]?.id;
    return id === undefined ? undefined : { id, text: cell!.textContent?.trim() ?? '' };
  },
};

(window as BenchWindow).benchCandidate = adapter;
