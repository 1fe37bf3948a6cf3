/**
 * The script-tag bundle served from a "CDN" path (`/cdn/<run>/1.0.0/inbox.bundle.js`) to a host
 * page elsewhere (`/host/page.html`) with a plain `<script type="module" src>`, no import map: the
 * first rows paint from the bundle and its static imports alone, and each feature a user reaches by
 * acting fetches its chunk beside the bundle only when used. What was requested is read from the
 * server's log of that path.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { createMemorySource } from '../../src/data/memory.js';
import { makeConversations, uniqueSession } from '../fixtures/conversations.js';
import { readCsv } from '../export/csv-file.js';
import { applyOutboundInPanel, pageErrors, waitForRows } from './helpers.js';

interface BundleSize {
  chunks: { file: string; firstLoad: boolean }[];
}

type HostPage = Window & { UnifiedInbox?: { createMemorySource: typeof createMemorySource } };

function text(element: Element | null | undefined): string {
  return element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

/** `[x, y]` in the test page of the middle of `element`, which is inside `frame`. */
function centerInPage(frame: HTMLIFrameElement, element: Element): [number, number] {
  const outer = frame.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  return [Math.round(outer.x + box.x + box.width / 2), Math.round(outer.y + box.y + box.height / 2)];
}

async function hostFrame(run: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'position: fixed; left: 0; top: 0; width: 1000px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/host/page.html?run=${run}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

describe('script-tag bundle from another path, features loaded on use', () => {
  let frame: HTMLIFrameElement | undefined;

  before(async function () {
    // The first request builds the bundle.
    this.timeout(120000);
    expect((await fetch('/__dist/bundle-size.json')).ok).to.equal(true);
  });

  // The host frame (1000 × 600) all on screen, so the pointer reaches every control in it.
  beforeEach(() => setViewport({ width: 1000, height: 600 }));
  afterEach(async () => {
    frame?.remove();
    await setViewport({ width: 800, height: 600 });
  });

  it('paints rows from the first load alone and fetches each feature chunk beside the bundle on first use', async function () {
    this.timeout(60000);
    const run = uniqueSession('cdn');
    const size = (await (await fetch('/__dist/bundle-size.json')).json()) as BundleSize;
    const firstLoad = size.chunks.filter((chunk) => chunk.firstLoad).map((chunk) => chunk.file);
    const chunkOf = (name: string) => {
      const file = size.chunks.find((chunk) => new RegExp(`^chunks/${name}-[\\w-]{8}\\.js$`).test(chunk.file))?.file;
      expect(file, `a chunk for ${name}`).to.be.a('string');
      return file!;
    };
    let reads = 0;
    // A new URL for each read: the log changes, a cached answer would not.
    const requested = async () => (await (await fetch(`/__dist/cdn-requests/${run}-${(reads += 1)}.json`)).json()) as string[];
    /** Chunks fetched so far, apart from the first load, in order. */
    const lazyRequested = async () => (await requested()).filter((file) => !file.endsWith('.map') && !firstLoad.includes(file));

    frame = await hostFrame(run);
    const page = frame.contentWindow as HostPage;
    await waitUntil(() => page.UnifiedInbox, 'bundle loaded', { timeout: 15000 });
    const table = frame.contentDocument!.querySelector<InboxTable>('inbox-table')!;
    table.columns = ['select', 'actions', 'play', 'callerName', 'direction', 'summary', 'tags'];
    table.source = page.UnifiedInbox!.createMemorySource(makeConversations(40, (index) => ({ recordingUrl: `/api/recordings/conv_cdn_${index}.wav` })), { actions: true });
    await waitForRows(table);
    const root = table.shadowRoot!;

    // Before any feature is used: the bundle and its static imports, from the CDN path, and nothing else.
    expect((await requested()).filter((file) => !file.endsWith('.map')).sort()).to.deep.equal([...firstLoad].sort());
    expect(await lazyRequested()).to.deep.equal([]);

    // The filter panel: open, choose, apply (part of the first load: its chips and URL state set the first query).
    const filters = table.querySelector('inbox-filters')!.shadowRoot!;
    await sendMouse({ type: 'click', position: centerInPage(frame, filters.querySelector('.toggle')!) });
    await applyOutboundInPanel(filters, table);
    expect(await lazyRequested()).to.deep.equal([]);

    // A tooltip: hovering the summary fetches Floating UI, which places it above the cell.
    const summary = root.querySelector('conversation-row[data-id="conv_000003"] .c-summary')!;
    await sendMouse({ type: 'move', position: centerInPage(frame, summary) });
    const tooltip = root.querySelector<HTMLElement>('#inbox-tooltip')!;
    await waitUntil(() => tooltip.matches(':popover-open'), 'tooltip shown');
    expect(text(tooltip)).to.equal('Summary of conversation 3');
    // The cell is busy until Floating UI has come and placed the tooltip.
    await waitUntil(() => !summary.hasAttribute('aria-busy'), 'Floating UI loaded', { timeout: 15000 });
    expect(tooltip.getBoundingClientRect().bottom, 'tooltip above the cell').to.be.at.most(summary.getBoundingClientRect().top);
    expect(await lazyRequested()).to.deep.equal([chunkOf('floating-ui.dom')]);
    await sendMouse({ type: 'move', position: [990, 590] });

    // A row's action menu, placed beside its button, and an action run from its form (fetched when chosen).
    const menuButton = root.querySelector('conversation-row[data-id="conv_000003"] .c-actions button')!;
    await sendMouse({ type: 'click', position: centerInPage(frame, menuButton) });
    const menu = () => root.querySelector<HTMLElement>('#inbox-action-menu');
    await waitUntil(() => menu()?.matches(':popover-open'), 'menu open');
    await waitUntil(() => Math.abs(menu()!.getBoundingClientRect().top - menuButton.getBoundingClientRect().bottom - 4) < 1, 'menu below its button', { timeout: 10000 });
    const addTags = [...menu()!.querySelectorAll('[role="menuitem"]')].find((item) => text(item) === 'Add tags…')!;
    await sendMouse({ type: 'click', position: centerInPage(frame, addTags) });
    await waitUntil(() => menu()?.querySelector('inbox-action-form')?.shadowRoot?.querySelector('form'), 'form shown', { timeout: 10000 });
    const form = menu()!.querySelector('inbox-action-form')!.shadowRoot!.querySelector('form')!;
    form.querySelector<HTMLInputElement>('#tags')!.value = 'vip';
    await sendMouse({ type: 'click', position: centerInPage(frame, form.querySelector('button[type="submit"]')!) });
    await waitUntil(() => text(root.querySelector('conversation-row[data-id="conv_000003"] .c-tags')).includes('vip'), 'tag shown');
    const afterActions = await lazyRequested();
    expect(afterActions, 'Floating UI, then the action form on choosing an action').to.deep.equal([chunkOf('floating-ui.dom'), chunkOf('action-form')]);

    // Export: the CSV writer is fetched on the click; the file holds the filtered rows.
    let file: Promise<Blob> | undefined;
    root.addEventListener(
      'click',
      (event) => {
        // The frame's own HTMLAnchorElement, not this page's.
        const link = event.composedPath()[0] as HTMLAnchorElement;
        if (link.localName !== 'a' || !link.download) return;
        event.preventDefault();
        file = fetch(link.href).then((response) => response.blob());
      },
      { capture: true },
    );
    await sendMouse({ type: 'click', position: centerInPage(frame, root.querySelector('.export-button')!) });
    // The dialog's chunk comes with the click; its Export (CSV, the default) fetches the writer.
    const exportDialog = () => root.querySelector('inbox-export-dialog')?.shadowRoot?.querySelector<HTMLDialogElement>('dialog[open]');
    await waitUntil(exportDialog, 'export dialog open', { timeout: 15000 });
    await sendMouse({ type: 'click', position: centerInPage(frame, exportDialog()!.querySelector('[part="submit"]')!) });
    await waitUntil(() => text(root.querySelector('.export-status')).startsWith('Exported'), 'export done', { timeout: 15000 });
    await waitUntil(() => file, 'file saved');
    const csv = await readCsv(await file!);
    expect(csv.rows.length).to.equal(14);
    const afterExport = await lazyRequested();
    expect(afterExport).to.include.members([...afterActions, chunkOf('inbox-export-dialog'), chunkOf('export-csv')]);
    expect(afterExport.filter((chunk) => !afterActions.includes(chunk)), 'only what Export needs').to.have.members(
      [chunkOf('inbox-export-dialog'), chunkOf('export-csv'), ...(size.chunks.some((chunk) => /^chunks\/shared-/.test(chunk.file)) ? [chunkOf('shared')] : [])],
    );

    // Live updates: switched on, the live chunk comes and polls the memory source (it has no stream).
    table.live = true;
    await waitUntil(() => text(root.querySelector('[part="live-state"]')) === 'Live (polling)', 'polling shown', { timeout: 15000 });
    const afterLive = await lazyRequested();
    expect(afterLive).to.have.members([...afterExport, chunkOf('live')]);

    // A row's Play: the player's chunk comes with the first press, and the row shows the player.
    const playRow = root.querySelector('conversation-row[data-id="conv_000006"]')!;
    await sendMouse({ type: 'click', position: centerInPage(frame, playRow.querySelector('.c-play button')!) });
    await waitUntil(() => playRow.querySelector('.c-play recording-player')?.shadowRoot?.querySelector('[role="slider"]'), 'player in the row', { timeout: 15000 });
    const afterPlay = await lazyRequested();
    expect(afterPlay.filter((chunk) => !afterLive.includes(chunk))).to.deep.equal([chunkOf('recording-player')]);

    // The column chooser: its chunk (the column tools) comes with the click, and lists the columns.
    await sendMouse({ type: 'click', position: centerInPage(frame, root.querySelector('.column-chooser')!) });
    const chooser = () => root.querySelector<HTMLElement>('#inbox-column-menu');
    await waitUntil(() => chooser()?.matches(':popover-open') && chooser()!.querySelector('input[type="checkbox"]'), 'column chooser open', { timeout: 15000 });
    expect(text(chooser()!.querySelector('label')), 'the first shown column').to.equal('Play');
    const afterChooser = await lazyRequested();
    expect(afterChooser.filter((chunk) => !afterPlay.includes(chunk)), 'only the column tools').to.deep.equal([chunkOf('column-tools')]);
    await sendMouse({ type: 'move', position: [990, 590] });

    // The virtualizer's default layout (the table gives its own) never loads; the preview, the
    // Excel writer, the view editor and the shortcut help load only when used (their own tests).
    expect(await lazyRequested()).to.not.include(chunkOf('flow'));
    expect(pageErrors(frame)).to.deep.equal([]);
  });
});
