import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter } from '@web/test-runner';
import { CHROMIUM_ARGS, findBrowser } from './scripts/find-browser.mjs';
import { countReporter } from './test/count-reporter.mjs';
import { browserContextPlugin } from './test/plugins/browser-context.mjs';
import { distributionPlugin } from './test/distribution/distribution-plugin.mjs';
import { gcPlugin } from './test/reliability/gc-plugin.mjs';
import { apiMiddleware } from './demo/server/koa-middleware.mjs';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const sharedDir = fileURLToPath(new URL('../shared/', import.meta.url));

/**
 * Serves `../shared` (wire-format fixtures both sides agree on) at `/__shared/`.
 * @param {import('koa').Context} ctx
 * @param {import('koa').Next} next
 */
async function sharedFiles(ctx, next) {
  if (!ctx.path.startsWith('/__shared/')) return next();
  const file = path.resolve(sharedDir, decodeURIComponent(ctx.path.slice('/__shared/'.length)));
  if (!file.startsWith(sharedDir)) return next();
  try {
    ctx.body = await readFile(file);
    ctx.type = path.extname(file);
  } catch {
    ctx.status = 404;
  }
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  testsFinishTimeout: 10 * 60 * 1000,
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), browserContextPlugin(), distributionPlugin(), gcPlugin()],
  middleware: [sharedFiles, apiMiddleware()],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: await findBrowser(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
  testRunnerHtml: (/** @type {string} */ testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><script src="/test/setup.js"></script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  reporters: [defaultReporter(), countReporter()],
};
