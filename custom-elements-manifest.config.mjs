// @ts-check
/** `npm run analyze` writes custom-elements.json; test/distribution checks it is current. */
import { inboxManifestPlugin } from './scripts/manifest-plugin.mjs';

export default {
  globs: ['src/components/**/*.ts', 'src/events.ts'],
  exclude: ['src/**/*.styles.ts'],
  litelement: true,
  packagejson: false,
  plugins: [inboxManifestPlugin()],
};
