/** `<inbox-views for="id">` outside the table, a host's own views, and German. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { InboxViews } from '../../src/components/inbox-views/inbox-views.js';
import { builtInViews } from '../../src/data/views.js';
import { de } from '../../src/locales/de.js';
import { settled } from '../filters/helpers.js';
import { activeViewName, chooseView, filterParams, filterSession, shownCount, text, viewButton, viewNames } from './helpers.js';

const session = filterSession('views-hosted');

describe('<inbox-views> placed by a host', () => {
  before(() => session.control({ count: 1500, seed: 11 }));

  it('drives the table named by for="id", with the host’s views added to the built-in ones', async () => {
    const source = session.avocaSource();
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <inbox-views for="inbox" .views=${[...builtInViews(source), { id: 'vip', name: 'VIP', query: { tags: ['vip_customer'] } }]}></inbox-views>
      <div style="width: 900px; height: 500px"><inbox-table id="inbox" .source=${source} time-zone="UTC" locale="en-US"></inbox-table></div>
    </div>`);
    const table = wrapper.querySelector<InboxTable>('inbox-table')!;
    const views = wrapper.querySelector<InboxViews>('inbox-views')!;
    await settled(table);
    expect(viewNames(views)).to.deep.equal(['All', 'Open', 'Urgent', 'Pending', 'VIP']);
    const request = await chooseView(session, { table, views }, 'VIP');
    expect(filterParams(request)).to.deep.equal({ tags: 'vip_customer' });
    await views.updateComplete;
    expect(activeViewName(views)).to.equal('VIP');
    await waitUntil(() => shownCount(views, 'VIP') !== undefined, 'the host view counted too', { timeout: 10000 });
  });

  it('speaks German with the table’s strings, counts grouped for its locale', async () => {
    const source = session.avocaSource();
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 900px; height: 500px">
      <inbox-table .source=${source} .strings=${de} time-zone="Europe/Berlin" locale="de-DE"><inbox-views slot="toolbar"></inbox-views></inbox-table>
    </div>`);
    const table = wrapper.querySelector<InboxTable>('inbox-table')!;
    const views = wrapper.querySelector<InboxViews>('inbox-views')!;
    await settled(table);
    await views.updateComplete;
    expect(viewNames(views)).to.deep.equal(['Alle', 'Offen', 'Dringend', 'Wartend']);
    expect(views.shadowRoot!.querySelector('nav')!.getAttribute('aria-label')).to.equal('Ansichten');
    await waitUntil(() => shownCount(views, 'Alle') !== undefined, 'count shown', { timeout: 10000 });
    expect(shownCount(views, 'Alle')).to.equal('1.500');
    expect(text(viewButton(views, 'Alle').querySelector('.sr-only'))).to.equal('1.500 Gespräche');
    await expect(views).to.be.accessible();
  });
});
