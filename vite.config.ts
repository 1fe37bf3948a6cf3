import { defineConfig } from 'vite';
import { inboxApiPlugin } from './demo/server/vite-plugin.mjs';

// The dev server serves the demo page (demo/index.html) with the local API mounted under /api/.
export default defineConfig({
  root: 'demo',
  plugins: [inboxApiPlugin()],
});
