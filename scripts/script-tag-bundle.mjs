// @ts-check
/**
 * The script-tag bundle (`dist/inbox.bundle.js`): its entry, and an in-memory build of it with
 * the project's own config, for the dev server and the distribution tests.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const BUNDLE_FILE = 'inbox.bundle.js';

/** The bundle's entry module. */
export const BUNDLE_ENTRY = fileURLToPath(new URL('../src/inbox.bundle.ts', import.meta.url));

/**
 * Where the bundle's chunks go, beside it: the bundle reaches them with `import('./chunks/…')`,
 * which the browser resolves against the bundle's own URL, so a host needs no import map or base.
 * A feature's chunk is named after its module; `core-…` holds the elements (the first load with
 * the bundle), and code only some features share is `shared-…`.
 * @param {import('rollup').PreRenderedChunk} chunk
 */
export const chunkFileNames = (chunk) =>
  `chunks/${chunk.isDynamicEntry ? '[name]' : chunk.moduleIds.some((id) => id.endsWith('/src/define.ts')) ? 'core' : 'shared'}-[hash].js`;

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

/**
 * @typedef {object} ScriptTagBuild
 * @property {string} code The bundle (the entry).
 * @property {string} map Its source map.
 * @property {Record<string, string>} files Every file written beside it by path (the bundle, chunks, maps).
 * @property {string[]} firstLoad The bundle and the chunks it imports statically: what loads before the first rows paint.
 * @property {string[]} chunks Every JavaScript file but the bundle.
 */

/**
 * Builds the bundle and its chunks without writing them.
 * @returns {Promise<ScriptTagBuild>}
 */
export async function buildScriptTagBundle() {
  const result = await build({ configFile, mode: 'bundle', logLevel: 'warn', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) => ('output' in entry ? entry.output : []));
  const entry = outputs.find((file) => file.fileName === BUNDLE_FILE);
  const map = outputs.find((file) => file.fileName === `${BUNDLE_FILE}.map`);
  if (entry?.type !== 'chunk' || map?.type !== 'asset') throw new Error(`The build produced no ${BUNDLE_FILE} with a source map.`);
  /** @type {Record<string, string>} */
  const files = {};
  /** @type {Map<string, string[]>} */
  const staticImports = new Map();
  for (const file of outputs) {
    files[file.fileName] = file.type === 'chunk' ? file.code : String(file.source);
    if (file.type === 'chunk') staticImports.set(file.fileName, file.imports);
  }
  const firstLoad = new Set([BUNDLE_FILE]);
  for (const name of firstLoad) for (const imported of staticImports.get(name) ?? []) firstLoad.add(imported);
  const chunks = [...staticImports.keys()].filter((name) => name !== BUNDLE_FILE);
  return { code: entry.code, map: String(map.source), files, firstLoad: [...firstLoad], chunks };
}

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Serves the real bundle at `/inbox.bundle.js`, its chunks under `/chunks/` and their maps on the
 * dev server, so a demo page can use it exactly as a host page does. Rebuilt on the first request
 * after a source file changes.
 * @returns {import('vite').Plugin}
 */
export function serveScriptTagBundle() {
  /** @type {Promise<ScriptTagBuild> | undefined} */
  let built;
  return {
    name: 'inbox-script-tag-bundle',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(srcDir)) built = undefined;
      });
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        if (!path.startsWith(`/${BUNDLE_FILE}`) && !path.startsWith('/chunks/')) return next();
        const building = (built ??= buildScriptTagBundle());
        building.then(
          ({ files }) => {
            const file = files[path.slice(1)];
            if (file === undefined) return next();
            res.setHeader('Content-Type', path.endsWith('.map') ? 'application/json' : 'text/javascript');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(file);
          },
          (error) => {
            if (built === building) built = undefined;
            next(error);
          },
        );
      });
    },
  };
}
