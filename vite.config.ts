import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { inboxApiPlugin } from './demo/server/vite-plugin.mjs';
import { hostAppSettings } from './scripts/host-apps.mjs';
import { minifyTemplateLiterals } from './scripts/minify-templates.mjs';
import { staticFlowLayout } from './scripts/static-flow-layout.mjs';
import { privateMemberNames } from './scripts/private-members.mjs';
import { BUNDLE_ENTRY_ID, BUNDLE_ENTRY_SOURCE, BUNDLE_FILE, serveScriptTagBundle } from './scripts/script-tag-bundle.mjs';
import packageJson from './package.json';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));

/**
 * `npm start`: the demos under demo/ (plain page with the script-tag bundle, React, Vue) with the
 * local API mounted under /api/.
 */
const devServer: UserConfig = {
  ...hostAppSettings,
  root: 'demo',
  plugins: [inboxApiPlugin({ liveTraffic: true }), serveScriptTagBundle()],
};

const externalPackages = [...Object.keys(packageJson.dependencies), ...Object.keys(packageJson.peerDependencies)];

/** `vite build`: the npm package, one ES module per source module, dependencies left to the host's bundler. */
const npmModules: UserConfig = {
  root: projectRoot,
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    sourcemap: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        'react/index': 'src/react/index.ts',
        'locales/de': 'src/locales/de.ts',
        // Pages showing one conversation or one recording register just that element.
        'components/conversation-preview/define': 'src/components/conversation-preview/define.ts',
        'components/recording-player/define': 'src/components/recording-player/define.ts',
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: (id) => externalPackages.some((name) => id === name || id.startsWith(`${name}/`)),
      output: { preserveModules: true, preserveModulesRoot: 'src' },
    },
  },
};

/** The bundle's entry module (scripts/script-tag-bundle.mjs says what it holds). */
function scriptTagEntry(): Plugin {
  const resolved = `\0${BUNDLE_ENTRY_ID}`;
  return {
    name: 'inbox-script-tag-entry',
    resolveId: (id) => (id === BUNDLE_ENTRY_ID ? resolved : undefined),
    load: (id) => (id === resolved ? BUNDLE_ENTRY_SOURCE : undefined),
  };
}

/**
 * `vite build --mode bundle`: dist/inbox.bundle.js for a `<script type="module">` tag, with every
 * dependency inside, minified, with a source map. Not library mode: Vite never strips whitespace
 * from library-mode ES output. Terser also shortens our classes' private member names (see
 * scripts/private-members.mjs for which ones are safe to).
 */
const scriptTagBundle = (): UserConfig => ({
  root: projectRoot,
  publicDir: false,
  plugins: [scriptTagEntry(), minifyTemplateLiterals(), staticFlowLayout()],
  // Production builds of the dependencies (Lit's dev mode warns and is larger) even when the
  // calling process runs with NODE_ENV=development, as the test runner does.
  resolve: { conditions: ['module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    minify: 'terser',
    terserOptions: {
      module: true,
      ecma: 2020,
      compress: { passes: 2 },
      mangle: { properties: { regex: new RegExp(`^(?:${privateMemberNames().join('|')})$`) } },
    },
    sourcemap: true,
    modulePreload: false,
    rollupOptions: {
      input: BUNDLE_ENTRY_ID,
      preserveEntrySignatures: 'strict',
      output: { entryFileNames: BUNDLE_FILE, inlineDynamicImports: true },
    },
  },
});

export default defineConfig(({ command, mode }) => (command === 'serve' ? devServer : mode === 'bundle' ? scriptTagBundle() : npmModules));
