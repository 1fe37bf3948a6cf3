import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import { inboxApiPlugin } from './demo/server/vite-plugin.mjs';
import { hostAppSettings } from './scripts/host-apps.mjs';
import { minifyTemplateLiterals } from './scripts/minify-templates.mjs';
import { plainDynamicImports } from './scripts/plain-dynamic-imports.mjs';
import { privateMemberNames } from './scripts/private-members.mjs';
import { BUNDLE_ENTRY, BUNDLE_FILE, chunkFileNames, serveScriptTagBundle } from './scripts/script-tag-bundle.mjs';
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
    // No source maps: they would point at src/, which the package does not ship.
    sourcemap: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        'data-entry': 'src/data-entry.ts',
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

/**
 * `vite build --mode bundle`: dist/inbox.bundle.js for a `<script type="module">` tag, with every
 * dependency inside, minified, with a source map. Not library mode: Vite never strips whitespace
 * from library-mode ES output. Terser also shortens our classes' private member names (see
 * scripts/private-members.mjs for which ones are safe to).
 */
const scriptTagBundle = (): UserConfig => ({
  root: projectRoot,
  publicDir: false,
  plugins: [minifyTemplateLiterals(), plainDynamicImports()],
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
      input: BUNDLE_ENTRY,
      preserveEntrySignatures: 'strict',
      output: { entryFileNames: BUNDLE_FILE, chunkFileNames },
    },
  },
});

export default defineConfig(({ command, mode }) => (command === 'serve' ? devServer : mode === 'bundle' ? scriptTagBundle() : npmModules));
