/**
 * Vue 3: the tags are custom elements (`isCustomElement`), objects are bound as properties
 * (`.prop`), events with `@`. Single-file components pass the same `isCustomElement` to
 * `@vitejs/plugin-vue` (`vue({ template: { compilerOptions: { isCustomElement } } })`).
 */
import { createApp, ref } from 'vue';
import { createAnyreachSource, DEFAULT_STRINGS, type ConversationOpenEvent } from '../../src/index.js';
import { de } from '../../src/locales/de.js';
import type {} from '../../src/vue.js';

const app = createApp({
  setup() {
    const german = ref(false);
    const theme = ref('');
    const opened = ref('');
    return {
      source: createAnyreachSource({ baseUrl: '/api/anyreach', token: 'ak_demo.sensitive' }),
      german,
      theme,
      opened,
      de,
      DEFAULT_STRINGS,
      open(event: ConversationOpenEvent) {
        // Handle the row in the app instead of opening the detail page in a new tab.
        event.preventDefault();
        opened.value = event.conversation.callerName ?? event.conversation.id;
      },
    };
  },
  template: `
    <h1>Vue 3</h1>
    <p class="controls">
      <label><input type="checkbox" v-model="german"> Deutsch, Zeitzone Asia/Tokyo</label>
      <label>Theme
        <select v-model="theme">
          <option value="">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
    </p>
    <p aria-live="polite">{{ opened ? 'Opened the conversation with ' + opened + '.' : 'Click a row to open it here.' }}</p>
    <inbox-table
      :source.prop="source"
      :strings.prop="german ? de : DEFAULT_STRINGS"
      :locale="german ? 'de-DE' : 'en-US'"
      :time-zone="german ? 'Asia/Tokyo' : null"
      :theme="theme || null"
      @conversation-open="open"
    >
      <inbox-filters slot="toolbar"></inbox-filters>
    </inbox-table>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('inbox-') || tag === 'conversation-row';
app.mount('#app');
