/** Sorting from the header where the source can: the server gets the sort, the header says it, the filter panel and the URL agree. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { $, apply, filterSession, mountInTable, openPanel, setValue, settled, type Mounted } from '../filters/helpers.js';
import { clickOn, text } from '../table/pointer.js';
import { fitted, header } from './helpers.js';

const session = filterSession('column-sort');
const pageUrl = location.href;

// Wide enough for every default Avoca column without scrolling sideways.
before(() => setViewport({ width: 1500, height: 900 }));
after(() => setViewport({ width: 800, height: 600 }));

function sortButton(table: InboxTable, id: string): HTMLButtonElement {
  const button = header(table, id).querySelector<HTMLButtonElement>('button.sort');
  if (!button) throw new Error(`${id} offers no sort`);
  return button;
}

async function lastSortRequested(): Promise<string | undefined> {
  return (await session.listRequests()).at(-1)?.query.sort;
}

describe('columns: sort from the header (Avoca)', () => {
  let mounted: Mounted;

  before(() => session.control({ count: 60, seed: 17 }));
  afterEach(async () => {
    history.replaceState(null, '', pageUrl);
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  beforeEach(async () => {
    await session.clearRequests();
    mounted = await mountInTable(session.avocaSource(), { syncUrl: true, width: 1400 });
    await settled(mounted.table);
    // Headers stay where they are once the widths fit the first page.
    await fitted(mounted.table);
  });

  it('clicking a header sends its sort to the server and sets aria-sort; the panel and the URL agree', async () => {
    const { table, filters } = mounted;
    // The source's default order is Last activity, newest first.
    expect(header(table, 'lastActivity').getAttribute('aria-sort')).to.equal('descending');
    expect(header(table, 'priority').getAttribute('aria-sort')).to.equal('none');
    expect(header(table, 'customer').hasAttribute('aria-sort'), 'Customer has no sort').to.equal(false);

    await clickOn(sortButton(table, 'lastActivity'));
    await waitUntil(async () => (await lastSortRequested()) === 'last_activity_asc', 'sort=last_activity_asc requested', { timeout: 10000 });
    await settled(table);
    expect(header(table, 'lastActivity').getAttribute('aria-sort')).to.equal('ascending');
    expect(getComputedStyle(sortButton(table, 'lastActivity'), '::after').content).to.match(/^"▲"/);
    await openPanel(filters);
    await waitUntil(() => $<HTMLSelectElement>(filters, '#f-sort').value === 'last_activity_asc', 'the panel shows the header’s sort');
    expect(new URL(location.href).searchParams.get('inbox_sort')).to.equal('last_activity_asc');
    await expect(table).to.be.accessible();

    await clickOn(sortButton(table, 'priority'));
    await waitUntil(async () => (await lastSortRequested()) === 'priority_desc', 'sort=priority_desc requested', { timeout: 10000 });
    expect(header(table, 'priority').getAttribute('aria-sort')).to.equal('descending');
    expect(header(table, 'lastActivity').getAttribute('aria-sort')).to.equal('none');
    await waitUntil(() => $<HTMLSelectElement>(filters, '#f-sort').value === 'priority_desc', 'the panel follows');
    expect(new URL(location.href).searchParams.get('inbox_sort')).to.equal('priority_desc');
  });

  it('a sort chosen in the filter panel shows on the header', async () => {
    const { table, filters } = mounted;
    table.columnState = { columns: [...table.visibleColumns.map((column) => column.id).filter((id) => id !== 'select' && id !== 'actions'), 'created'] };
    await waitUntil(() => table.shadowRoot!.querySelector('.head .c-created'), 'Created shown');
    await openPanel(filters);
    await setValue(filters, '#f-sort', 'created_asc');
    await apply(filters);
    await waitUntil(async () => (await lastSortRequested()) === 'created_asc', 'sort=created_asc requested', { timeout: 10000 });
    await waitUntil(() => header(table, 'created').getAttribute('aria-sort') === 'ascending', 'Created says ascending');
    expect(header(table, 'lastActivity').getAttribute('aria-sort')).to.equal('none');
  });
});

describe('columns: a source with one fixed order offers no sort (Anyreach)', () => {
  it('has no sort buttons, no aria-sort, and no sort in the column menu', async () => {
    const { table } = await mountInTable(session.anyreachSource(), { width: 1400 });
    await settled(table);
    await fitted(table);
    expect(table.shadowRoot!.querySelectorAll('.head button.sort').length).to.equal(0);
    expect(table.shadowRoot!.querySelectorAll('.head [aria-sort]').length).to.equal(0);
    await clickOn(header(table, 'date').querySelector('.column-menu')!);
    const menu = () => table.shadowRoot!.querySelector<HTMLElement>('#inbox-column-menu');
    await waitUntil(() => menu()?.matches(':popover-open') && menu()!.querySelector('[role="menuitem"]'), 'column menu open', { timeout: 15000 });
    const items = [...menu()!.querySelectorAll('[role="menuitem"]')].map(text);
    expect(items).to.deep.equal(['Move left', 'Move right', 'Fit to content', 'Hide column']);
    await expect(table).to.be.accessible();
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});
