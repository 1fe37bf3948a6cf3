/** The demo: the inbox on the local API server (`npm start`), with a choice of data source. */
import { createAnyreachSource, createAvocaSource, createMemorySource, normalizeAnyreachConversation, type InboxDataSource } from '../src/index.js';
import { generateDataset, toAnyreach } from './server/generate.js';

const table = document.querySelector('inbox-table')!;
const settings = document.querySelector<HTMLFormElement>('#settings')!;
const api = `${location.origin}/api`;

let memory: InboxDataSource | undefined;

function memorySource(): InboxDataSource {
  // Generated in the page, the same data set the server serves, with the Avoca-style actions.
  memory ??= createMemorySource(
    generateDataset({ count: 100_000 }).conversations.flatMap((stored) => normalizeAnyreachConversation(toAnyreach(stored, { sensitive: true })) ?? []),
    { id: 'memory:demo', actions: true, pageSize: 200 },
  );
  return memory;
}

function sourceFor(kind: string, scope: string): InboxDataSource {
  switch (kind) {
    case 'avoca':
      return createAvocaSource({ baseUrl: `${api}/avoca/v1`, apiKey: 'avk_demo', workspaceId: 'ws_demo' });
    case 'memory':
      return memorySource();
    default:
      return createAnyreachSource({ baseUrl: `${api}/anyreach`, token: `ak_demo.${scope}` });
  }
}

function apply(): void {
  const data = new FormData(settings);
  const kind = String(data.get('source'));
  const scope = settings.querySelector<HTMLSelectElement>('[name="scope"]')!;
  scope.disabled = kind !== 'anyreach';
  table.hideUnreadableColumns = data.get('hide') === 'on';
  // Reviewers of the Avoca inbox read conversations beside the list (Ctrl/Cmd-click still opens a tab).
  table.rowAction = kind === 'avoca' ? 'preview' : 'tab';
  // Read from the list itself: form data leaves a disabled list out, as it was while Avoca was chosen.
  table.source = sourceFor(kind, scope.value);
}

settings.addEventListener('change', apply);
apply();
