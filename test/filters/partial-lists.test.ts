/**
 * Agent and assignee pickers when the API lists no agents or team members (404) or the source has
 * no list: the people of the loaded rows, by name, a note that the list is partial, and a typed id.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import { DEFAULT_FILTER_STRINGS } from '../../src/components/inbox-filters/filter-strings.js';
import type { Conversation, InboxDataSource } from '../../src/data/types.js';
import { $, chipTexts, filterParams, filterSession, listRequestsAfter, mountInTable, settled, type Mounted } from './helpers.js';

/** Clicks the middle of `element` with the mouse, as a person does. */
async function click(element: Element): Promise<void> {
  element.scrollIntoView({ block: 'center' });
  const box = element.getBoundingClientRect();
  const [x, y] = [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
  const root = element.getRootNode() as ShadowRoot | Document;
  expect(root.elementFromPoint(x, y)?.closest(element.localName), `${element.localName} is under the pointer`).to.equal(element);
  await sendMouse({ type: 'click', position: [x, y] });
}

const optionTexts = (filters: InboxFilters, field: string) =>
  [...filters.shadowRoot!.querySelectorAll<HTMLOptionElement>(`#f-${field} option`)].map((option) => option.textContent!.trim());
const partialNote = (filters: InboxFilters, field: string) => filters.shadowRoot!.getElementById(`f-${field}-partial`)?.textContent?.trim() ?? '';

/** The distinct people `pick` finds in `rows`, by name. */
function namesIn(rows: readonly Conversation[], pick: (row: Conversation) => { id?: string; name?: string } | null | undefined): string[] {
  const byId = new Map<string, string>();
  for (const row of rows) {
    const person = pick(row);
    if (person?.id && (person.name || !byId.has(person.id))) byId.set(person.id, person.name ?? person.id);
  }
  return [...byId.values()].sort((a, b) => a.localeCompare(b));
}

describe('<inbox-filters> agent and assignee pickers without a complete list', () => {
  const session = filterSession('partial');
  let mounted: Mounted;

  async function mount(source: InboxDataSource): Promise<Mounted> {
    await session.clearRequests();
    mounted = await mountInTable(source);
    await listRequestsAfter(session, 1);
    await settled(mounted.table);
    await click($(mounted.filters, '.toggle'));
    await waitUntil(() => mounted.filters.open, 'panel open');
    return mounted;
  }

  /** Types into the picker's find box, moves to its list and picks the first option after "All" with the keyboard. */
  async function pickByKeyboard(field: string, text: string): Promise<void> {
    await click($(mounted.filters, `#f-${field}-find`));
    await sendKeys({ type: text });
    await sendKeys({ press: 'Tab' });
    expect(mounted.filters.shadowRoot!.activeElement?.id).to.equal(`f-${field}`);
    await sendKeys({ press: 'ArrowDown' });
    await mounted.filters.updateComplete;
  }

  /** Clicks Apply; the filter parameters of the one list request it made. */
  async function applyByClick(): Promise<Record<string, string>> {
    await click($(mounted.filters, '[part="apply"]'));
    const requests = await listRequestsAfter(session, 2);
    expect(requests, 'one new request').to.have.length(2);
    await settled(mounted.table);
    return filterParams(requests[1]!);
  }

  after(() => session.control({ missingRoutes: [] }));

  it('Anyreach with no agents endpoint (404): offers the agents of the loaded rows by name, says the list is partial, and sends agent_id', async () => {
    await session.control({ count: 600, seed: 5, missingRoutes: ['agents'] });
    const { table, filters } = await mount(session.anyreachSource());
    await waitUntil(() => (filters.shadowRoot!.getElementById('f-agentId-status')?.textContent ?? '').includes(DEFAULT_FILTER_STRINGS.listFailed), 'the failure said');
    expect((await session.requests()).filter((request) => request.path.endsWith('/anyreach/agents'))).to.have.length(1);
    expect(partialNote(filters, 'agentId')).to.equal(DEFAULT_FILTER_STRINGS.partialList);
    const seen = namesIn(table.rows, (row) => row.agent);
    expect(seen).to.include('After-hours Dispatch');
    expect(optionTexts(filters, 'agentId')).to.deep.equal(['All', ...seen]);
    await expect(filters).to.be.accessible();

    await pickByKeyboard('agentId', 'dispatch');
    expect(optionTexts(filters, 'agentId')).to.deep.equal(['All', 'After-hours Dispatch', 'Use ID “dispatch”']);
    expect($<HTMLSelectElement>(filters, '#f-agentId').value).to.equal('agt_dispatch');
    expect(await applyByClick()).to.deep.equal({ agent_id: 'agt_dispatch' });
    expect(table.rows.length).to.be.greaterThan(0);
    for (const row of table.rows) expect(row.agent?.id).to.equal('agt_dispatch');
    expect(chipTexts(filters)).to.deep.equal(['Agent: After-hours Dispatch']);
  });

  it('a source without an agent list takes a typed agent id and sends it as agent_id', async () => {
    await session.control({ count: 600, seed: 5, missingRoutes: [] });
    const { id, capabilities, fetchPage } = session.anyreachSource();
    const { table, filters } = await mount({ id: `host:${id}`, capabilities, fetchPage });
    expect(partialNote(filters, 'agentId')).to.equal(DEFAULT_FILTER_STRINGS.partialList);
    expect($(filters, '#f-agentId-find').getAttribute('aria-describedby')).to.equal('f-agentId-status f-agentId-partial');

    await pickByKeyboard('agentId', 'agt_retired');
    expect(optionTexts(filters, 'agentId')).to.deep.equal(['All', 'Use ID “agt_retired”']);
    expect(await applyByClick()).to.deep.equal({ agent_id: 'agt_retired' });
    expect(table.rows).to.have.length(0);
    expect(chipTexts(filters)).to.deep.equal(['Agent: agt_retired']);
    expect((await session.requests()).some((request) => request.path.endsWith('/anyreach/agents')), 'no list asked for').to.equal(false);
  });

  it('Avoca with no team members endpoint (404): offers the assignees of the loaded rows by name and sends assignee_id', async () => {
    await session.control({ count: 600, seed: 5, missingRoutes: ['members'] });
    const { table, filters } = await mount(session.avocaSource());
    await waitUntil(() => partialNote(filters, 'assigneeId') === DEFAULT_FILTER_STRINGS.partialList, 'partial note');
    const seen = namesIn(table.rows, (row) => row.assignee);
    expect(seen.length).to.be.greaterThan(1);
    expect(optionTexts(filters, 'assigneeId')).to.deep.equal(['All', ...seen]);
    const person = table.rows.find((row) => row.assignee?.id && row.assignee.name)!.assignee!;

    await pickByKeyboard('assigneeId', person.name!);
    expect($<HTMLSelectElement>(filters, '#f-assigneeId').value).to.equal(person.id);
    expect(await applyByClick()).to.deep.equal({ assignee_id: person.id });
    expect(table.rows.length).to.be.greaterThan(0);
    for (const row of table.rows) expect(row.assignee?.id).to.equal(person.id);
    expect(chipTexts(filters)).to.deep.equal([`Assignee: ${person.name}`]);
    await expect(filters).to.be.accessible();
  });
});
