/**
 * The script-tag bundle strips formatting whitespace and comments from the components' `css` and
 * `html` templates (scripts/minify-templates.mjs). What the browser makes of them must not change:
 * the same style rules, the same rendered DOM as the source modules.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CSSResultGroup, LitElement } from 'lit';
import '../../src/define.js';
import { ConversationRow } from '../../src/components/conversation-row/conversation-row.js';
import { InboxActionForm } from '../../src/components/inbox-actions/action-form.js';
import { defineElement } from '../../src/components/define.js';
import { InboxFilters } from '../../src/components/inbox-filters/inbox-filters.js';
import { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import { createMemorySource } from '../../src/data/memory.js';
import type { Conversation } from '../../src/data/types.js';
import { makeConversations } from '../fixtures/conversations.js';
import { bareFrame, pageErrors, waitForRows } from './helpers.js';

const BUNDLE = '/__dist/inbox.bundle.mjs';
const CLASSES = { InboxTable, ConversationRow, InboxFilters, InboxActionForm };

type Bundle = Record<keyof typeof CLASSES, typeof LitElement> & {
  createMemorySource: typeof createMemorySource;
};
type BundleModule = Omit<Bundle, 'InboxActionForm'>;

/** Every rule of a component's styles as the browser's CSSOM serializes it. */
function cssRules(styles: CSSResultGroup | undefined): string[] {
  return [styles ?? []]
    .flat(Infinity as 1)
    .flatMap((result) => [...(result as { styleSheet: CSSStyleSheet }).styleSheet.cssRules].map((rule) => rule.cssText));
}

/** A shadow root's markup without Lit's marker comments and with whitespace runs as one space. */
function markup(element: Element): string {
  return element.shadowRoot!.innerHTML.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ');
}

/**
 * The same elements, set up the same way, in a page of their own with only the bundle. The action
 * form comes from its own chunk, as a user gets it: by choosing an action in a table's row menu.
 */
async function bundleFrame(): Promise<{ frame: HTMLIFrameElement; bundle: Bundle }> {
  const frame = await bareFrame(`<script type="module">
    window.bundle = await import('${BUNDLE}');
  </script>`);
  const page = frame.contentWindow as Window & { bundle?: BundleModule };
  await waitUntil(() => page.bundle, 'bundle loaded');
  const module = page.bundle!;
  const document = frame.contentDocument!;
  const table = document.createElement('inbox-table') as InboxTable;
  table.style.height = '300px';
  table.source = module.createMemorySource(makeConversations(5), { actions: true });
  document.body.append(table);
  await waitForRows(table);
  table.shadowRoot!.querySelector<HTMLElement>('conversation-row .c-actions button')!.click();
  await waitUntil(() => table.shadowRoot!.querySelector('[role="menuitem"]'), 'row menu open');
  table.shadowRoot!.querySelector<HTMLElement>('[role="menuitem"]')!.click();
  await waitUntil(() => page.customElements.get('inbox-action-form'), 'action form fetched', { timeout: 15000 });
  const InboxActionForm = page.customElements.get('inbox-action-form') as unknown as typeof LitElement;
  table.remove();
  return { frame, bundle: { ...module, InboxActionForm } };
}

describe('script-tag bundle templates', () => {
  let frame: HTMLIFrameElement | undefined;

  before(async function () {
    // The first request builds the bundle: here, with the hook's time, not a test's.
    this.timeout(120000);
    const response = await fetch(BUNDLE);
    if (!response.ok) throw new Error(`the bundle did not build: ${response.status}`);
  });

  afterEach(() => frame?.remove());

  it('gives every component exactly the style rules of its sources', async () => {
    const loaded = await bundleFrame();
    frame = loaded.frame;
    for (const [name, source] of Object.entries(CLASSES)) {
      const fromSource = cssRules(source.styles);
      expect(fromSource.length, name).to.be.greaterThan(0);
      expect(cssRules(loaded.bundle[name as keyof typeof CLASSES].styles), name).to.deep.equal(fromSource);
    }
  });

  it('renders a row, the open filter panel and the action form as the sources do', async () => {
    const loaded = await bundleFrame();
    frame = loaded.frame;
    const rows: Conversation[] = makeConversations(30);
    const conversation = { ...rows[3]!, extraParticipants: ['a@example.com', 'b@example.com'] };
    const setUp = (parent: HTMLElement, memorySource: typeof createMemorySource) => {
      parent.insertAdjacentHTML(
        'beforeend',
        `<conversation-row time-zone="UTC" locale="en-US"></conversation-row>
         <inbox-filters open time-zone="UTC" locale="en-US"></inbox-filters>
         <inbox-action-form kind="status"></inbox-action-form>`,
      );
      const row = parent.querySelector<ConversationRow>('conversation-row')!;
      const filters = parent.querySelector<InboxFilters>('inbox-filters')!;
      const form = parent.querySelector<InboxActionForm>('inbox-action-form')!;
      row.columns = ['select', 'actions', 'copy', 'play', 'agent', 'callerId', 'status', 'summary', 'duration', 'date', 'tags'];
      row.conversation = conversation;
      filters.source = memorySource(rows, { actions: true });
      form.statuses = ['open', 'resolved'];
      return [row, filters, form];
    };
    // The table registers the form when a user first chooses an action; standalone, the page does.
    defineElement('inbox-action-form', InboxActionForm);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const fromSource = setUp(container, createMemorySource);
    const fromBundle = setUp(frame.contentDocument!.body, loaded.bundle.createMemorySource);
    const settled = async () => {
      for (const element of [...fromSource, ...fromBundle]) await element.updateComplete;
    };
    // The filters' agent and assignee lists load in a task of their own.
    await settled();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await settled();

    for (const [index, element] of fromSource.entries()) {
      expect(markup(element), element.localName).to.have.length.greaterThan(100);
      expect(markup(fromBundle[index]!), element.localName).to.equal(markup(element));
    }
    expect(pageErrors(frame)).to.deep.equal([]);
  });
});
