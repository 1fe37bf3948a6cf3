// @ts-check
/**
 * `npm start`: the demo on a Vite dev server at 127.0.0.1 with the local API mounted (vite.config.ts),
 * and the API reference at /reference.html, generated from custom-elements.json on each request.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { renderReference } from '../scripts/reference-page.mjs';

const port = Number(process.env.PORT ?? 5173);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}".`);
  process.exit(1);
}

const manifestFile = new URL('../custom-elements.json', import.meta.url);

/** @type {import('vite').Plugin} */
const referencePage = {
  name: 'inbox-reference-page',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url?.split('?')[0] !== '/reference.html') return next();
      readFile(manifestFile, 'utf8').then((text) => {
        res.setHeader('Content-Type', 'text/html; charset=utf-8');
        res.setHeader('Cache-Control', 'no-cache');
        res.end(renderReference(JSON.parse(text)));
      }, next);
    });
  },
};

const server = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  root: fileURLToPath(new URL('.', import.meta.url)),
  server: { host: '127.0.0.1', port, strictPort: true },
  plugins: [referencePage],
});
await server.listen();
server.printUrls();
console.log('  API under /api/ (routes and demo credentials: demo/server/README.md); API reference at /reference.html. Ctrl-C stops.\n');

let stopping = false;
const stop = async () => {
  // A second Ctrl-C while closing quits at once.
  if (stopping) process.exit(1);
  stopping = true;
  await server.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
