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

const configFile = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

/**
 * Builds the bundle without writing it.
 * @returns {Promise<{ code: string, map: string }>}
 */
export async function buildScriptTagBundle() {
  const result = await build({ configFile, mode: 'bundle', logLevel: 'warn', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((entry) => ('output' in entry ? entry.output : []));
  const chunk = outputs.find((file) => file.fileName === BUNDLE_FILE);
  const map = outputs.find((file) => file.fileName === `${BUNDLE_FILE}.map`);
  if (chunk?.type !== 'chunk' || map?.type !== 'asset') throw new Error(`The build produced no ${BUNDLE_FILE} with a source map.`);
  return { code: chunk.code, map: String(map.source) };
}

const srcDir = fileURLToPath(new URL('../src/', import.meta.url));

/**
 * Serves the real bundle at `/inbox.bundle.js` (and its map) on the dev server, so a demo page can
 * use it exactly as a host page does. Rebuilt on the first request after a source file changes.
 * @returns {import('vite').Plugin}
 */
export function serveScriptTagBundle() {
  /** @type {Promise<{ code: string, map: string }> | undefined} */
  let built;
  return {
    name: 'inbox-script-tag-bundle',
    apply: 'serve',
    configureServer(server) {
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(srcDir)) built = undefined;
      });
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        if (path !== `/${BUNDLE_FILE}` && path !== `/${BUNDLE_FILE}.map`) return next();
        const building = (built ??= buildScriptTagBundle());
        building.then(
          ({ code, map }) => {
            const isMap = path.endsWith('.map');
            res.setHeader('Content-Type', isMap ? 'application/json' : 'text/javascript');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(isMap ? map : code);
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
