import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import { createMemorySource } from '../../src/data/memory.js';
import { de } from '../../src/locales/de.js';
import { makeConversations } from '../fixtures/conversations.js';

const text = (element: Element | null | undefined) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<inbox-filters> strings', () => {
  it('reads its words from the filters section of the one strings object the table uses', async () => {
    const source = createMemorySource(makeConversations(5));
    const english = await fixture<InboxFilters>(html`<inbox-filters .source=${source}></inbox-filters>`);
    const german = await fixture<InboxFilters>(html`<inbox-filters .source=${source} .strings=${de}></inbox-filters>`);
    const toggle = (filters: InboxFilters) => text(filters.shadowRoot!.querySelector('[aria-controls="panel"], button[aria-expanded]'));
    expect(toggle(english)).to.equal('Filters');
    expect(toggle(german)).to.equal('Filter');
    expect(german.shadowRoot!.querySelector('[role="search"]')!.getAttribute('aria-label')).to.equal('Gespräche filtern');
    expect([...german.shadowRoot!.querySelectorAll('label')].map(text)).to.include('Suche');
    // A framework passing `undefined` for an unset prop gets the defaults, not a broken element.
    german.strings = undefined as never;
    await german.updateComplete;
    expect(toggle(german)).to.equal('Filters');
  });
});
