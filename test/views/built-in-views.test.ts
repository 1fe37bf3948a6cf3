/** `<inbox-views>`: the built-in views per source send exactly their filters; the active one is marked. */
import { expect, waitUntil } from '@open-wc/testing';
import { activeViewName, chooseView, filterParams, filterSession, mountViews, viewNames, shownCount } from './helpers.js';
import { settled } from '../filters/helpers.js';

const session = filterSession('views-builtin');

describe('<inbox-views> built-in views', () => {
  before(() => session.control({ count: 300, seed: 19 }));

  it('Anyreach: each view sends exactly its filter parameters, and is marked current', async () => {
    const mounted = await mountViews(session.anyreachSource());
    await settled(mounted.table);
    expect(viewNames(mounted.views)).to.deep.equal(['All', 'Live now', 'Unanswered', 'Phone calls', 'Long calls']);
    const expected: Record<string, Record<string, string>> = {
      'Live now': { status: 'in_progress' },
      Unanswered: { status: 'unanswered' },
      'Phone calls': { channel: 'telephone' },
      'Long calls': { channel: 'telephone', duration_above: '601' },
      All: {},
    };
    for (const [name, params] of Object.entries(expected)) {
      const request = await chooseView(session, mounted, name);
      expect(filterParams(request), name).to.deep.equal(params);
      await mounted.views.updateComplete;
      expect(activeViewName(mounted.views)).to.equal(name);
    }
    await expect(mounted.views).to.be.accessible();
  });

  it('Anyreach views show no count, since the API reports no totals', async () => {
    const mounted = await mountViews(session.anyreachSource());
    await settled(mounted.table);
    await mounted.views.updateComplete;
    for (const name of viewNames(mounted.views)) expect(shownCount(mounted.views, name), name).to.equal(undefined);
    const countRequests = (await session.requests()).filter((request) => request.query.limit === '1');
    expect(countRequests).to.deep.equal([]);
  });

  it('Avoca: each view sends exactly its filter parameters; no view claims "Unassigned"', async () => {
    const mounted = await mountViews(session.avocaSource());
    await settled(mounted.table);
    expect(viewNames(mounted.views)).to.deep.equal(['All', 'Open', 'Urgent', 'Pending']);
    const expected: Record<string, Record<string, string>> = {
      Open: { status: 'open' },
      Urgent: { priority: 'urgent' },
      Pending: { status: 'pending' },
      All: {},
    };
    for (const [name, params] of Object.entries(expected)) {
      const request = await chooseView(session, mounted, name);
      expect(filterParams(request), name).to.deep.equal(params);
      await waitUntil(() => activeViewName(mounted.views) === name, `${name} marked current`);
    }
    await expect(mounted.views).to.be.accessible();
  });
});
