/**
 * Every select of `<inbox-filters>` shows the value that is applied (or being edited) after each
 * way the filters change: Apply, Reset, removing a chip, reopening the panel, Back/Forward with
 * `sync-url` and switching the source. Options are chosen with real key presses, so each one the
 * user touched is "dirty" and no longer follows a `selected` attribute; the request the server
 * received is checked alongside what the select shows.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import type { InboxDataSource } from '../../src/data/types.js';
import { $, chipTexts, filterParams, filterSession, listRequestsAfter, mountInTable, settled, type FilterSession, type Mounted } from './helpers.js';

const pageUrl = `${location.pathname}${location.search}`;
const popped = () => new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));

interface SelectCase {
  /** The select's id in the panel. */
  id: string;
  api: 'anyreach' | 'avoca';
  /** Query parameter the API receives, and how a value is written there. */
  param: string;
  wire?: (value: string) => string;
  /** Date presets send a range: only which parameters are present is checked. */
  range?: [string, string];
  /** The value shown when nothing is applied ('' = All; the default sort for sort). */
  none?: string;
  /** Has a chip to remove (sort is an order, not a filter). */
  chip: boolean;
}

const CASES: SelectCase[] = [
  { id: 'f-direction', api: 'anyreach', param: 'direction', chip: true },
  { id: 'f-channels', api: 'anyreach', param: 'channel', wire: (value) => ({ phone: 'telephone', web_chat: 'webrtc' })[value] ?? value, chip: true },
  { id: 'f-status', api: 'anyreach', param: 'status', chip: true },
  { id: 'f-agentId', api: 'anyreach', param: 'agent_id', chip: true },
  { id: 'f-date', api: 'anyreach', param: 'created_after', range: ['created_after', 'created_before'], chip: true },
  { id: 'f-status', api: 'avoca', param: 'status', chip: true },
  { id: 'f-priority', api: 'avoca', param: 'priority', chip: true },
  { id: 'f-assigneeId', api: 'avoca', param: 'assignee_id', chip: true },
  { id: 'f-date', api: 'avoca', param: 'date_from', range: ['date_from', 'date_to'], chip: true },
  { id: 'f-sort', api: 'avoca', param: 'sort', none: 'last_activity_desc', chip: false },
];

function centerOf(element: Element): [number, number] {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

/** A real click in the middle of `element`. */
async function click(filters: InboxFilters, element: Element): Promise<void> {
  element.scrollIntoView({ block: 'nearest' });
  await sendMouse({ type: 'click', position: centerOf(element) });
  await filters.updateComplete;
}

/** What the closed select shows, and the value it holds. */
function shown(select: HTMLSelectElement): { value: string; text: string } {
  return { value: select.value, text: select.selectedOptions[0]?.textContent?.trim() ?? '' };
}

function optionText(select: HTMLSelectElement, value: string): string {
  const option = [...select.options].find((candidate) => candidate.value === value);
  if (!option) throw new Error(`${select.id} has no option ${value}`);
  return option.textContent!.trim();
}

describe('<inbox-filters> selects show the applied value', () => {
  const session = filterSession('select-values');
  before(() => session.control({ count: 300, seed: 16 }));
  afterEach(() => history.replaceState(null, '', pageUrl));

  const sources: Record<SelectCase['api'], { first: () => InboxDataSource; other: () => InboxDataSource }> = {
    anyreach: {
      first: () => session.anyreachSource({ token: 'pat_sensitive', organizationId: 'org_demo' }),
      other: () => session.anyreachSource(),
    },
    avoca: {
      first: () => session.avocaSource(),
      // Another workspace: a new organization for the filters (this server refuses it, which does not matter here).
      other: () => createAvocaSource({ baseUrl: `${location.origin}${session.base}/avoca/v1`, apiKey: 'avk_demo', workspaceId: 'ws_other', retry: { baseDelayMs: 5, attempts: 1 } }),
    },
  };

  for (const spec of CASES) {
    it(`${spec.api} ${spec.id}: after Apply, Reset, a removed chip, reopening, Back/Forward and another source`, async () => {
      await session.clearRequests();
      const mounted = await mountInTable(sources[spec.api].first(), { syncUrl: true });
      await exercise(spec, mounted, session, sources[spec.api].other);
    });
  }
});

async function exercise(spec: SelectCase, { table, filters }: Mounted, session: FilterSession, other: () => InboxDataSource): Promise<void> {
  const none = spec.none ?? '';
  let requests = 1;
  await listRequestsAfter(session, requests);
  await settled(table);

  const select = () => $<HTMLSelectElement>(filters, `#${spec.id}`);
  const toggle = () => $(filters, '.toggle');
  const openPanel = async () => {
    if (!filters.open) await click(filters, toggle());
    expect(filters.open, 'panel open').to.equal(true);
  };
  /** Chooses `value` with arrow keys on the focused select, as a keyboard user does. */
  const pick = async (value: string) => {
    const target = [...select().options].findIndex((option) => option.value === value);
    expect(target, `${spec.id} offers ${value}`).to.be.at.least(0);
    select().focus();
    for (let presses = 0; presses < select().options.length && select().selectedIndex !== target; presses += 1) {
      await sendKeys({ press: select().selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
      await filters.updateComplete;
    }
    expectShows(value, `picked ${value}`);
  };
  const expectShows = (value: string, when: string) => {
    expect(shown(select()), `${spec.id} ${when}`).to.deep.equal({ value, text: optionText(select(), value) });
  };
  /** The next list request the table made, and that it is the only new one. */
  const expectSent = async (value: string, when: string) => {
    requests += 1;
    const all = await listRequestsAfter(session, requests);
    expect(all, `one request ${when}`).to.have.length(requests);
    const params = filterParams(all[requests - 1]!);
    if (value === none) expect(params, when).to.deep.equal({});
    else if (spec.range) expect(Object.keys(params).sort(), when).to.deep.equal([...spec.range].sort());
    else expect(params, when).to.deep.equal({ [spec.param]: spec.wire?.(value) ?? value });
    await settled(table);
  };

  await openPanel();
  // The agent and assignee lists come from the server.
  await waitUntil(() => select().options.length >= 3, `${spec.id} options listed`, { timeout: 10000 });
  const values = [...select().options].map((option) => option.value).filter((value) => value !== none);
  const [a, b] = values as [string, string];
  expectShows(none, 'at first');

  // Apply: every option touched, the last one applied.
  await pick(a);
  await pick(none);
  await pick(b);
  await click(filters, $(filters, '[part="apply"]'));
  await expectSent(b, 'after Apply');
  expect(filters.open, 'Apply closes the panel').to.equal(false);
  await openPanel();
  expectShows(b, 'reopened after Apply');

  // Reset.
  await pick(none);
  await pick(a);
  await click(filters, $(filters, '[part="reset"]'));
  await expectSent(none, 'after Reset');
  expectShows(none, 'after Reset');

  // Removing the chip, with another value picked but not applied.
  await pick(b);
  await click(filters, $(filters, '[part="apply"]'));
  await expectSent(b, 'after the second Apply');
  if (spec.chip) {
    await openPanel();
    await pick(a);
    expect(chipTexts(filters)).to.have.length(1);
    await click(filters, $(filters, '.chip button'));
    await expectSent(none, 'after removing the chip');
    expect(chipTexts(filters)).to.deep.equal([]);
    expectShows(none, 'after removing the chip');
  } else {
    await openPanel();
    await click(filters, $(filters, '[part="reset"]'));
    await expectSent(none, 'after Reset');
  }

  // Reopening drops what was picked but not applied.
  await pick(b);
  await click(filters, toggle());
  expect(filters.open, 'panel closed').to.equal(false);
  await openPanel();
  expectShows(none, 'reopened without applying');

  // Back and Forward.
  await pick(a);
  await click(filters, $(filters, '[part="apply"]'));
  await expectSent(a, 'after applying a');
  await openPanel();
  await pick(none);
  await pick(b);
  await click(filters, $(filters, '[part="apply"]'));
  await expectSent(b, 'after applying b');
  await openPanel();
  await pick(none);
  let pop = popped();
  history.back();
  await pop;
  await expectSent(a, 'after Back');
  await filters.updateComplete;
  expectShows(a, 'after Back');
  await pick(none);
  pop = popped();
  history.forward();
  await pop;
  await expectSent(b, 'after Forward');
  await filters.updateComplete;
  expectShows(b, 'after Forward');

  // Another source (another organization): its own, empty filters.
  await pick(a);
  await pick(none);
  await pick(b);
  table.source = other();
  await expectSent(none, 'to the other source');
  await filters.updateComplete;
  expectShows(none, 'with the other source');
}
