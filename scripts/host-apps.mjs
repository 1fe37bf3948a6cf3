// @ts-check
/**
 * Vite settings for the host apps the demos and the distribution tests build around the elements:
 * React with the automatic JSX runtime, and Vue with its template compiler (their templates are
 * strings compiled in the browser, so no Vue plugin is needed).
 */

/** @type {import('vite').UserConfig} */
export const hostAppSettings = {
  esbuild: { jsx: 'automatic' },
  resolve: { alias: { vue: 'vue/dist/vue.esm-bundler.js' } },
  // Feature flags Vue's bundler build expects its host to define.
  define: {
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
  },
};
