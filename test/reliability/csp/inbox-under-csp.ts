/**
 * The widget inside the strict-CSP page: registers the elements and offers the parent test a way
 * to mount tables over the local API server (credentials are handed over in script, never in
 * this page's URL).
 */
import '../../../src/define.js';
import type { InboxTable } from '../../../src/components/inbox-table/inbox-table.js';
import { createAnyreachSource } from '../../../src/data/anyreach.js';
import { createAvocaSource } from '../../../src/data/avoca.js';

export interface InboxUnderCsp {
  mountAnyreach(baseUrl: string, token: string, columns: string[]): InboxTable;
  mountAvoca(baseUrl: string, apiKey: string): InboxTable;
}

function mount(configure: (table: InboxTable) => void): InboxTable {
  const table = document.createElement('inbox-table');
  table.setAttribute('time-zone', 'UTC');
  table.setAttribute('locale', 'en-US');
  configure(table);
  document.getElementById('host')!.append(table);
  return table;
}

const page: InboxUnderCsp = {
  mountAnyreach: (baseUrl, token, columns) =>
    mount((table) => {
      table.columns = columns;
      table.source = createAnyreachSource({ baseUrl, token, pageSize: 50 });
    }),
  mountAvoca: (baseUrl, apiKey) =>
    mount((table) => {
      table.source = createAvocaSource({ baseUrl, apiKey, workspaceId: 'ws_demo', pageSize: 50 });
    }),
};
(window as unknown as { inboxUnderCsp: InboxUnderCsp }).inboxUnderCsp = page;
