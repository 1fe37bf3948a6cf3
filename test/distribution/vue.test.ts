/** Vue 3 renders the elements from a template (isCustomElement, `.prop` for objects): hosts/vue-host.ts. */
import { expect } from '@open-wc/testing';
import { apiSession } from '../data/api-session.js';
import type { MountHost } from './hosts/host-api.js';
import { hostBehaviour, loadHost } from './hosts/host-behaviour.js';
import { newestIds, renderedIds, waitForRows } from './helpers.js';

describe('Vue 3 host (template with isCustomElement)', () => {
  let host: { mount: MountHost; warnings: string[] };
  before(async function () {
    this.timeout(120000);
    host = await loadHost('vue');
  });

  it('renders before the widget loads; once it does, the source is a property and rows show, with no Vue warning', async function () {
    this.timeout(120000);
    const session = apiSession('dist-vue-late');
    const container = document.createElement('div');
    container.style.cssText = 'width: 1000px; height: 520px';
    document.body.append(container);
    const mounted = await host.mount(container, {
      baseUrl: session.anyreach,
      token: 'ak_demo.sensitive',
      label: 'Inbox',
      timeZone: 'UTC',
      onPageLoad: () => {},
      onOpen: () => {},
    });
    expect(customElements.get('inbox-table'), 'not defined yet').to.equal(undefined);

    await import('/__dist/inbox.bundle.mjs' as string);
    const table = mounted.table;
    await waitForRows(table);
    expect(table.source?.fetchPage).to.be.a('function');
    expect(table.hasAttribute('source')).to.equal(false);
    expect(renderedIds(table).slice(0, 5)).to.deep.equal(await newestIds(session.anyreach, 'ak_demo.sensitive'));
    expect(host.warnings).to.deep.equal([]);
    mounted.unmount();
    container.remove();
  });

  describe('with the elements defined', () => {
    hostBehaviour('vue', '3', () => host);
  });
});
