/**
 * The floor: the least work a Lit virtualized table can do. A bare `virtualize` list whose rows
 * are plain divs holding the 13 cells' text, with the widget's column tracks and row height.
 */
import { html, nothing, render } from 'lit';
import { virtualize } from '@lit-labs/virtualizer/virtualize.js';
import type { Conversation } from '../../src/data/types.js';
import { BENCH_COLUMNS, cellText, FONT_SIZE, headerText, ROW_HEIGHT } from './cells.js';
import { scrollerViewport } from './dom.js';
import type { BenchWindow, CandidateAdapter } from './types.js';

const STYLE = `
  .floor { display: flex; flex-direction: column; height: 100%; font-size: ${FONT_SIZE}; }
  .floor .row {
    display: grid;
    grid-template-columns: ${BENCH_COLUMNS.map((column) => column.track).join(' ')};
    min-width: ${BENCH_COLUMNS.reduce((sum, column) => sum + column.minWidth, 0)}px;
    width: 100%;
    height: ${ROW_HEIGHT}px;
    box-sizing: border-box;
    border-bottom: 1px solid #e3e5e8;
  }
  .floor .cell {
    min-width: 0;
    padding: 0 10px;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
    line-height: ${ROW_HEIGHT - 1}px;
  }
  .floor .head { flex: none; font-weight: 600; overflow: hidden; }
  .floor .body { flex: 1 1 auto; min-height: 0; overflow: auto; }
`;

let host: HTMLElement;
let items: Conversation[] = [];
let all: readonly Conversation[] = [];

const renderRow = (conversation: Conversation) =>
  html`<div class="row" data-id=${conversation.id}>${BENCH_COLUMNS.map((column) => html`<div class="cell">${cellText(column, conversation)}</div>`)}</div>`;

function show(): void {
  render(
    html`<div class="floor">
      <div class="row head">${BENCH_COLUMNS.map((column) => html`<div class="cell">${headerText(column)}</div>`)}</div>
      <div class="body">${items.length > 0 ? virtualize({ items, scroller: true, renderItem: renderRow }) : nothing}</div>
    </div>`,
    host,
  );
}

const adapter: CandidateAdapter = {
  async mount(element) {
    host = element;
    const style = document.createElement('style');
    style.textContent = STYLE;
    document.head.append(style);
    show();
  },
  setData(conversations) {
    all = conversations;
    items = conversations as Conversation[];
    show();
  },
  filter(channel) {
    items = all.filter((conversation) => conversation.channel === channel);
    show();
    adapter.scroller()?.scrollTo({ top: 0 });
  },
  scroller: () => host.querySelector<HTMLElement>('.body'),
  viewport: () => scrollerViewport(adapter.scroller()),
  rowAt(hit) {
    const row = hit.closest<HTMLElement>('.body > .row');
    const id = row?.dataset.id;
    return id === undefined ? undefined : { id, text: hit.closest('.cell')?.textContent?.trim() ?? '' };
  },
};

(window as BenchWindow).benchCandidate = adapter;
