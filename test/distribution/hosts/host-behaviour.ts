/**
 * The checks every framework host passes: its framework really rendered, objects reached the
 * element as properties, rows came from the local API, events reached the handlers and re-renders
 * reached the element. Each host runs in its own test file (its own page): it bundles its own copy.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { ConversationOpenEvent, InboxPageLoadEvent } from '../../../src/events.js';
import { apiSession } from '../../data/api-session.js';
import { newestIds, renderedIds, waitForRows } from '../helpers.js';
import type { MountedHost, MountHost } from './host-api.js';

const TOKEN = 'ak_demo.sensitive';

/** Loads `/__dist/hosts/<name>.mjs` (built on first request) and returns the module. */
export async function loadHost<T extends { mount: MountHost }>(name: string): Promise<T> {
  const url = `/__dist/hosts/${name}.mjs`;
  return (await import(url)) as T;
}

export function hostBehaviour(name: string, frameworkMajor: string, host: () => { mount: MountHost }): void {
  const session = apiSession(`dist-${name}`);
  let container: HTMLElement;
  let mounted: MountedHost;
  let pageLoads: InboxPageLoadEvent[];
  let opens: ConversationOpenEvent[];

  beforeEach(async () => {
    pageLoads = [];
    opens = [];
    container = document.createElement('div');
    container.style.cssText = 'width: 1000px; height: 520px';
    document.body.append(container);
    mounted = await host().mount(container, {
      baseUrl: session.anyreach,
      token: TOKEN,
      label: 'Support inbox',
      timeZone: 'Asia/Tokyo',
      onPageLoad: (event) => pageLoads.push(event),
      onOpen: (event) => {
        // Handled by the host app: no new tab.
        event.preventDefault();
        opens.push(event);
      },
    });
  });

  afterEach(() => {
    mounted.unmount();
    container.remove();
  });

  it(`is rendered by ${name} ${frameworkMajor}`, () => {
    expect(mounted.frameworkVersion.split('.')[0]).to.equal(frameworkMajor);
    expect(mounted.table.localName).to.equal('inbox-table');
  });

  it('sets the source as a property and shows the newest conversations of the local API', async () => {
    const table = mounted.table;
    expect(table.source?.fetchPage, 'source property').to.be.a('function');
    expect(table.hasAttribute('source'), 'no source attribute').to.equal(false);
    expect(table.timeZone).to.equal('Asia/Tokyo');
    await waitForRows(table);
    expect(renderedIds(table).slice(0, 5)).to.deep.equal(await newestIds(session.anyreach, TOKEN));
    expect(table.querySelector('inbox-filters')?.getAttribute('slot')).to.equal('toolbar');
  });

  it('delivers the page-load and conversation-open events to their handlers', async () => {
    const table = mounted.table;
    await waitForRows(table);
    await waitUntil(() => pageLoads.length > 0, 'inbox-page-load handled');
    expect(pageLoads[0].type).to.equal('inbox-page-load');
    expect(pageLoads[0].loaded).to.be.greaterThan(0);

    const row = table.shadowRoot!.querySelector<HTMLElement>('conversation-row')!;
    row.querySelector<HTMLElement>('.c-summary')!.click();
    expect(opens.map((event) => event.conversation.id)).to.deep.equal([row.dataset.id]);
  });

  it('passes re-rendered props on to the element', async () => {
    const grid = () => mounted.table.shadowRoot!.querySelector('[role="grid"]')!;
    await mounted.update({ label: 'Escalations' });
    await mounted.table.updateComplete;
    expect(mounted.table.label).to.equal('Escalations');
    expect(grid().getAttribute('aria-label')).to.equal('Escalations');
  });
}
