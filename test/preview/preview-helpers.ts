/** Mounting `<inbox-table row-action="preview">` and reading its preview the way a user sees it. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { ConversationPreview } from '../../src/components/conversation-preview/conversation-preview.js';
import type { InboxDataSource, InboxQuery } from '../../src/data/types.js';
import { text } from '../table/pointer.js';

export interface PreviewMount {
  source: InboxDataSource;
  query?: InboxQuery;
  columns?: string[];
  width?: number;
  live?: boolean;
  shortcuts?: 'on' | 'off';
}

export async function mountPreviewTable({ source, query = {}, columns, width = 780, live = false, shortcuts = 'on' }: PreviewMount): Promise<InboxTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px; height: 520px">
    <inbox-table
      row-action="preview"
      shortcuts=${shortcuts}
      ?live=${live}
      .source=${source}
      .query=${query}
      .columns=${columns}
      time-zone="UTC"
      locale="en-US"
      detail-url-template="/__detail/{id}"
      agent-url-template="https://agents.example/{agent_id}"
    >
      <inbox-filters slot="toolbar"></inbox-filters>
    </inbox-table>
  </div>`);
  return wrapper.querySelector('inbox-table')!;
}

export function previewOf(table: InboxTable): ConversationPreview | null {
  return table.shadowRoot!.querySelector('conversation-preview');
}

/** Waits until the preview shows conversation `id` (its Conversation ID field). */
export async function waitForPreviewOf(table: InboxTable, id: string, message = `preview of ${id}`): Promise<ConversationPreview> {
  await waitUntil(() => previewOf(table) && fields(previewOf(table)!).get('Conversation ID') === id, message, { timeout: 20000 });
  return previewOf(table)!;
}

/** The preview's fields as the user reads them: name → text. */
export function fields(preview: ConversationPreview): Map<string, string> {
  const list = preview.shadowRoot?.querySelector('[part="fields"]');
  const result = new Map<string, string>();
  if (!list) return result;
  for (const term of list.querySelectorAll(':scope > dt')) result.set(text(term), text(term.nextElementSibling));
  return result;
}

export function previewPart(preview: ConversationPreview, selector: string): HTMLElement {
  const element = preview.shadowRoot!.querySelector<HTMLElement>(selector);
  if (!element) throw new Error(`no ${selector} in the preview`);
  return element;
}

export function rowElement(table: InboxTable, id: string): HTMLElement | null {
  return table.shadowRoot!.querySelector<HTMLElement>(`conversation-row[data-id="${CSS.escape(id)}"]`);
}
