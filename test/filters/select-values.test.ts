/**
 * Every select of `<inbox-filters>` shows the value that is applied (or being edited) after each
 * way the filters change: Apply, Reset, removing a chip, reopening the panel, Back/Forward with
 * `sync-url` and switching the source. Options are chosen with real key presses, so each one the
 * user touched is "dirty" and no longer follows a `selected` attribute; the request the server
 * received is checked alongside what the select shows.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import { createAvocaSource } from '../../src/data/avoca.js';
import type { InboxDataSource } from '../../src/data/types.js';
import { clickCenter, shownOption } from '../fixtures/controls.js';
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

async function click(filters: InboxFilters, element: Element): Promise<void> {
  await clickCenter(element);
  await filters.updateComplete;
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
    describe(`${spec.api} ${spec.id}`, () => {
      let ui: SelectUi;
      beforeEach(async () => {
        await session.clearRequests();
        ui = await selectUi(spec, await mountInTable(sources[spec.api].first(), { syncUrl: true }), session);
      });

      it('shows the applied option after Apply, and All after Reset', async () => {
        const { a, b, none } = ui;
        await ui.pick(a, none, b);
        await ui.apply(b);
        await ui.openPanel();
        ui.expectShows(b, 'reopened after Apply');
        await ui.pick(none, a);
        await ui.clickPanelButton('reset');
        await ui.expectSent(none, 'after Reset');
        ui.expectShows(none, 'after Reset');
        await expect(ui.filters).to.be.accessible();
      });

      if (spec.chip) {
        it('shows All once its chip is removed', async () => {
          const { a, b, none } = ui;
          await ui.pick(b, none, a);
          await ui.apply(a);
          await ui.openPanel();
          await ui.pick(b);
          expect(chipTexts(ui.filters)).to.have.length(1);
          await click(ui.filters, $(ui.filters, '.chip button'));
          await ui.expectSent(none, 'after removing the chip');
          expect(chipTexts(ui.filters)).to.deep.equal([]);
          ui.expectShows(none, 'after removing the chip');
        });
      }

      it('shows the applied value again when the panel is reopened without applying', async () => {
        const { a, b, none } = ui;
        await ui.pick(a);
        await ui.apply(a);
        await ui.openPanel();
        await ui.pick(none, b);
        await click(ui.filters, $(ui.filters, '.toggle'));
        expect(ui.filters.open, 'panel closed').to.equal(false);
        await ui.openPanel();
        ui.expectShows(a, 'reopened without applying');
        await expect(ui.filters).to.be.accessible();
        await ui.expectNothingSent();
      });

      it('follows Back and Forward', async () => {
        const { a, b, none } = ui;
        await ui.pick(a);
        await ui.apply(a);
        await ui.openPanel();
        await ui.pick(none, b);
        await ui.apply(b);
        await ui.openPanel();
        await ui.pick(none);
        let pop = popped();
        history.back();
        await pop;
        await ui.expectSent(a, 'after Back');
        await ui.filters.updateComplete;
        ui.expectShows(a, 'after Back');
        await ui.pick(none);
        pop = popped();
        history.forward();
        await pop;
        await ui.expectSent(b, 'after Forward');
        await ui.filters.updateComplete;
        ui.expectShows(b, 'after Forward');
      });

      it('shows the other source’s own (empty) filters after switching', async () => {
        const { a, b, none } = ui;
        await ui.pick(b);
        await ui.apply(b);
        await ui.openPanel();
        await ui.pick(none, a);
        ui.table.source = sources[spec.api].other();
        await ui.expectSent(none, 'to the other source');
        await ui.filters.updateComplete;
        ui.expectShows(none, 'with the other source');
      });
    });
  }
});

interface SelectUi extends Mounted {
  /** Two values to choose between, and the value shown when nothing is applied. */
  a: string;
  b: string;
  none: string;
  openPanel(): Promise<void>;
  /** Chooses each value in turn with arrow keys on the focused select, as a keyboard user does. */
  pick(...values: string[]): Promise<void>;
  /** Presses Apply; the table's one new request carries `value`. */
  apply(value: string): Promise<void>;
  clickPanelButton(part: 'apply' | 'reset'): Promise<void>;
  expectShows(value: string, when: string): void;
  /** The next list request the table made carries `value`, and it is the only new one. */
  expectSent(value: string, when: string): Promise<void>;
  expectNothingSent(): Promise<void>;
}

/** Mounted filters with the panel open on `spec`'s select, and the ways a user drives it. */
async function selectUi(spec: SelectCase, { table, filters }: Mounted, session: FilterSession): Promise<SelectUi> {
  const none = spec.none ?? '';
  let requests = 1;
  await listRequestsAfter(session, requests);
  await settled(table);
  const select = () => $<HTMLSelectElement>(filters, `#${spec.id}`);

  const ui: SelectUi = {
    table,
    filters,
    a: '',
    b: '',
    none,
    async openPanel() {
      if (!filters.open) await click(filters, $(filters, '.toggle'));
      expect(filters.open, 'panel open').to.equal(true);
    },
    async pick(...values) {
      for (const value of values) {
        const target = [...select().options].findIndex((option) => option.value === value);
        expect(target, `${spec.id} offers ${value}`).to.be.at.least(0);
        select().focus();
        for (let presses = 0; presses < select().options.length && select().selectedIndex !== target; presses += 1) {
          await sendKeys({ press: select().selectedIndex < target ? 'ArrowDown' : 'ArrowUp' });
          await filters.updateComplete;
        }
        ui.expectShows(value, `picked ${value}`);
      }
    },
    async apply(value) {
      await ui.clickPanelButton('apply');
      await ui.expectSent(value, `after applying ${value}`);
      expect(filters.open, 'Apply closes the panel').to.equal(false);
    },
    async clickPanelButton(part) {
      await click(filters, $(filters, `[part="${part}"]`));
    },
    expectShows(value, when) {
      expect(shownOption(select()), `${spec.id} ${when}`).to.deep.equal({ value, text: optionText(select(), value) });
    },
    async expectSent(value, when) {
      requests += 1;
      const all = await listRequestsAfter(session, requests);
      expect(all, `one request ${when}`).to.have.length(requests);
      const params = filterParams(all[requests - 1]!);
      if (value === none) expect(params, when).to.deep.equal({});
      else if (spec.range) expect(Object.keys(params).sort(), when).to.deep.equal([...spec.range].sort());
      else expect(params, when).to.deep.equal({ [spec.param]: spec.wire?.(value) ?? value });
      await settled(table);
    },
    async expectNothingSent() {
      expect(await listRequestsAfter(session, requests), 'no new request').to.have.length(requests);
    },
  };

  await ui.openPanel();
  // The agent and assignee lists come from the server.
  await waitUntil(() => select().options.length >= 3, `${spec.id} options listed`, { timeout: 10000 });
  [ui.a, ui.b] = [...select().options].map((option) => option.value).filter((value) => value !== none);
  ui.expectShows(none, 'at first');
  return ui;
}
