/** A user's own views: saved from edited filters, remembered with `persist`, renamed, deleted, reordered, in the URL with `sync-url`. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { viewsStorageKey } from '../../src/data/views.js';
import { buttonNamed } from '../table/pointer.js';
import { settled } from '../filters/helpers.js';
import { activeViewName, chooseView, clickOn, filterParams, filterSession, isListRequest, mountViews, text, viewButton, viewNames, type MountedViews } from './helpers.js';

const session = filterSession('views-saved');
const pageUrl = `${location.pathname}${location.search}`;

function shadow(mounted: MountedViews): ShadowRoot {
  return mounted.views.shadowRoot!;
}

function editor(mounted: MountedViews): ShadowRoot {
  const element = shadow(mounted).querySelector('inbox-view-editor');
  if (!element?.shadowRoot) throw new Error('the view editor is not open');
  return element.shadowRoot;
}

/** Types a search into the table's filters and presses Enter, as a user edits filters on top of a view. */
async function search(mounted: MountedViews, words: string): Promise<void> {
  const filters = mounted.table.querySelector('inbox-filters')!;
  const input = filters.shadowRoot!.querySelector<HTMLInputElement>('#q-search')!;
  await clickOn(input);
  input.select();
  await sendKeys({ type: words });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => mounted.table.query.search === words, 'search applied');
  await mounted.views.updateComplete;
}

async function saveAsNew(mounted: MountedViews, name: string): Promise<void> {
  await clickOn(buttonNamed(shadow(mounted), 'Save as new'));
  await waitUntil(() => shadow(mounted).querySelector('inbox-view-editor')?.shadowRoot?.querySelector('input') != null, 'editor open');
  await shadow(mounted).querySelector('inbox-view-editor')!.updateComplete;
  await sendKeys({ type: name });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => viewNames(mounted.views).includes(name), `view ${name} saved`);
}

describe('<inbox-views> saved views', () => {
  before(() => session.control({ count: 200, seed: 3 }));
  beforeEach(() => localStorage.removeItem(viewsStorageKey('avoca:ws_demo')));
  afterEach(() => {
    localStorage.removeItem(viewsStorageKey('avoca:ws_demo'));
    history.replaceState(history.state, '', pageUrl);
  });

  it('marks a view modified when filters change on top of it, saves it as new, and keeps it across a reload with persist', async () => {
    const mounted = await mountViews(session.avocaSource(), { persist: true, withFilters: true });
    await settled(mounted.table);
    await chooseView(session, mounted, 'Open');
    expect(shadow(mounted).querySelector('[part="modified"]')).to.equal(null);
    await search(mounted, 'water');
    expect(text(shadow(mounted).querySelector('[part="modified"] .mark'))).to.equal('Modified');
    // A built-in view cannot be saved over, only saved as new.
    expect([...shadow(mounted).querySelectorAll('[part="modified"] button')].map(text)).to.deep.equal(['Save as new']);
    await expect(mounted.views).to.be.accessible();

    await saveAsNew(mounted, 'Open water');
    await mounted.views.updateComplete;
    expect(activeViewName(mounted.views)).to.equal('Open water');
    expect(shadow(mounted).querySelector('[part="modified"]')).to.equal(null);

    // A reload: a new element reads the organization's views back.
    mounted.table.parentElement!.remove();
    const again = await mountViews(session.avocaSource(), { persist: true });
    await settled(again.table);
    expect(viewNames(again.views)).to.deep.equal(['All', 'Open', 'Urgent', 'Pending', 'Open water']);
    const request = await chooseView(session, again, 'Open water');
    expect(filterParams(request)).to.deep.equal({ status: 'open', search: 'water' });
  });

  it('saves edits over the user’s own view, renames, reorders and deletes it, and remembers each change', async () => {
    const mounted = await mountViews(session.avocaSource(), { persist: true, withFilters: true });
    await settled(mounted.table);
    await search(mounted, 'leak');
    await saveAsNew(mounted, 'Leaks');
    await search(mounted, 'roof');
    await saveAsNew(mounted, 'Roofs');
    // Save over "Roofs" after editing it.
    await search(mounted, 'roofing');
    expect([...shadow(mounted).querySelectorAll('[part="modified"] button')].map(text)).to.deep.equal(['Save', 'Save as new']);
    await clickOn(buttonNamed(shadow(mounted), 'Save'));
    await mounted.views.updateComplete;
    expect(shadow(mounted).querySelector('[part="modified"]')).to.equal(null);

    await clickOn(buttonNamed(shadow(mounted), 'Edit views'));
    await waitUntil(() => shadow(mounted).querySelector('inbox-view-editor')?.shadowRoot?.querySelector('input') != null, 'editor open');
    await expect(mounted.views).to.be.accessible();
    // Rename "Leaks": select its name, type the new one, leave the field.
    const leaksName = editor(mounted).querySelector<HTMLInputElement>('input[aria-label="Rename Leaks"]')!;
    await clickOn(leaksName);
    leaksName.select();
    await sendKeys({ type: 'Pipe leaks' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => viewNames(mounted.views).includes('Pipe leaks'), 'renamed');
    await clickOn(editor(mounted).querySelector('button[aria-label="Move Roofs up"]')!);
    await waitUntil(() => viewNames(mounted.views).join() === 'All,Open,Urgent,Pending,Roofs,Pipe leaks', 'reordered');

    const stored = () => (JSON.parse(localStorage.getItem(viewsStorageKey('avoca:ws_demo')) ?? '[]') as { name: string; query: string }[]).map(({ name, query }) => [name, query]);
    expect(stored()).to.deep.equal([
      ['Roofs', 'q=roofing'],
      ['Pipe leaks', 'q=leak'],
    ]);

    await clickOn(editor(mounted).querySelector('button[aria-label="Delete Pipe leaks"]')!);
    await waitUntil(() => !viewNames(mounted.views).includes('Pipe leaks'), 'deleted');
    expect(stored()).to.deep.equal([['Roofs', 'q=roofing']]);
    expect(JSON.stringify(localStorage)).not.to.include('avk_demo');
  });

  it('puts the active view in the URL with sync-url, and starts from the view the URL names', async () => {
    const mounted = await mountViews(session.avocaSource(), { persist: true, syncUrl: true, withFilters: true });
    await settled(mounted.table);
    await chooseView(session, mounted, 'Urgent');
    expect(new URLSearchParams(location.search).get('inbox-view')).to.equal('builtin:urgent');
    await search(mounted, 'boiler');
    await saveAsNew(mounted, 'Boilers');
    const id = new URLSearchParams(location.search).get('inbox-view');
    expect(id).to.match(/^view-/);
    expect(location.search).not.to.include('avk_demo');

    // Opening the link (a reload) shows that view, active, and asks for its filters.
    mounted.table.parentElement!.remove();
    await session.clearRequests();
    const again = await mountViews(session.avocaSource(), { persist: true, syncUrl: true });
    await settled(again.table);
    expect(activeViewName(again.views)).to.equal('Boilers');
    const first = (await session.requests()).filter(isListRequest);
    expect(first.map(filterParams).at(-1)).to.deep.equal({ priority: 'urgent', search: 'boiler' });
    expect(viewButton(again.views, 'Boilers').getAttribute('aria-current')).to.equal('true');
  });
});
