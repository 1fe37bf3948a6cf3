/**
 * The script-tag bundle (dist/inbox.bundle.js, built by distribution-plugin.mjs with the project's
 * Vite config): used by a bare page that has nothing else, loaded twice, and kept small.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { apiSession } from '../data/api-session.js';
import { bareFrame, newestIds, pageErrors, renderedIds, waitForRows } from './helpers.js';

/** The built dist/inbox.bundle.js, served as .mjs so the test server leaves its bytes alone. */
const BUNDLE = '/__dist/inbox.bundle.mjs';
const SECOND_COPY = '/__dist/copy/inbox.bundle.mjs';
const TOKEN = 'ak_demo.sensitive';
const TAGS = ['inbox-table', 'conversation-row', 'inbox-filters'];

interface BundleBudget {
  maxFirstLoadGzipBytes: number;
  /** By chunk name, the file name without its hash. */
  maxChunkGzipBytes: Record<string, number>;
}
interface BundleSize {
  bytes: number;
  chunks: { file: string; gzipBytes: number; firstLoad: boolean }[];
}

/** `chunks/live-Ab12_x-Z.js` → `live`; the bundle itself → `inbox.bundle`. */
function chunkName(file: string): string {
  return file.replace(/^chunks\//, '').replace(/(?:-[\w-]{8})?\.js$/, '');
}

type BundleExports = Record<string, unknown> & { InboxTable: CustomElementConstructor; createAnyreachSource: unknown };
type BarePage = Window & { UnifiedInbox?: BundleExports; copies?: BundleExports[] };

describe('script-tag bundle', () => {
  const session = apiSession('dist-bundle');
  let frame: HTMLIFrameElement | undefined;

  before(async function () {
    // The first request builds the bundle.
    this.timeout(120000);
    expect((await fetch(BUNDLE)).ok).to.equal(true);
  });

  afterEach(() => frame?.remove());

  it('shows the newest conversations from the API in a bare page with only the bundle', async () => {
    frame = await bareFrame(`
      <inbox-table id="inbox" time-zone="UTC" style="height: 480px">
        <inbox-filters slot="toolbar"></inbox-filters>
      </inbox-table>
      <script type="module">
        import { createAnyreachSource } from '${BUNDLE}';
        document.getElementById('inbox').source = createAnyreachSource({ baseUrl: '${session.anyreach}', token: '${TOKEN}' });
      </script>`);
    const page = frame.contentWindow!;
    const table = frame.contentDocument!.querySelector('inbox-table')!;
    await waitForRows(table);

    expect(renderedIds(table).slice(0, 5)).to.deep.equal(await newestIds(session.anyreach, TOKEN));
    for (const tag of TAGS) expect(page.customElements.get(tag), tag).to.be.a('function');
    expect(frame.contentDocument!.querySelector('inbox-filters')!.shadowRoot, 'filters upgraded').to.not.equal(null);
    const requests = await session.requests();
    expect(requests.some((request) => request.path.endsWith('/anyreach/core/conversations') && request.headers.authorization === `Bearer ${TOKEN}`)).to.equal(true);
    expect(pageErrors(frame)).to.deep.equal([]);
  });

  it('offers its exports to classic scripts as window.UnifiedInbox', async () => {
    frame = await bareFrame(`
      <inbox-table id="inbox" time-zone="UTC" style="height: 480px"></inbox-table>
      <script type="module" src="${BUNDLE}"></script>
      <script>
        // Module scripts run before DOMContentLoaded.
        addEventListener('DOMContentLoaded', () => {
          document.getElementById('inbox').source = UnifiedInbox.createAnyreachSource({ baseUrl: '${session.anyreach}', token: '${TOKEN}' });
        });
      </script>`);
    const page = frame.contentWindow as BarePage;
    await waitForRows(frame.contentDocument!.querySelector('inbox-table')!);

    const exports = page.UnifiedInbox!;
    for (const name of ['createAnyreachSource', 'createAvocaSource', 'createMemorySource', 'InboxTable', 'ConversationRow', 'InboxFilters']) {
      expect(exports[name], name).to.be.a('function');
    }
    expect(pageErrors(frame)).to.deep.equal([]);
  });

  it('loads a second copy from another URL without errors; the first registration stays', async () => {
    frame = await bareFrame(`
      <inbox-table id="inbox" time-zone="UTC" style="height: 480px"></inbox-table>
      <script type="module" src="${BUNDLE}"></script>
      <script type="module" src="${SECOND_COPY}"></script>
      <script type="module">
        import * as first from '${BUNDLE}';
        import * as second from '${SECOND_COPY}';
        window.copies = [first, second];
        document.getElementById('inbox').source = second.createAnyreachSource({ baseUrl: '${session.anyreach}', token: '${TOKEN}' });
      </script>`);
    const page = frame.contentWindow as BarePage;
    await waitUntil(() => page.copies, 'both copies loaded', { timeout: 15000 });
    await waitForRows(frame.contentDocument!.querySelector('inbox-table')!);

    const [first, second] = page.copies!;
    expect(first.InboxTable, 'two separate copies ran').to.not.equal(second.InboxTable);
    expect(page.customElements.get('inbox-table')).to.equal(first.InboxTable);
    expect(page.UnifiedInbox!.InboxTable).to.equal(first.InboxTable);
    expect(pageErrors(frame)).to.deep.equal([]);
  });

  it('keeps the first load and every chunk under the gzip budgets recorded in bundle-budget.json', async () => {
    const budget = (await (await fetch('/bundle-budget.json')).json()) as BundleBudget;
    const size = (await (await fetch('/__dist/bundle-size.json')).json()) as BundleSize;
    const served = await (await fetch(BUNDLE)).text();
    expect(new TextEncoder().encode(served).length, 'the measured file is the served one').to.equal(size.bytes);

    // What loads before the first rows paint: the bundle and what it imports statically.
    const firstLoad = size.chunks.filter((chunk) => chunk.firstLoad);
    expect(firstLoad.map((chunk) => chunk.file)).to.include('inbox.bundle.js');
    const firstLoadBytes = firstLoad.reduce((sum, chunk) => sum + chunk.gzipBytes, 0);
    expect(firstLoadBytes, 'first load, gzip level 6').to.be.at.most(budget.maxFirstLoadGzipBytes);
    // Every file has a budget of its own, so a new chunk (or one grown past its share) fails here.
    for (const chunk of size.chunks) {
      const name = chunkName(chunk.file);
      expect(Object.keys(budget.maxChunkGzipBytes), `a budget for ${chunk.file}`).to.include(name);
      expect(chunk.gzipBytes, chunk.file).to.be.at.most(budget.maxChunkGzipBytes[name]!);
    }
  });

  it('is minified, with source maps of the TypeScript sources, and imports only its own chunks', async () => {
    const code = await (await fetch(BUNDLE)).text();
    const size = (await (await fetch('/__dist/bundle-size.json')).json()) as BundleSize;
    // The chunks as served here (the test server re-prints .js files; their imports stay).
    const files = [code, ...(await Promise.all(size.chunks.filter((chunk) => chunk.file !== 'inbox.bundle.js').map(async (chunk) => (await fetch(`/__dist/${chunk.file}`)).text())))];
    const sources: string[] = [];
    for (const [index, file] of files.entries()) {
      // Only relative specifiers of the build's own chunks: every dependency is inside.
      for (const [, specifier] of file.matchAll(/(?:\bimport\s*\(|\bfrom\s*|\bimport\s*)["']([^"']*)["']/g)) {
        expect(specifier, 'a chunk beside the bundle').to.match(index === 0 ? /^\.\/chunks\/[\w.-]+\.js$/ : /^\.\/[\w.-]+\.js$/);
      }
      // Local names and comments of the sources are gone.
      expect(file).to.not.include('PREFETCH_ROWS');
      expect(file).to.not.include('Rows from the end of the loaded list');
    }
    for (const { file } of size.chunks) {
      const map = (await (await fetch(`/__dist/${file}.map`)).json()) as { sources: string[]; sourcesContent: string[] };
      expect(map.sourcesContent.length).to.equal(map.sources.length);
      sources.push(...map.sources);
    }
    expect(code.trimEnd().endsWith('//# sourceMappingURL=inbox.bundle.js.map')).to.equal(true);
    expect(sources.some((source) => source.endsWith('src/components/inbox-table/inbox-table.ts'))).to.equal(true);
  });
});
