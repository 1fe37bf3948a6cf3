/** Candidate: `<inbox-table>` over the memory source, every conversation loaded (see README). */
import { createMemorySource } from '../../src/data/memory.js';
import { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { defineElement } from '../../src/components/define.js';
import { DEFAULT_COLUMNS } from '../../src/format/columns.js';
import { scrollerViewport } from './dom.js';
import type { BenchWindow, CandidateAdapter } from './types.js';
import { wholeList } from './whole-list.js';

// package.json `sideEffects` names only dist/ files, so bundling src/ drops `import 'src/define.js'`.
defineElement('inbox-table', InboxTable);

/** `?paged` keeps the memory source's own pages (1,000 rows a request, loaded while scrolling). */
const paged = new URLSearchParams(location.search).has('paged');
let table: InboxTable;

const adapter: CandidateAdapter = {
  async mount(host) {
    table = document.createElement('inbox-table');
    table.columns = DEFAULT_COLUMNS;
    table.style.setProperty('--inbox-radius', '0');
    host.append(table);
    await table.updateComplete;
  },
  setData(conversations) {
    const source = createMemorySource(conversations);
    table.source = paged ? source : wholeList(source);
  },
  filter(channel) {
    table.query = { channels: [channel] };
  },
  scroller: () => table.shadowRoot!.querySelector<HTMLElement>('.body'),
  viewport: () => scrollerViewport(adapter.scroller()),
  rowAt(hit) {
    const row = hit.closest<HTMLElement>('conversation-row');
    const id = row?.dataset.id;
    return id === undefined ? undefined : { id, text: hit.closest('.cell')?.textContent?.trim() ?? '' };
  },
};

(window as BenchWindow).benchCandidate = adapter;
