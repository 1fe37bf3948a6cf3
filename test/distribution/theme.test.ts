/**
 * Theming as a user sees it: computed colours of the dark and light themes (by preference and by
 * attribute), a host's own custom property winning, and the compact density's rows.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/define.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { ConversationRow } from '../../src/components/conversation-row/conversation-row.js';
import { createMemorySource } from '../../src/data/memory.js';
import { makeConversations } from '../fixtures/conversations.js';
import { waitForRows } from './helpers.js';

const DARK = { background: 'rgb(22, 27, 34)', text: 'rgb(230, 237, 243)', header: 'rgb(28, 33, 40)' };
const LIGHT = { background: 'rgb(255, 255, 255)', text: 'rgb(31, 35, 40)', header: 'rgb(246, 248, 250)' };

async function mountTable(attributes: { theme?: string; density?: string } = {}): Promise<InboxTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1000px; height: 480px">
    <inbox-table
      theme=${ifDefined(attributes.theme)}
      density=${ifDefined(attributes.density)}
      time-zone="UTC"
      locale="en-US"
      .source=${createMemorySource(makeConversations(200))}
    ><inbox-filters slot="toolbar"></inbox-filters></inbox-table>
  </div>`);
  const table = wrapper.querySelector('inbox-table')!;
  await waitForRows(table);
  return table;
}

function colours(table: InboxTable) {
  const cell = table.shadowRoot!.querySelector('conversation-row .cell')!;
  return {
    background: getComputedStyle(table).backgroundColor,
    text: getComputedStyle(cell).color,
    header: getComputedStyle(table.shadowRoot!.querySelector('[part="header"]')!).backgroundColor,
  };
}

describe('themes', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('is light for a viewer who prefers light', async () => {
    await emulateMedia({ colorScheme: 'light' });
    expect(colours(await mountTable())).to.deep.equal(LIGHT);
  });

  it('turns dark for a viewer who prefers dark, filters included', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const table = await mountTable();
    expect(colours(table)).to.deep.equal(DARK);
    expect(getComputedStyle(table).colorScheme).to.equal('dark');
    expect(getComputedStyle(table.querySelector('inbox-filters')!).color).to.equal(DARK.text);
  });

  it('theme="light" keeps a dark-preferring viewer on the light theme', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    expect(colours(await mountTable({ theme: 'light' }))).to.deep.equal(LIGHT);
  });

  it('theme="dark" applies for a viewer who prefers light', async () => {
    await emulateMedia({ colorScheme: 'light' });
    expect(colours(await mountTable({ theme: 'dark' }))).to.deep.equal(DARK);
  });

  it("lets the host page's own custom properties win over the theme", async () => {
    const table = await mountTable({ theme: 'dark' });
    table.style.setProperty('--inbox-background', 'rgb(1, 2, 3)');
    expect(getComputedStyle(table).backgroundColor).to.equal('rgb(1, 2, 3)');
  });

  it('themes a standalone row too', async () => {
    const row = await fixture<ConversationRow>(html`<conversation-row theme="dark" .conversation=${makeConversations(1)[0]}></conversation-row>`);
    await row.updateComplete;
    expect(getComputedStyle(row.shadowRoot!.querySelector('.cell')!).color).to.equal(DARK.text);
    expect(getComputedStyle(row.shadowRoot!.querySelector('.row')!).backgroundColor).to.equal(DARK.background);
  });
});

describe('density', () => {
  const rowHeight = (table: InboxTable) => table.shadowRoot!.querySelector<HTMLElement>('conversation-row')!.offsetHeight;
  const cellPadding = (table: InboxTable) => getComputedStyle(table.shadowRoot!.querySelector('conversation-row .c-summary')!).paddingInlineStart;

  // A row is exactly the row height, its 1px separator included.
  it('is comfortable by default: 44px rows', async () => {
    const table = await mountTable();
    expect(rowHeight(table)).to.equal(44);
    expect(cellPadding(table)).to.equal('10px');
  });

  it('density="compact" renders 32px rows with narrower cells', async () => {
    const compact = await mountTable({ density: 'compact' });
    expect(rowHeight(compact)).to.equal(32);
    expect(cellPadding(compact)).to.equal('6px');
  });
});
