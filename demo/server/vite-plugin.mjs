// @ts-check
/** Mounts the local API server in Vite's dev and preview servers. */
import { createApiHandler } from './api.mjs';

/**
 * @param {{ count?: number, seed?: number, liveTraffic?: boolean }} [options] defaults of new sessions;
 *   `liveTraffic` simulates live traffic in the default session (what `npm start` shows)
 * @returns {import('vite').Plugin}
 */
export function inboxApiPlugin(options) {
  const handle = createApiHandler(options);
  /** @param {import('vite').ViteDevServer | import('vite').PreviewServer} server */
  const mount = (server) => {
    server.middlewares.use((req, res, next) => {
      handle(req, res).then((answered) => answered || next(), next);
    });
  };
  return { name: 'inbox-api', configureServer: mount, configurePreviewServer: mount };
}
