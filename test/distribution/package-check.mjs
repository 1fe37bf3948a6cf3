// @ts-check
/**
 * The npm package as integrators get it, checked in Node for test/distribution/package.test.ts:
 * the tarball `npm pack` makes of a build, publint (strict) and arethetypeswrong (ESM profile) on
 * it, and consumer apps installed from it — vanilla TS, React 19, React 18 and Vue 3 (an SFC app
 * with @vitejs/plugin-vue) — each made of the README's snippets, type-checked strictly and built
 * with Vite, plus a consumer of `./data` alone, minified, whose size the test bounds.
 *
 * Consumers get the tarball unpacked into their own node_modules, beside links to this project's
 * installed packages (React 18 and its types from the react18 workspace and the `@types/react-18`
 * alias), so nothing is downloaded.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, readdir, readFile, rename, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const run = promisify(execFile);
const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const projectModules = path.join(projectRoot, 'node_modules');
const react18Modules = path.join(projectRoot, 'test/distribution/react18/node_modules');
const PACKAGE_NAME = 'unified-inbox-elements';

/** Files `npm pack` takes from the project besides the build (package.json `files`, and what npm always adds). */
const PACKED_SOURCES = [
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'demo/screenshot.png',
  'docs/screenshots/cards-390.png',
  'docs/screenshots/cards-320.png',
];

/**
 * README snippets, by the `###` heading they stand under and their fence language, and the
 * consumer file each becomes. Every ts/tsx/vue/html block of the README must be listed here:
 * the test fails on one that is not, so a new snippet cannot go unchecked.
 */
export const README_SNIPPETS = [
  { heading: 'Script tag', lang: 'html', consumer: 'vanilla', file: 'script-tag.html' },
  { heading: 'Bundler (npm)', lang: 'ts', consumer: 'vanilla', file: 'bundler.ts' },
  { heading: 'Data layer only', lang: 'ts', consumer: 'vanilla', file: 'data-only.ts' },
  { heading: 'Data sources', lang: 'ts', consumer: 'vanilla', file: 'crm-source.ts' },
  { heading: 'React 19', lang: 'tsx', consumer: 'react19', file: 'Inbox.tsx' },
  { heading: 'React 18', lang: 'tsx', consumer: 'react18', file: 'Inbox.tsx' },
  { heading: 'Vue 3', lang: 'ts', consumer: 'vue', file: 'vite.config.ts' },
  { heading: 'Vue 3', lang: 'vue', consumer: 'vue', file: 'Inbox.vue' },
];

/**
 * Every fenced code block of the README with the `###` heading above it.
 * @param {string} readme
 * @returns {{ heading: string, lang: string, code: string }[]}
 */
export function readmeBlocks(readme) {
  const blocks = [];
  let heading = '';
  const lines = readme.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const title = /^#{2,3} (.+)$/.exec(line);
    if (title) heading = title[1].trim();
    const fence = /^```(\w*)\s*$/.exec(line);
    if (!fence) continue;
    const end = lines.indexOf('```', index + 1);
    blocks.push({ heading, lang: fence[1], code: lines.slice(index + 1, end).join('\n') + '\n' });
    index = end;
  }
  return blocks;
}

/**
 * The module script of the script-tag snippet, importing the package's bundle entry where the
 * page imports the file next to it, so its types are those `./inbox.bundle.js` declares.
 * @param {string} html
 */
function moduleScriptOf(html) {
  const script = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
  return script.replaceAll("'./inbox.bundle.js'", `'${PACKAGE_NAME}/inbox.bundle.js'`);
}

const STRICT_OPTIONS = {
  target: 'ES2022',
  module: 'ESNext',
  moduleResolution: 'bundler',
  lib: ['ES2023', 'DOM', 'DOM.Iterable'],
  strict: true,
  noEmit: true,
  // The package's own declarations are checked where the snippets use them; not every library's.
  skipLibCheck: true,
  // Keeps every import inside the consumer's node_modules (its React, its types), though they link into the project's.
  preserveSymlinks: true,
  jsx: 'react-jsx',
  types: [],
};

/**
 * Where the consumers' React comes from: React 19 (and its types) from the project, React 18 from
 * the react18 workspace with the `@types/react-18` alias as its types.
 */
const REACT = {
  19: {},
  18: {
    react: path.join(react18Modules, 'react'),
    'react-dom': path.join(react18Modules, 'react-dom'),
    '@types/react': path.join(projectModules, '@types/react-18'),
  },
};

/**
 * A consumer app's node_modules: the unpacked package, and a link to each of the project's packages.
 * @param {string} dir
 * @param {string} unpacked
 * @param {Record<string, string>} overrides package name → directory
 */
async function consumerModules(dir, unpacked, overrides) {
  const modules = path.join(dir, 'node_modules');
  await mkdir(path.join(modules, '@types'), { recursive: true });
  const names = [];
  for (const entry of await readdir(projectModules)) {
    if (entry.startsWith('.')) continue;
    if (entry.startsWith('@')) for (const scoped of await readdir(path.join(projectModules, entry))) names.push(`${entry}/${scoped}`);
    else names.push(entry);
  }
  for (const name of names.filter((entry) => entry !== '@types/react-18' && entry !== PACKAGE_NAME)) {
    await mkdir(path.dirname(path.join(modules, name)), { recursive: true });
    await symlink(overrides[name] ?? path.join(projectModules, name), path.join(modules, name), 'dir');
  }
  await cp(unpacked, path.join(modules, PACKAGE_NAME), { recursive: true });
}

/** @typedef {{ fileName: string, isEntry: boolean, imports: string[], dynamicImports: string[], code: string, gzipBytes: number }} BuiltChunk */

/** @param {string} file */
const tsBin = (file) => fileURLToPath(import.meta.resolve(file));

/**
 * Type errors `tsc` (or `vue-tsc`) reports for a consumer, one line each; none when it compiles.
 * @param {string} dir
 * @param {string} bin
 * @returns {Promise<string[]>}
 */
async function typeErrors(dir, bin) {
  try {
    await run(process.execPath, [bin, '-p', 'tsconfig.json'], { cwd: dir, maxBuffer: 16 * 1024 * 1024 });
    return [];
  } catch (error) {
    const output = String(/** @type {{ stdout?: string }} */ (error).stdout ?? error);
    return output.split('\n').filter((line) => /error TS\d+/.test(line));
  }
}

/**
 * A consumer app built by Vite as its own production build would, in memory.
 * @param {string} dir
 * @param {string} entry
 * @param {import('vite').PluginOption[]} [plugins]
 * @param {boolean} [minify] as a production build would (slower)
 * @returns {Promise<{ chunks: BuiltChunk[], warnings: string[] }>}
 */
async function viteBuild(dir, entry, plugins = [], minify = false) {
  /** @type {string[]} */
  const warnings = [];
  const result = await build({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    plugins,
    resolve: { preserveSymlinks: true },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify,
      modulePreload: false,
      rollupOptions: {
        input: path.join(dir, entry),
        preserveEntrySignatures: 'strict',
        onwarn: (warning) => warnings.push(warning.message),
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((output) => ('output' in output ? output.output : []));
  const chunks = outputs.flatMap((file) =>
    file.type === 'chunk' ? [{ fileName: file.fileName, isEntry: file.isEntry, imports: file.imports, dynamicImports: file.dynamicImports, modules: file.moduleIds.map((id) => path.relative(dir, id)), code: file.code, gzipBytes: gzipSync(file.code).length }] : [],
  );
  return { chunks, warnings };
}

/** Entry modules that put each consumer's snippets on a page, as the host app's own code would. */
const ENTRIES = {
  vanilla: `import './bundler.js';
import './script-tag.js';
export * from './data-only.js';
export * from './crm-source.js';
`,
  react: `import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { Inbox } from './Inbox.js';

createRoot(document.getElementById('app')!).render(createElement(Inbox, { onOpen: (id: string) => history.pushState(null, '', \`/c/\${id}\`) }));
`,
  vue: `import { createApp } from 'vue';
import Inbox from './Inbox.vue';

createApp(Inbox).mount('#app');
`,
  data: `export { createMemorySource } from '${PACKAGE_NAME}/data';
`,
};

/**
 * Writes one consumer app: its README snippets, entry and strict tsconfig.
 * @param {string} dir
 * @param {{ name: string, files: Record<string, string>, include: string[] }} app
 */
async function writeConsumer(dir, { files, include }) {
  await mkdir(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(dir, name), text);
  await writeFile(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: STRICT_OPTIONS, include }, null, 2));
}

/**
 * Packs the build in `buildDir` (a `dist/` as `npm run build` writes it), checks the tarball and
 * builds the consumers in `workDir`.
 * @param {string} buildDir
 * @param {string} workDir
 */
export async function checkPackage(buildDir, workDir) {
  // The package directory npm packs: the project's packed files and the build as dist/.
  const packageDir = path.join(workDir, 'package');
  for (const file of PACKED_SOURCES) await cp(path.join(projectRoot, file), path.join(packageDir, file), { recursive: true });
  await cp(buildDir, path.join(packageDir, 'dist'), { recursive: true });
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', workDir], { cwd: packageDir });
  const [packed] = /** @type {{ filename: string, size: number, files: { path: string, size: number }[] }[]} */ (JSON.parse(stdout));
  const tarballPath = path.join(workDir, packed.filename);
  const tarball = await readFile(tarballPath);

  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const lint = await publint({ pack: { tarball: tarball.buffer.slice(tarball.byteOffset, tarball.byteOffset + tarball.byteLength) }, strict: true, level: 'suggestion' });
  const publintMessages = lint.messages.map((message) => `${message.type}: ${formatMessage(message, lint.pkg) ?? message.code}`);

  const attw = await import('@arethetypeswrong/core');
  const analysis = await attw.checkPackage(attw.createPackageFromTarballData(new Uint8Array(tarball)));
  // The ESM profile: a package without CommonJS is not checked for `require` and node10.
  const IGNORED = new Set(['node10', 'node16-cjs']);
  const attwProblems = analysis.types
    ? analysis.problems
        .filter((problem) => !('resolutionKind' in problem && IGNORED.has(problem.resolutionKind)))
        .filter((problem) => !('resolutionOption' in problem && problem.resolutionOption === 'node10'))
        .map((problem) => JSON.stringify(problem))
    : ['no types'];
  const attwEntrypoints = analysis.types ? Object.keys(analysis.entrypoints) : [];

  // The unpacked tarball, as npm installs it.
  const unpackDir = path.join(workDir, 'unpacked');
  await mkdir(unpackDir);
  await run('tar', ['-xzf', tarballPath, '-C', unpackDir]);
  const unpacked = path.join(unpackDir, PACKAGE_NAME);
  await rename(path.join(unpackDir, 'package'), unpacked);

  const readme = await readFile(path.join(unpacked, 'README.md'), 'utf8');
  const blocks = readmeBlocks(readme).filter((block) => ['ts', 'tsx', 'vue', 'html', 'js'].includes(block.lang));
  /** @type {Record<string, Record<string, string>>} */
  const snippetFiles = { vanilla: {}, react19: {}, react18: {}, vue: {} };
  const unlisted = [];
  for (const block of blocks) {
    const listed = README_SNIPPETS.find((snippet) => snippet.heading === block.heading && snippet.lang === block.lang);
    if (!listed) {
      unlisted.push(`${block.heading} (${block.lang})`);
      continue;
    }
    snippetFiles[listed.consumer][listed.file] = block.code;
  }
  const missing = README_SNIPPETS.filter((snippet) => snippetFiles[snippet.consumer][snippet.file] === undefined).map((snippet) => `${snippet.heading} (${snippet.lang})`);
  const html = snippetFiles.vanilla['script-tag.html'];
  if (html !== undefined) snippetFiles.vanilla['script-tag.ts'] = moduleScriptOf(html);

  // React 19, vanilla and Vue share one install; React 18 has its own.
  const main = path.join(workDir, 'consumers');
  const react18Root = path.join(workDir, 'consumers-react18');
  await consumerModules(main, unpacked, REACT[19]);
  await consumerModules(react18Root, unpacked, REACT[18]);
  const apps = {
    vanilla: { dir: path.join(main, 'vanilla'), files: { ...snippetFiles.vanilla, 'main.ts': ENTRIES.vanilla }, include: ['*.ts'] },
    react19: { dir: path.join(main, 'react19'), files: { ...snippetFiles.react19, 'main.ts': ENTRIES.react }, include: ['*.ts', '*.tsx'] },
    vue: { dir: path.join(main, 'vue'), files: { ...snippetFiles.vue, 'main.ts': ENTRIES.vue, 'shims.d.ts': "declare module '*.vue' { import type { DefineComponent } from 'vue'; const component: DefineComponent; export default component; }\n" }, include: ['*.ts', '*.vue'] },
    // Type-checked without the entry: React 18's react-dom has no types installed here.
    react18: { dir: path.join(react18Root, 'react18'), files: { ...snippetFiles.react18, 'main.ts': ENTRIES.react }, include: ['Inbox.tsx'] },
    data: { dir: path.join(main, 'data'), files: { 'main.ts': ENTRIES.data }, include: ['*.ts'] },
  };
  for (const [name, app] of Object.entries(apps)) await writeConsumer(app.dir, { name, ...app });

  const vueTsc = tsBin('vue-tsc/bin/vue-tsc.js');
  const tsc = tsBin('typescript/bin/tsc');
  /** The README's Vue config (its vite.config.ts snippet), as the Vue app's build uses it. */
  /** @type {import('vite').UserConfig} */
  let vueConfig = {};
  /** @type {string[]} */
  const vueConfigErrors = [];
  try {
    vueConfig = (await import(await bundledConfig(apps.vue.dir))).default;
  } catch (error) {
    vueConfigErrors.push(`vite.config.ts: ${error}`);
  }

  // Three type-check programs (vanilla, React 19 and ./data share one), in child processes
  // beside the builds.
  await writeFile(path.join(main, 'tsconfig.json'), JSON.stringify({ compilerOptions: STRICT_OPTIONS, include: ['vanilla/*.ts', 'react19/*.ts', 'react19/*.tsx', 'data/*.ts'] }, null, 2));
  const checked = Promise.all([typeErrors(main, tsc), typeErrors(apps.vue.dir, vueTsc), typeErrors(apps.react18.dir, tsc)]);
  /** @type {Record<string, { chunks: BuiltChunk[], warnings: string[] }>} */
  const builds = {};
  for (const [name, app] of Object.entries(apps)) {
    // A failed build (a snippet importing what does not exist) is reported, not thrown.
    builds[name] = await viteBuild(app.dir, 'main.ts', name === 'vue' ? (vueConfig.plugins ?? []) : [], name === 'data').catch((error) => ({
      chunks: [],
      warnings: [`build failed: ${error instanceof Error ? error.message : error}`],
    }));
  }
  const [mainErrors, vueErrors, react18Errors] = await checked;
  /** @param {string} name */
  const errorsOf = (name) => (name === 'vue' ? vueErrors : name === 'react18' ? react18Errors : mainErrors.filter((line) => line.startsWith(`${name}/`)));
  const consumers = Object.fromEntries(Object.keys(apps).map((name) => [name, { typeErrors: errorsOf(name), ...builds[name] }]));
  consumers.vue.warnings.unshift(...vueConfigErrors);

  return {
    tarball: { bytes: packed.size, files: packed.files.map((file) => file.path) },
    packageJson: JSON.parse(await readFile(path.join(unpacked, 'package.json'), 'utf8')),
    manifest: JSON.parse(await readFile(path.join(unpacked, 'custom-elements.json'), 'utf8')),
    publint: publintMessages,
    attw: { problems: attwProblems, entrypoints: attwEntrypoints },
    readme: { unlisted, missing, snippets: blocks.length },
    consumers,
  };
}

/**
 * The Vue app's vite.config.ts (the README snippet) compiled to a module Node can import.
 * @param {string} dir
 */
async function bundledConfig(dir) {
  const { transformWithEsbuild } = await import('vite');
  const source = await readFile(path.join(dir, 'vite.config.ts'), 'utf8');
  const { code } = await transformWithEsbuild(source, 'vite.config.ts', { format: 'esm', loader: 'ts' });
  const file = path.join(dir, 'vite.config.mjs');
  await writeFile(file, code);
  return file;
}
