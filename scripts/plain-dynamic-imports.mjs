// @ts-check
/**
 * Bundle-only Vite plugin: Vite wraps every dynamic `import()` of an app build in its module-preload
 * helper, which also rewrites URLs against the configured base. The bundle's lazy chunks need
 * neither (`modulePreload` is off, and a relative `import()` already resolves against the bundle's
 * own URL wherever a host serves it), so the helper becomes a plain call of the import.
 */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/** @returns {import('vite').Plugin} */
export function plainDynamicImports() {
  return {
    name: 'inbox-plain-dynamic-imports',
    enforce: 'pre',
    load: (id) => (id === PRELOAD_HELPER ? 'export const __vitePreload = (importModule) => importModule();' : undefined),
  };
}
