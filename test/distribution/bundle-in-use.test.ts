/**
 * The minified script-tag bundle in use: typing a search, the filter panel and its chips, a row's
 * action menu and form. Terser renames private members in the bundle (scripts/private-members.mjs),
 * so these paths run here on the built file, not only on the sources.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { createMemorySource } from '../../src/data/memory.js';
import { makeConversations } from '../fixtures/conversations.js';
import { applyOutboundInPanel, bareFrame, pageErrors, renderedIds, waitForRows } from './helpers.js';

const BUNDLE = '/__dist/inbox.bundle.mjs';

type BarePage = Window & { bundle?: { createMemorySource: typeof createMemorySource } };

function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('script-tag bundle in use', () => {
  let frame: HTMLIFrameElement | undefined;

  before(async function () {
    // The first request builds the bundle: here, with the hook's time, not a test's.
    this.timeout(120000);
    const response = await fetch(BUNDLE);
    if (!response.ok) throw new Error(`the bundle did not build: ${response.status}`);
  });

  afterEach(() => frame?.remove());

  it('searches, filters with the panel and chips, and runs an action from a row menu', async () => {
    frame = await bareFrame(`
      <inbox-table time-zone="UTC" locale="en-US" style="height: 480px">
        <inbox-filters slot="toolbar"></inbox-filters>
      </inbox-table>
      <script type="module">
        window.bundle = await import('${BUNDLE}');
      </script>`);
    const page = frame.contentWindow as BarePage;
    await waitUntil(() => page.bundle, 'bundle loaded', { timeout: 100000 });
    const table = frame.contentDocument!.querySelector<InboxTable>('inbox-table')!;
    table.columns = ['select', 'actions', 'callerName', 'direction', 'tags'];
    table.source = page.bundle!.createMemorySource(makeConversations(60), { actions: true });
    await waitForRows(table);
    const filters = table.querySelector('inbox-filters')!.shadowRoot!;

    // Typing a search and pressing Enter applies it.
    const search = filters.querySelector<HTMLInputElement>('#q-search')!;
    search.value = 'Caller 7';
    search.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await waitUntil(() => renderedIds(table).join() === 'conv_000007', 'searched');
    expect(table.query.search).to.equal('Caller 7');

    // Its chip removes it again.
    const chip = filters.querySelector('.chip')!;
    expect(text(chip)).to.include('Caller 7');
    chip.querySelector('button')!.click();
    await waitUntil(() => renderedIds(table).length > 1, 'search removed');
    expect(table.query.search).to.equal(undefined);

    // The panel: open it, choose a direction, apply.
    filters.querySelector<HTMLButtonElement>('.toggle')!.click();
    await applyOutboundInPanel(filters, table);
    expect(table.query.direction).to.equal('outbound');
    expect(filters.querySelector<HTMLFormElement>('#panel')!.hidden, 'panel closed').to.equal(true);

    // A row's menu: Add tags, and the row shows the tag.
    const row = table.shadowRoot!.querySelector<HTMLElement>('conversation-row[data-id="conv_000003"]')!;
    row.querySelector<HTMLButtonElement>('.c-actions button')!.click();
    const menu = () => table.shadowRoot!.querySelector<HTMLElement>('#inbox-action-menu')!;
    // Rendered once opened.
    await waitUntil(() => menu()?.matches(':popover-open'), 'menu open');
    [...menu().querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].find((item) => text(item) === 'Add tags…')!.click();
    await waitUntil(() => menu().querySelector('inbox-action-form')?.shadowRoot?.querySelector('form'), 'form shown');
    const form = menu().querySelector('inbox-action-form')!.shadowRoot!.querySelector('form')!;
    form.querySelector<HTMLInputElement>('#tags')!.value = 'vip';
    form.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await waitUntil(() => text(table.shadowRoot!.querySelector('conversation-row[data-id="conv_000003"] .c-tags')).includes('vip'), 'tag shown');
    expect(pageErrors(frame)).to.deep.equal([]);
  });
});
