/**
 * What every host app of the distribution tests exports: a `mount` that renders an `<inbox-table>`
 * (with `<inbox-filters>` in its toolbar) the way that framework's users would, against an Anyreach
 * API, wiring the events to the given handlers.
 */
import type { ConversationOpenEvent, InboxPageLoadEvent } from '../../../src/events.js';
import type { InboxTable } from '../../../src/components/inbox-table/inbox-table.js';

export interface HostProps {
  /** Anyreach base URL (the test's API session). */
  baseUrl: string;
  token: string;
  /** Accessible name of the grid; changed by `update` to show re-renders reach the element. */
  label: string;
  timeZone: string;
  onPageLoad: (event: InboxPageLoadEvent) => void;
  onOpen: (event: ConversationOpenEvent) => void;
}

export interface MountedHost {
  /** The framework's own version string, proving which framework rendered. */
  frameworkVersion: string;
  table: InboxTable;
  /** Re-renders with some props changed; resolves once the framework has committed. */
  update(props: Partial<HostProps>): Promise<void>;
  unmount(): void;
}

export type MountHost = (container: HTMLElement, props: HostProps) => Promise<MountedHost>;
