// @ts-check
/**
 * Bundle-only Vite plugin: @lit-labs/virtualizer loads its default (flow) layout with
 * `await import('./layouts/flow.js')`. In a one-file bundle that module is inlined anyway, but the
 * dynamic import still brings Vite's module-preload helper along. This turns it into a static
 * import, awaited the same way, so the helper is left out.
 */
import { applyEdits } from './source-edits.mjs';

const VIRTUALIZER = /\/@lit-labs\/virtualizer\/Virtualizer\.js$/;
const DYNAMIC_IMPORT = "import('./layouts/flow.js')";

/** @returns {import('vite').Plugin} */
export function staticFlowLayout() {
  return {
    name: 'inbox-static-flow-layout',
    transform(code, id) {
      if (!VIRTUALIZER.test(id)) return null;
      const start = code.indexOf(DYNAMIC_IMPORT);
      // A virtualizer release that loads its layout differently: nothing to do, the helper stays.
      if (start < 0) return null;
      return applyEdits(code, id, [
        { start, end: start + DYNAMIC_IMPORT.length, text: 'flowLayoutModule' },
        // Appended: imports are hoisted, and every earlier line keeps its position.
        { start: code.length, end: code.length, text: "\nimport * as flowLayoutModule from './layouts/flow.js';\n" },
      ]);
    },
  };
}
