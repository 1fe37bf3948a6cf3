/** Live awareness in the rows: arrivals at the top marked as new (in words too), a status change flashing once, never with reduced motion. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createAnyreachSource } from '../../src/data/anyreach.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { Conversation } from '../../src/data/types.js';
import { FAST_RETRY, liveSession, waitForStreams } from '../live/helpers.js';
import { cellText, mountTable, waitForRows } from '../table/helpers.js';

const session = liveSession('views-live-cues');

function statusCell(table: InboxTable, id: string): HTMLElement {
  return table.shadowRoot!.querySelector<HTMLElement>(`conversation-row[data-id="${id}"] .c-status`)!;
}

describe('live cues', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('marks a conversation arriving at the top as new, in words, and leaves loaded ones unmarked', async () => {
    await session.control({ count: 100, seed: 5 });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px; height: 500px">
      <inbox-table live .source=${createAnyreachSource({ baseUrl: location.origin + session.anyreach, token: 'ak_demo.sensitive', retry: FAST_RETRY })}
        time-zone="UTC" locale="en-US"></inbox-table>
    </div>`);
    const table = wrapper.querySelector('inbox-table')!;
    await waitForRows(table);
    await waitForStreams(session, 1);
    const loadedId = table.rows[0]!.id;
    const { created } = await session.live({ create: 1 });
    const id = created[0]!;
    await waitUntil(() => table.shadowRoot!.querySelector(`conversation-row[data-id="${id}"]`) !== null, 'arrival shown');
    const arrived = table.shadowRoot!.querySelector(`conversation-row[data-id="${id}"]`)!;
    expect(arrived.hasAttribute('fresh')).to.equal(true);
    expect(cellText(table, id, 'status')).to.match(/^New Live Ringing · \d+:\d\d$/);
    expect(table.shadowRoot!.querySelector(`conversation-row[data-id="${loadedId}"]`)!.hasAttribute('fresh')).to.equal(false);
    expect(getComputedStyle(arrived.querySelector('.c-status')!).backgroundColor).not.to.equal(
      getComputedStyle(table.shadowRoot!.querySelector(`conversation-row[data-id="${loadedId}"] .c-status`)!).backgroundColor,
    );
    await expect(table).to.be.accessible();
  });

  it('announces arrivals politely at most once every few seconds, telling the later ones together', async () => {
    await session.control({ count: 100, seed: 6 });
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px; height: 500px">
      <inbox-table live .source=${createAnyreachSource({ baseUrl: location.origin + session.anyreach, token: 'ak_demo.sensitive', retry: FAST_RETRY })}
        time-zone="UTC" locale="en-US"></inbox-table>
    </div>`);
    const table = wrapper.querySelector('inbox-table')!;
    await waitForRows(table);
    await waitForStreams(session, 1);
    const said: string[] = [];
    const announce = table.announce.bind(table);
    table.announce = (message: string) => {
      said.push(message);
      announce(message);
    };
    const shown = (id: string) => table.shadowRoot!.querySelector(`conversation-row[data-id="${id}"]`) !== null;
    const first = (await session.live({ create: 1 })).created[0]!;
    await waitUntil(() => shown(first) && said.length === 1, 'first arrival shown and announced');
    expect(said).to.deep.equal(['1 new conversation']);
    const more = (await session.live({ create: 2 })).created;
    await waitUntil(() => more.every(shown), 'later arrivals shown');
    // Shown at once, but not announced again so soon.
    expect(said).to.deep.equal(['1 new conversation']);
    await waitUntil(() => said.length === 2, 'the later arrivals announced together once the gap has passed', { timeout: 10000 });
    expect(said).to.deep.equal(['1 new conversation', '2 new conversations']);
    const region = table.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
    await waitUntil(() => region.textContent!.trim() === '2 new conversations', 'in the polite live region');
  });

  it('flashes the status once when it changes, and not at all with reduced motion', async () => {
    const conversation: Conversation = { id: 'c1', source: 'memory', channel: 'email', status: 'open', createdAt: '2026-10-28T09:00:00Z', raw: {} };
    const table = await mountTable({ source: createMemorySource([conversation, { ...conversation, id: 'c2' }]), columns: ['status', 'date'] });
    await waitForRows(table, 2);
    expect(statusCell(table, 'c1').classList.contains('flash')).to.equal(false);

    table.replaceConversation({ ...conversation, status: 'pending' });
    await table.updateComplete;
    await waitUntil(() => statusCell(table, 'c1').classList.contains('flash'), 'flash starts');
    const pill = statusCell(table, 'c1').querySelector('.pill')!;
    expect(pill.getAnimations().map((animation) => (animation as CSSAnimation).animationName)).to.deep.equal(['inbox-status-flash']);
    expect(statusCell(table, 'c2').classList.contains('flash')).to.equal(false);
    // Once: the class goes when the animation has run, so the next change flashes again.
    await waitUntil(() => !statusCell(table, 'c1').classList.contains('flash'), 'flashed once', { timeout: 5000 });

    await emulateMedia({ reducedMotion: 'reduce' });
    table.replaceConversation({ ...conversation, status: 'resolved' });
    await waitUntil(() => statusCell(table, 'c1').textContent!.includes('Resolved'), 'changed');
    expect(statusCell(table, 'c1').querySelector('.pill')!.getAnimations()).to.deep.equal([]);
  });
});
