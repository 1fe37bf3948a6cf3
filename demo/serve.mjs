// @ts-check
/** `npm start`: the demo on a Vite dev server at 127.0.0.1 with the local API mounted (vite.config.ts). */
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const port = Number(process.env.PORT ?? 5173);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a port number, got "${process.env.PORT}".`);
  process.exit(1);
}

const server = await createServer({
  configFile: fileURLToPath(new URL('../vite.config.ts', import.meta.url)),
  root: fileURLToPath(new URL('.', import.meta.url)),
  server: { host: '127.0.0.1', port, strictPort: true },
});
await server.listen();
server.printUrls();
console.log('  API under /api/ (routes and demo credentials: demo/server/README.md). Ctrl-C stops.\n');

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
