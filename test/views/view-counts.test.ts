/** `<inbox-views>` counts against the local Avoca API: the server's totals, refreshed on a live arrival, otherwise at most once a minute. */
import { expect, waitUntil } from '@open-wc/testing';
import { createAvocaSource } from '../../src/data/avoca.js';
import { FAST_RETRY, liveSession, waitForStreams } from '../live/helpers.js';
import { settled } from '../filters/helpers.js';
import { chooseView, isCountRequest, filterParams, mountViews, shownCount, viewNames } from './helpers.js';

const session = liveSession('views-counts');
const avoca = () =>
  createAvocaSource({ baseUrl: location.origin + session.avoca, apiKey: 'avk_demo', workspaceId: 'ws_demo', retry: FAST_RETRY });

/** The total the server reports for `params`, asked directly. */
async function serverTotal(params: Record<string, string>): Promise<number> {
  const search = new URLSearchParams({ ...params, limit: '1' });
  const response = await fetch(`${session.avoca}/inbox/conversations?${search}`, { headers: { Authorization: 'Bearer avk_demo', 'X-Workspace-ID': 'ws_demo' } });
  const body = (await response.json()) as { data: { pagination: { total: number } } };
  return body.data.pagination.total;
}

const VIEW_PARAMS: Record<string, Record<string, string>> = { All: {}, Open: { status: 'open' }, Urgent: { priority: 'urgent' }, Pending: { status: 'pending' } };

async function countRequestsPerView(): Promise<Record<string, number>> {
  const counts = (await session.requests()).filter(isCountRequest).map((request) => JSON.stringify(filterParams(request)));
  return Object.fromEntries(Object.entries(VIEW_PARAMS).map(([name, params]) => [name, counts.filter((key) => key === JSON.stringify(params)).length]));
}

describe('<inbox-views> counts', () => {
  beforeEach(async () => {
    await session.control({ count: 400, seed: 7 });
    await session.clearRequests();
  });

  it('shows each view’s count equal to the server’s total, read with one-row pages', async () => {
    const mounted = await mountViews(avoca());
    await settled(mounted.table);
    await waitUntil(() => viewNames(mounted.views).every((name) => shownCount(mounted.views, name) !== undefined), 'every count shown', { timeout: 10000 });
    for (const [name, params] of Object.entries(VIEW_PARAMS)) {
      expect(shownCount(mounted.views, name), name).to.equal((await serverTotal(params)).toLocaleString('en-US'));
    }
    for (const request of (await session.requests()).filter((entry) => entry.query.limit === '1')) expect(request.query.offset ?? '0').to.equal('0');
    await expect(mounted.views).to.be.accessible();
  });

  it('reads each count once while a minute has not passed, then once more', async () => {
    // The first counts are read on the real clock as the element connects; the fake one continues from it.
    let now = Date.now();
    const mounted = await mountViews(avoca());
    mounted.views.now = () => now;
    await settled(mounted.table);
    await waitUntil(async () => Object.values(await countRequestsPerView()).every((count) => count === 1), 'first counts', { timeout: 10000 });
    // Browsing the views (new queries, new pages) within the minute reads no count again.
    await chooseView(session, mounted, 'Open');
    await chooseView(session, mounted, 'Urgent');
    now += 59_000;
    await chooseView(session, mounted, 'Pending');
    expect(await countRequestsPerView()).to.deep.equal({ All: 1, Open: 1, Urgent: 1, Pending: 1 });
    now += 2_000;
    await chooseView(session, mounted, 'All');
    await waitUntil(async () => Object.values(await countRequestsPerView()).every((count) => count === 2), 'counts read again after a minute', { timeout: 10000 });
    await chooseView(session, mounted, 'Open');
    expect(await countRequestsPerView()).to.deep.equal({ All: 2, Open: 2, Urgent: 2, Pending: 2 });
  });

  it('updates the counts after a live arrival', async () => {
    const mounted = await mountViews(avoca(), { live: true });
    await settled(mounted.table);
    await waitUntil(() => shownCount(mounted.views, 'Open') !== undefined && shownCount(mounted.views, 'All') !== undefined, 'counts shown', { timeout: 10000 });
    const allBefore = await serverTotal({});
    const openBefore = await serverTotal({ status: 'open' });
    expect(shownCount(mounted.views, 'All')).to.equal(allBefore.toLocaleString('en-US'));
    await waitForStreams(session, 1);
    await session.live({ create: 1 });
    const allAfter = (allBefore + 1).toLocaleString('en-US');
    const openAfter = (openBefore + 1).toLocaleString('en-US');
    await waitUntil(() => shownCount(mounted.views, 'All') === allAfter && shownCount(mounted.views, 'Open') === openAfter, 'counts after the arrival', { timeout: 10000 });
    expect(await serverTotal({})).to.equal(allBefore + 1);
  });
});
