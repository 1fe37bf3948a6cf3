// Builds the benchmark pages with Vite (one self-contained bundle per candidate, so each
// bundle's size is that candidate's cost), writes their HTML and the data set they load.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { generateDataset, toAnyreach } from '../../demo/server/generate.js';
import { buildScriptTagBundle } from '../../scripts/script-tag-bundle.mjs';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const OUT_DIR = path.join(REPO, 'bench/.out');
const PAGES_DIR = path.join(REPO, 'bench/pages');

/**
 * @typedef {object} Candidate
 * @property {string} id key in results
 * @property {string} label column heading (Markdown)
 * @property {string} bundle the page's candidate bundle (bench/pages/<bundle>.ts)
 * @property {string} [query] query string of the page URL
 */

/** @type {Candidate[]} In the order every round visits them. */
export const CANDIDATES = [
  { id: 'inbox-table', label: '`<inbox-table>`', bundle: 'inbox-table' },
  { id: 'inbox-table-paged', label: '`<inbox-table>` own pages', bundle: 'inbox-table', query: '?paged' },
  { id: 'vaadin-grid', label: 'Vaadin Grid', bundle: 'vaadin-grid' },
  { id: 'ag-grid', label: 'AG Grid', bundle: 'ag-grid' },
  { id: 'revogrid', label: 'RevoGrid', bundle: 'revogrid' },
  { id: 'regular-table', label: 'regular-table', bundle: 'regular-table' },
  { id: 'floor', label: 'Lit virtualizer floor', bundle: 'floor' },
];

const SUPPORT_BUNDLES = ['harness', 'extras'];

/**
 * @param {string} name bench/pages/<name>.ts
 * @returns {Promise<Buffer>} the minified bundle
 */
async function bundle(name) {
  await build({
    configFile: false,
    root: REPO,
    logLevel: 'error',
    publicDir: false,
    build: {
      outDir: OUT_DIR,
      emptyOutDir: false,
      minify: 'esbuild',
      target: 'es2022',
      sourcemap: false,
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rollupOptions: {
        input: { [name]: path.join(PAGES_DIR, `${name}.ts`) },
        preserveEntrySignatures: false,
        output: { format: 'es', entryFileNames: '[name].js', inlineDynamicImports: true },
      },
    },
  });
  return readFile(path.join(OUT_DIR, `${name}.js`));
}

/** @param {Buffer} code */
function sizes(code) {
  return { minBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

/** @param {string} bundleName */
function pageHtml(bundleName) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>bench: ${bundleName}</title>
    <style>html, body { margin: 0; height: 100%; font-family: system-ui, sans-serif; } #host { height: 100vh; }</style>
    <script type="module" src="./harness.js"></script>
    <script type="module" src="./${bundleName}.js"></script>
  </head>
  <body><div id="host"></div></body>
</html>
`;
}

/**
 * Builds every bundle and page into bench/.out/.
 * @param {(line: string) => void} log
 * @returns {Promise<{ bundles: Record<string, { minBytes: number, gzipBytes: number }>, scriptTag: { minBytes: number, gzipBytes: number } }>}
 */
export async function buildPages(log) {
  await rm(OUT_DIR, { recursive: true, force: true });
  await mkdir(OUT_DIR, { recursive: true });
  /** @type {Record<string, { minBytes: number, gzipBytes: number }>} */
  const bundles = {};
  const pageBundles = [...new Set(CANDIDATES.map((candidate) => candidate.bundle))];
  for (const name of [...pageBundles, ...SUPPORT_BUNDLES]) {
    const started = performance.now();
    const code = await bundle(name);
    if (pageBundles.includes(name)) bundles[name] = sizes(code);
    if (name !== 'harness') await writeFile(path.join(OUT_DIR, `${name}.html`), pageHtml(name));
    log(`  built ${name}.js (${(code.length / 1024).toFixed(0)} KB min) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  // The real dist/inbox.bundle.js, as `npm run build` makes it (terser, template minification):
  // its first load, the bundle and the chunks it imports statically (features load on use).
  const { files, firstLoad } = await buildScriptTagBundle();
  const firstLoadSizes = firstLoad.map((file) => sizes(Buffer.from(files[file])));
  const scriptTag = { minBytes: firstLoadSizes.reduce((sum, size) => sum + size.minBytes, 0), gzipBytes: firstLoadSizes.reduce((sum, size) => sum + size.gzipBytes, 0) };
  log(`  built the script-tag bundle (${(scriptTag.minBytes / 1024).toFixed(0)} KB min)`);
  return { bundles, scriptTag };
}

/**
 * Writes the data set every page loads: the first `count` conversations the inbox shows (sources
 * hide `token_created` ones), as the Anyreach API sends them; the pages normalize them, untimed.
 * @param {number} count
 */
export async function writeDataset(count) {
  // About 3% of generated conversations are hidden; generate enough to keep `count` shown ones.
  const { conversations } = generateDataset({ count: Math.ceil(count * 1.05), seed: 1 });
  const rows = conversations
    .filter((conversation) => conversation.status !== 'token_created')
    .slice(0, count)
    .map((conversation) => toAnyreach(conversation, { sensitive: true }));
  if (rows.length < count) throw new Error(`Only ${rows.length} shown conversations were generated.`);
  await writeFile(path.join(OUT_DIR, 'data.json'), JSON.stringify(rows));
  return rows.length;
}
