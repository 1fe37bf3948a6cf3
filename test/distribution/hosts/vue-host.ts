/**
 * Vue 3 host: a template compiled in the browser, the tags declared custom elements
 * (`isCustomElement`) and the source bound as a property (`.prop`). Vue's warnings are collected:
 * a tag Vue took for an unknown component would warn.
 *
 * It does not register the elements: the page loads the widget (the script-tag bundle) when it
 * likes, possibly after Vue rendered, which is when `.prop` and `isCustomElement` matter.
 */
import { createApp, nextTick, reactive, version } from 'vue';
import { createAnyreachSource } from '../../../src/data/anyreach.js';
import type { MountHost } from './host-api.js';

/** Vue's warnings while mounted; the test expects none. */
export const warnings: string[] = [];

export const mount: MountHost = async (container, initial) => {
  const state = reactive({ ...initial });
  const app = createApp({
    setup: () => ({ state, source: createAnyreachSource({ baseUrl: initial.baseUrl, token: initial.token }) }),
    template: `
      <inbox-table
        :source.prop="source"
        :label="state.label"
        :time-zone="state.timeZone"
        @inbox-page-load="state.onPageLoad"
        @conversation-open="state.onOpen"
      >
        <inbox-filters slot="toolbar"></inbox-filters>
      </inbox-table>`,
  });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('inbox-') || tag === 'conversation-row';
  app.config.warnHandler = (message) => warnings.push(message);
  app.mount(container);
  await nextTick();
  return {
    frameworkVersion: version,
    table: container.querySelector('inbox-table')!,
    async update(changed) {
      Object.assign(state, changed);
      await nextTick();
    },
    unmount: () => app.unmount(),
  };
};
