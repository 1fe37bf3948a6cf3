/**
 * Compile-time checks of the Vue typings of src/vue.ts (run by `tsc`, never executed): what
 * Volar sees for `<inbox-table>` in a template — props from `$props`, events from `$emit`.
 */
import type { GlobalComponents } from 'vue';
import type { ConversationOpenEvent, InboxPageLoadEvent } from '../../src/events.js';
import { createMemorySource } from '../../src/data/memory.js';
import type {} from '../../src/vue.js';

type Element<Tag extends 'inbox-table' | 'inbox-filters' | 'conversation-row'> = InstanceType<GlobalComponents[Tag]>;

export const table: Element<'inbox-table'>['$props'] = { source: createMemorySource([]), timeZone: 'Asia/Tokyo', class: 'inbox' };
export const filters: Element<'inbox-filters'>['$props'] = { syncUrl: true, slot: 'toolbar' };

// @ts-expect-error a source is an object, not a string
export const wrongSource: Element<'inbox-table'>['$props'] = { source: 'https://api.example.com' };
// @ts-expect-error read-only state is not a prop
export const readOnlyProp: Element<'inbox-table'>['$props'] = { rows: [] };

export function emits(emit: Element<'inbox-table'>['$emit'], open: ConversationOpenEvent, pageLoad: InboxPageLoadEvent): void {
  emit('conversation-open', open);
  emit('inbox-page-load', pageLoad);
  // @ts-expect-error each event carries its own class
  emit('conversation-open', pageLoad);
  // @ts-expect-error an event the element does not fire
  emit('conversation-closed', open);
}
