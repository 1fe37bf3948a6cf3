/**
 * Nothing moves the rows under a still pointer: the bulk bar, an action's notice and the
 * "N new conversations" pill appear in space the table reserves, and the pill covers no row.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { ConversationRow } from '../../src/components/conversation-row/conversation-row.js';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { InboxDataSource } from '../../src/data/types.js';
import { makeConversations } from '../fixtures/conversations.js';
import { FAST_RETRY, liveSession, waitForStreams } from '../live/helpers.js';
import { renderedRows, waitForRows } from './helpers.js';

type Point = [number, number];

async function mount(source: InboxDataSource, live = false): Promise<InboxTable> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 1100px; height: 480px">
    <inbox-table ?live=${live} .source=${source} time-zone="UTC" locale="en-US"></inbox-table>
  </div>`);
  const table = wrapper.querySelector('inbox-table')!;
  await waitForRows(table);
  return table;
}

function centerOf(element: Element): Point {
  const box = element.getBoundingClientRect();
  return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
}

/** The row the viewer's pointer is over, as the browser hit-tests it. */
function rowUnder(table: InboxTable, [x, y]: Point): ConversationRow | null {
  return table.shadowRoot!.elementFromPoint(x, y)?.closest<ConversationRow>('conversation-row') ?? null;
}

/** Rows wholly inside the body's visible area, top to bottom. */
function visibleRows(table: InboxTable): ConversationRow[] {
  const body = table.shadowRoot!.querySelector('[part="body"]')!.getBoundingClientRect();
  return renderedRows(table)
    .filter((row) => {
      const box = row.getBoundingClientRect();
      return box.top >= body.top - 0.5 && box.bottom <= body.bottom + 0.5;
    })
    .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
}

/** Puts the pointer on `element` and returns where it is, with the row under it and that row's box. */
async function pointAt(table: InboxTable, element: Element) {
  const point = centerOf(element);
  await sendMouse({ type: 'move', position: point });
  const row = rowUnder(table, point)!;
  expect(row, 'a row under the pointer').to.not.equal(null);
  return { point, id: row.dataset.id!, box: row.getBoundingClientRect().toJSON() as DOMRectReadOnly };
}

/** The same row is under the still pointer, at the same place to the pixel. */
async function expectRowStill(table: InboxTable, before: Awaited<ReturnType<typeof pointAt>>): Promise<void> {
  await table.updateComplete;
  const row = rowUnder(table, before.point);
  expect(row?.dataset.id, 'the row under the pointer').to.equal(before.id);
  expect(row!.getBoundingClientRect().toJSON(), 'its box').to.deep.equal(before.box);
}

const text = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<inbox-table>: bars, notices and the pill never move or cover rows', () => {
  before(() => setViewport({ width: 1200, height: 900 }));
  afterEach(() => sendMouse({ type: 'move', position: [0, 0] }));

  it('selecting a row with the pointer shows the bulk bar without moving the row under the pointer', async () => {
    const table = await mount(createMemorySource(makeConversations(200), { actions: true }));
    const checkbox = visibleRows(table)[1].querySelector('.c-select input')!;
    const before = await pointAt(table, checkbox);

    await sendMouse({ type: 'click', position: before.point });
    const bar = () => table.shadowRoot!.querySelector('[part="bulk-bar"]');
    await waitUntil(() => bar() !== null, 'bulk bar shown');
    expect(text(bar())).to.contain('1 selected');
    await expectRowStill(table, before);
    expect(rowUnder(table, before.point)!.getAttribute('aria-selected')).to.equal('true');

    // A second click in the same place, still on the same row's box, clears it again.
    await sendMouse({ type: 'click', position: before.point });
    await waitUntil(() => bar() === null, 'bulk bar gone');
    await expectRowStill(table, before);
    await expect(table).to.be.accessible();
  });

  it("an action's success notice appears without moving the row under the pointer", async () => {
    const table = await mount(createMemorySource(makeConversations(200), { actions: true }));
    const rows = visibleRows(table);
    const before = await pointAt(table, rows[2].querySelector('.c-summary')!);

    await table.runAction({ kind: 'tags', tags: ['vip'] }, [rows[0].dataset.id!]);
    const notice = () => table.shadowRoot!.querySelector('[part="notice"]');
    await waitUntil(() => notice() !== null, 'notice shown');
    expect(text(notice())).to.contain('1 conversation tagged.');
    await expectRowStill(table, before);
    await expect(table).to.be.accessible();
  });

  describe('live', () => {
    const session = liveSession('no-layout-shift');
    beforeEach(() => session.control({ count: 300, seed: 15, faults: [] }));
    afterEach(async () => {
      fixtureCleanup();
      await waitForStreams(session, 0, 'the table closed its stream');
    });

    it('the new-conversations pill covers no row text and moves no row', async () => {
      const table = await mount(createAnyreachSource({ baseUrl: session.anyreach, token: 'ak_demo.sensitive', pageSize: 50, retry: FAST_RETRY }), true);
      await waitForStreams(session, 1);
      const body = table.shadowRoot!.querySelector<HTMLElement>('[part="body"]')!;
      body.scrollTop = 10 * 44;
      await waitUntil(() => Number(visibleRows(table)[0]?.getAttribute('aria-rowindex')) > 5, 'scrolled down');
      // A cell left of Summary: fitted widths can put Summary past the right edge of a 1100 px table.
      const before = await pointAt(table, visibleRows(table)[0].querySelector('.c-callerId')!);

      await session.live({ create: 3 });
      const pill = () => table.shadowRoot!.querySelector('[part="live-pill"]');
      await waitUntil(() => pill() !== null, 'pill shown');
      expect(text(pill())).to.equal('3 new conversations');
      await expectRowStill(table, before);

      const pillBox = pill()!.getBoundingClientRect();
      const overlaps = (box: DOMRect) => box.left < pillBox.right && pillBox.left < box.right && box.top < pillBox.bottom && pillBox.top < box.bottom;
      const covered = visibleRows(table).flatMap((row) =>
        [...row.querySelectorAll<HTMLElement>('[data-col]')].filter((cell) => text(cell) !== '' && overlaps(cell.getBoundingClientRect())).map((cell) => `${row.dataset.id} ${cell.className}`),
      );
      expect(covered, 'cells with text under the pill').to.deep.equal([]);
      await expect(table).to.be.accessible();
    });
  });
});
