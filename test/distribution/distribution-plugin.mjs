// @ts-check
/**
 * Builds what the distribution tests load, on first request, with the project's own tools — so a
 * fresh clone needs no build step before `npm test`, and a stale dist/ can never pass a test:
 *
 * - `/__dist/inbox.bundle.mjs` (+ `/__dist/inbox.bundle.js.map`): the script-tag bundle, and its
 *   chunks (+ maps) beside it under `/__dist/chunks/`; `/__dist/copy/…` is the same files under a
 *   second URL, which a page loads as a second copy.
 * - `/cdn/<run>/<version>/inbox.bundle.js` and `…/chunks/*`: the same files as a CDN serves them,
 *   under another path; `/__dist/cdn-requests/<run>-<n>.json` lists the files requested under
 *   `<run>`, in order (`<n>` makes each read a new URL, which no cache answers).
 *   `/host/page.html?run=<run>` is a host page loading that bundle with a plain script tag.
 * - `/__dist/custom-elements.json`: the manifest `npm run analyze` would write now.
 * - `/__dist/bundle-size.json`: the bundle's bytes, minified and gzipped, and every chunk's gzip
 *   size with whether it loads before the first rows paint (`firstLoad`).
 * - `/__dist/npm.json`: the npm package's dist/ (the steps of `npm run build`) as
 *   `{ files: { [path]: text } }` without source maps; JSON, so the test server rewrites nothing.
 * - `/__dist/package-check.json`: that build packed, linted and installed into consumer apps made
 *   of the README's snippets (package-check.mjs), with what each step reported.
 * - `/__dist/reference.html`: the API reference page `npm start` serves, from the committed
 *   custom-elements.json.
 * - `/__dist/hosts/<name>.mjs`: host apps bundled by Vite as a host's own build would (React 19,
 *   React 18 from its workspace, Vue 3). Each exports `mount` (see hosts/host-api.ts).
 *
 * Outputs are kept until a watched file changes. Modules are served as `.mjs`: the test server's
 * esbuild step re-prints every `.js` file for its target, and the tests must see the built bytes.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { hostAppSettings } from '../../scripts/host-apps.mjs';
import { BUNDLE_FILE, buildScriptTagBundle } from '../../scripts/script-tag-bundle.mjs';
import { renderReference } from '../../scripts/reference-page.mjs';
import { checkPackage } from './package-check.mjs';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const PREFIX = '/__dist/';
const SERVED_BUNDLE = BUNDLE_FILE.replace(/\.js$/, '.mjs');

/** @type {Record<string, { entry: string, root: string, dedupe?: string[] }>} */
const HOSTS = {
  react19: { entry: 'test/distribution/hosts/react19-host.tsx', root: '.' },
  // Rooted in the workspace and deduplicated, so every `react` import (the wrappers' too) is its React 18.
  react18: { entry: 'test/distribution/react18/react18-host.tsx', root: 'test/distribution/react18', dedupe: ['react', 'react-dom'] },
  vue: { entry: 'test/distribution/hosts/vue-host.ts', root: '.' },
};

/** `/cdn/<run>/<version>/<file>`: the run names the test, the file is one of the build's. */
const CDN_FILE = /^\/cdn\/([\w-]+)\/[\w.-]+\/((?:chunks\/)?[\w.-]+)$/;

/**
 * A host's page with nothing but the bundle from the "CDN" and the elements.
 * @param {string} run
 */
function hostPage(run) {
  const safeRun = run.replace(/[^\w-]/g, '');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title>
<script>
  window.pageErrors = [];
  addEventListener('error', (event) => pageErrors.push(event.message));
  addEventListener('unhandledrejection', (event) => pageErrors.push(String(event.reason)));
</script>
<script type="module" src="/cdn/${safeRun}/1.0.0/${BUNDLE_FILE}"></script></head>
<body><inbox-table time-zone="UTC" locale="en-US" style="height: 480px"><inbox-filters slot="toolbar"></inbox-filters></inbox-table></body></html>`;
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function distributionPlugin() {
  /** @type {Map<string, Promise<unknown>>} */
  const outputs = new Map();
  /** @type {string[]} */
  const tempDirs = [];

  /**
   * @template T
   * @param {string} key
   * @param {() => Promise<T>} make
   * @returns {Promise<T>}
   */
  const once = (key, make) => {
    let output = /** @type {Promise<T> | undefined} */ (outputs.get(key));
    if (!output) {
      output = make();
      outputs.set(key, output);
      // A failed build is tried again on the next request.
      output.catch(() => outputs.delete(key));
    }
    return output;
  };

  const tempDir = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'inbox-dist-'));
    tempDirs.push(dir);
    return dir;
  };

  const manifest = () =>
    once('manifest', async () => {
      const dir = await tempDir();
      const cem = fileURLToPath(import.meta.resolve('@custom-elements-manifest/analyzer/cem.js'));
      // The analyzer writes under its working directory.
      await run(process.execPath, [cem, 'analyze', '--quiet', '--outdir', path.relative(projectRoot, dir)], { cwd: projectRoot });
      return readFile(path.join(dir, 'custom-elements.json'), 'utf8');
    });

  /** The steps of `npm run build`, into a temporary directory (its path). */
  const npmBuildDir = () =>
    once('npm-dir', async () => {
      const dir = await tempDir();
      const configFile = path.join(projectRoot, 'vite.config.ts');
      await build({ configFile, logLevel: 'warn', build: { outDir: dir } });
      await build({ configFile, mode: 'bundle', logLevel: 'warn', build: { outDir: dir } });
      const tsc = fileURLToPath(import.meta.resolve('typescript/bin/tsc'));
      await run(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--declarationDir', path.join(dir, 'types')], { cwd: projectRoot });
      return dir;
    });

  const npmBuild = () =>
    once('npm', async () => {
      const dir = await npmBuildDir();
      const names = (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((entry) => entry.isFile() && !entry.name.endsWith('.map'))
        .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
      const files = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name), 'utf8')])));
      return JSON.stringify({ files });
    });

  const bundle = () => once('bundle', buildScriptTagBundle);
  /** Files requested under `/cdn/<run>/`, by run. */
  /** @type {Map<string, string[]>} */
  const cdnRequests = new Map();

  const packageCheck = () => once('package-check', async () => JSON.stringify(await checkPackage(await npmBuildDir(), await tempDir())));

  /** @param {string} name */
  const host = (name) =>
    once(`host:${name}`, async () => {
      const { entry, root, dedupe } = HOSTS[name];
      const result = await build({
        ...hostAppSettings,
        configFile: false,
        root: path.join(projectRoot, root),
        logLevel: 'warn',
        mode: 'development',
        resolve: { ...hostAppSettings.resolve, dedupe },
        define: { ...hostAppSettings.define, 'process.env.NODE_ENV': '"development"' },
        build: {
          write: false,
          minify: false,
          modulePreload: false,
          rollupOptions: {
            input: path.join(projectRoot, entry),
            preserveEntrySignatures: 'strict',
            output: { entryFileNames: 'host.js', inlineDynamicImports: true },
          },
        },
      });
      const chunks = (Array.isArray(result) ? result : [result]).flatMap((entry) => ('output' in entry ? entry.output : []));
      const chunk = chunks.find((file) => file.type === 'chunk' && file.isEntry);
      if (chunk?.type !== 'chunk') throw new Error(`Host ${name} built no entry chunk.`);
      return chunk.code;
    });

  return {
    name: 'distribution',
    serverStart({ fileWatcher }) {
      fileWatcher.on('change', () => outputs.clear());
    },
    async serverStop() {
      await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
    },
    async serve(context) {
      const cdn = CDN_FILE.exec(context.path);
      if (cdn) {
        const [, run, file] = cdn;
        cdnRequests.set(run, [...(cdnRequests.get(run) ?? []), file]);
        const body = (await bundle()).files[file];
        return body === undefined ? undefined : { body, type: file.endsWith('.map') ? 'json' : 'js' };
      }
      if (context.path === '/host/page.html') return { body: hostPage(context.URL.searchParams.get('run') ?? ''), type: 'html' };
      if (!context.path.startsWith(PREFIX)) return undefined;
      const file = context.path.slice(PREFIX.length).replace(/^copy\//, '');
      if (file === SERVED_BUNDLE) return { body: (await bundle()).code, type: 'js' };
      if (file === `${BUNDLE_FILE}.map`) return { body: (await bundle()).map, type: 'json' };
      if (file.startsWith('chunks/')) {
        const body = (await bundle()).files[file];
        if (body !== undefined) return { body, type: file.endsWith('.map') ? 'json' : 'js' };
      }
      const requested = /^cdn-requests\/([\w-]+)-\d+\.json$/.exec(file)?.[1];
      if (requested) return { body: JSON.stringify(cdnRequests.get(requested) ?? []), type: 'json' };
      if (file === 'bundle-size.json') {
        const { code, files, firstLoad } = await bundle();
        const gzipBytes = (/** @type {string} */ name) => gzipSync(files[name], { level: 6 }).length;
        const chunks = Object.keys(files)
          .filter((name) => name.endsWith('.js'))
          .map((name) => ({ file: name, gzipBytes: gzipBytes(name), firstLoad: firstLoad.includes(name) }));
        return { body: JSON.stringify({ bytes: Buffer.byteLength(code), gzipBytes: gzipBytes(BUNDLE_FILE), chunks }), type: 'json' };
      }
      if (file === 'custom-elements.json') return { body: await manifest(), type: 'json' };
      if (file === 'npm.json') return { body: await npmBuild(), type: 'json' };
      if (file === 'package-check.json') return { body: await packageCheck(), type: 'json' };
      if (file === 'reference.html') return { body: renderReference(JSON.parse(await readFile(path.join(projectRoot, 'custom-elements.json'), 'utf8'))), type: 'html' };
      const hostName = /^hosts\/(\w+)\.mjs$/.exec(file)?.[1];
      if (hostName && Object.hasOwn(HOSTS, hostName)) return { body: await host(hostName), type: 'js' };
      return undefined;
    },
  };
}
