/**
 * Live updates for `<inbox-table>`: while `live` is on, watches the source for the current query
 * (its stream, or polling its first page) and merges what changes into the loaded rows without
 * moving what the user is reading. Changed rows update in place; rows that no longer match the
 * query stay, marked, until the list reloads; new conversations appear at the top when the user
 * is there, and otherwise wait behind a "N new conversations" pill.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { LiveDataSource, LiveEvent, LiveMode } from '../../data/live.js';
import { watchConversations } from '../../data/live-on-demand.js';
import { InboxLiveUpdateEvent } from '../../events.js';
import type { RowStore } from '../../data/row-store.js';
import type { Conversation, InboxQuery, SortOrder } from '../../data/types.js';
import { counter, type Count } from '../../format/count.js';
import { valueLabel } from '../../format/labels.js';
import { DEFAULT_ROW_STRINGS, type RowLiveStrings } from '../conversation-row/row-strings.js';

/** User-visible strings of live updates (the row shows `stale` and `badge`); a host replaces any subset. */
export interface LiveStrings extends RowLiveStrings {
  /** The pill over a scrolled list, and the announcement of arrivals. */
  newConversations: (count: Count) => string;
  /** Announced when a shown conversation's status changes; `status` as the status column shows it. */
  statusChanged: (who: string, status: string) => string;
  /** The table's live state while updates stream (or before it is known). */
  streaming: string;
  /** The table's live state while it polls the first page (no stream, or one it cannot read). */
  polling: string;
  /** The table's live state once updates have stopped (they resume for a new query or source). */
  stopped: string;
}

export const DEFAULT_LIVE_STRINGS: LiveStrings = {
  ...DEFAULT_ROW_STRINGS.live,
  newConversations: (count) => `${count} new ${count.plural === 'one' ? 'conversation' : 'conversations'}`,
  statusChanged: (who, status) => `${who}: ${status}`,
  streaming: 'Live',
  polling: 'Live (polling)',
  stopped: 'Live updates stopped',
};

export interface LiveHost extends ReactiveControllerHost, EventTarget {
  source?: LiveDataSource;
  query: InboxQuery;
  /** Whether to watch the source for changes. */
  live: boolean;
  /** Milliseconds between polls, for sources without a stream. */
  pollInterval?: number;
  pageSize?: number;
  /** `statuses` names a changed status as the status column does. */
  strings: { live: LiveStrings; statuses?: Record<string, string> };
  /** BCP 47 locale of the counts; the browser's when unset. */
  locale?: string;
  /** Shows a changed copy of a loaded conversation. */
  replaceConversation(conversation: Conversation): void;
  /** Who a loaded conversation is with, for announcements. */
  describe(id: string): string;
  /** Says a message through the host's polite live region. */
  announce(message: string): void;
  /** Reloads the list from the first page. */
  refresh(): void;
}

export interface LiveControllerOptions {
  /** The host's loaded rows. */
  store: () => RowStore;
  /** The element scrolling the rows; absent while none are shown. */
  scroller: () => HTMLElement | null | undefined;
  /** Whether the first loaded row is scrolled into view, where arrivals are shown in place. */
  atTop: () => boolean;
  /** Scrolls to the first loaded row. */
  scrollToTop: () => void;
}

/** Arrivals are announced at most this often; more within it are told together once it has passed. */
const ARRIVAL_ANNOUNCE_GAP_MS = 5000;
/** How long conversations that arrived at the top are marked as new. */
const FRESH_MS = 5000;
/** Events arriving within this time are applied, and announced, together. */
const BATCH_MS = 50;
/** Status changes named in one announcement; more are left out to keep it short. */
const MAX_ANNOUNCED_CHANGES = 3;
/** Sorts that put a new conversation first, where the pill can insert arrivals at the top. */
const NEWEST_FIRST: readonly SortOrder[] = ['created_desc', 'last_activity_desc'];

interface Subscription {
  source: LiveDataSource;
  query: InboxQuery;
  pollInterval?: number;
  pageSize?: number;
  abort: AbortController;
}

/**
 * ```ts
 * private readonly liveUpdates = new LiveController(this, { store: () => this.paging.store, scroller: () => this.body, atTop, scrollToTop });
 * render() { return html`${this.liveUpdates.render()}<div class="grid">…</div>`; }
 * ```
 */
export class LiveController implements ReactiveController {
  /** Why the subscription ended, when it did (it is not retried until the source or query changes). */
  error?: Error;
  /** How the subscription gets changes, once it has said. */
  mode?: LiveMode;
  /** Loaded rows that no longer match the query. */
  private readonly stale = new Set<string>();
  /** Arrivals shown at the top in place, marked as new for a moment. */
  private readonly fresh = new Set<string>();
  private freshTimer?: ReturnType<typeof setTimeout>;
  /** Arrivals not announced yet, and when arrivals were last announced. */
  private unannouncedArrivals = 0;
  private arrivalsAnnouncedAt = -Infinity;
  private arrivalAnnouncement?: ReturnType<typeof setTimeout>;
  /** Arrivals held while the user is scrolled down, oldest first. */
  private readonly held = new Map<string, Conversation>();
  private queue: LiveEvent[] = [];
  private flushTimer?: ReturnType<typeof setTimeout>;
  private subscription?: Subscription;
  private connected = false;

  constructor(
    private readonly host: LiveHost,
    private readonly options: LiveControllerOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.connected = true;
    // Resubscribes on the next update.
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.stop();
    this.clear();
  }

  hostUpdate(): void {
    const { source, live } = this.host;
    const wanted = this.connected && live && source !== undefined;
    if (this.subscription && (!wanted || !this.subscribedToCurrent(this.subscription))) this.stop();
    // A list loading from its first page (new query, refresh) will show what was held or marked.
    if (!this.options.store().started) this.clear();
    else if (wanted && !this.subscription) this.start(source!);
  }

  /** Whether a row arrived at the top a moment ago (marked as new). */
  isFresh(id: string): boolean {
    return this.fresh.has(id);
  }

  /** Whether a loaded row no longer matches the query (it stays until the list reloads). */
  isStale(id: string): boolean {
    return this.stale.has(id);
  }

  /** Arrivals waiting behind the pill (not counting any a page load has shown meanwhile). */
  get pendingCount(): number {
    const store = this.options.store();
    let count = 0;
    for (const id of this.held.keys()) if (store.get(id) === undefined) count += 1;
    return count;
  }

  /**
   * Shows the held arrivals: scrolls to the top and inserts them (or, for a sort that does not put
   * new conversations first, reloads the list).
   */
  showPending(): void {
    if (this.held.size === 0) return;
    if (!this.newestFirst) {
      this.held.clear();
      this.host.refresh();
      return;
    }
    this.options.scrollToTop();
    this.insertHeld();
  }

  /** The live state as text ("Live", "Live (polling)", "Live updates stopped"), or nothing while live is off. */
  renderState(): TemplateResult | typeof nothing {
    if (!this.subscription) return nothing;
    const text = this.error ? this.strings.stopped : this.mode === 'polling' ? this.strings.polling : this.strings.streaming;
    return html`<span class="live-state" part="live-state">${text}</span>`;
  }

  /** The "N new conversations" pill, or nothing. Place it just before the grid. */
  render(): TemplateResult | typeof nothing {
    const count = this.pendingCount;
    if (count === 0) return nothing;
    return html`<div class="live-pill-bar">
      <button type="button" class="live-pill" part="live-pill" dir="auto" @click=${this.onPillClick}>${this.strings.newConversations(this.count(count))}</button>
    </div>`;
  }

  private onPillClick = (): void => {
    this.showPending();
    // The pill is gone: keyboard focus continues in the list, not on the page.
    this.options.scroller()?.focus({ preventScroll: true });
  };

  private get strings(): LiveStrings {
    return this.host.strings.live;
  }

  private count(value: number): Count {
    return counter(this.host.locale)(value);
  }

  private get newestFirst(): boolean {
    const sort = this.host.query.sort ?? this.host.source?.capabilities.defaultSort ?? 'created_desc';
    return NEWEST_FIRST.includes(sort);
  }

  private subscribedToCurrent(subscription: Subscription): boolean {
    const { source, query, pollInterval, pageSize } = this.host;
    return subscription.source === source && subscription.query === query && subscription.pollInterval === pollInterval && subscription.pageSize === pageSize;
  }

  private start(source: LiveDataSource): void {
    const { query, pollInterval, pageSize } = this.host;
    const abort = new AbortController();
    this.subscription = { source, query, pollInterval, pageSize, abort };
    this.error = undefined;
    this.mode = undefined;
    watchConversations(source, query, (event) => this.receive(event, abort.signal), abort.signal, {
      pollIntervalMs: pollInterval,
      pageSize,
      onMode: (mode) => {
        this.mode = mode;
        this.host.requestUpdate();
      },
    });
  }

  private stop(): void {
    this.subscription?.abort.abort();
    this.subscription = undefined;
    this.queue = [];
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
  }

  private clear(): void {
    clearTimeout(this.freshTimer);
    clearTimeout(this.arrivalAnnouncement);
    this.arrivalAnnouncement = undefined;
    this.unannouncedArrivals = 0;
    this.fresh.clear();
    this.held.clear();
    this.stale.clear();
  }

  private receive(event: LiveEvent, signal: AbortSignal): void {
    if (signal.aborted) return;
    // The state shows at once, even before the first page has loaded.
    if (event.type === 'error') {
      this.error = event.error;
      this.host.requestUpdate();
      return;
    }
    this.queue.push(event);
    this.flushTimer ??= setTimeout(() => this.flush(), BATCH_MS);
  }

  /** Applies what arrived: updates in place, holds or inserts arrivals, and says what changed. */
  private flush(): void {
    this.flushTimer = undefined;
    const events = this.queue;
    this.queue = [];
    // Until the first page has loaded, that page shows the latest state anyway.
    if (!this.options.store().started) return;
    const changes: string[] = [];
    let arrivals = 0;
    for (const event of events) {
      if (event.type === 'created') arrivals += this.onCreated(event.conversation);
      else if (event.type === 'updated') this.onUpdated(event.conversation, event.matches, changes);
      else if (event.type === 'reset') return this.reload();
    }
    if (this.held.size > 0 && this.newestFirst && this.options.atTop()) this.markFresh(this.insertHeld());
    this.unannouncedArrivals += arrivals;
    const messages = [this.arrivalMessage(), ...changes.slice(0, MAX_ANNOUNCED_CHANGES)];
    const message = messages.filter(Boolean).join('. ');
    if (message) this.host.announce(message);
    if (events.length > 0) this.host.dispatchEvent(new InboxLiveUpdateEvent(arrivals));
    this.host.requestUpdate();
  }

  /**
   * "N new conversations" when arrivals are due to be announced; within the gap since the last
   * one, nothing now and one announcement of them all once the gap has passed.
   */
  private arrivalMessage(): string {
    if (this.unannouncedArrivals === 0) return '';
    const wait = this.arrivalsAnnouncedAt + ARRIVAL_ANNOUNCE_GAP_MS - performance.now();
    if (wait > 0) {
      this.arrivalAnnouncement ??= setTimeout(() => {
        this.arrivalAnnouncement = undefined;
        const message = this.arrivalMessage();
        if (message) this.host.announce(message);
      }, wait);
      return '';
    }
    this.arrivalsAnnouncedAt = performance.now();
    const count = this.pendingCount || this.unannouncedArrivals;
    this.unannouncedArrivals = 0;
    return this.strings.newConversations(this.count(count));
  }

  /** Holds a conversation new to the list; returns 1 when it is, 0 when it was known. */
  private onCreated(conversation: Conversation): number {
    if (this.options.store().get(conversation.id)) {
      this.host.replaceConversation(conversation);
      return 0;
    }
    const known = this.held.has(conversation.id);
    this.held.set(conversation.id, conversation);
    return known ? 0 : 1;
  }

  private onUpdated(conversation: Conversation, matches: boolean | undefined, changes: string[]): void {
    const { id } = conversation;
    const loaded = this.options.store().get(id);
    if (!loaded) {
      // An arrival not shown yet: keep its latest state, or forget it once it no longer matches.
      if (this.held.has(id)) {
        if (matches === false) this.held.delete(id);
        else this.held.set(id, conversation);
      }
      return;
    }
    this.host.replaceConversation(conversation);
    if (matches === false) this.stale.add(id);
    else if (matches === true) this.stale.delete(id);
    if (conversation.status !== undefined && conversation.status !== loaded.status) {
      changes.push(this.strings.statusChanged(this.host.describe(id), valueLabel(this.host.strings.statuses ?? {}, conversation.status) ?? ''));
    }
  }

  /** Puts the held arrivals, newest first, above the loaded rows; returns them. */
  private insertHeld(): Conversation[] {
    const arrivals = [...this.held.values()].reverse();
    this.held.clear();
    this.options.store().prepend(arrivals);
    this.host.requestUpdate();
    return arrivals;
  }

  /** Marks arrivals the user sees appear as new, for a moment. */
  private markFresh(arrivals: readonly Conversation[]): void {
    for (const conversation of arrivals) this.fresh.add(conversation.id);
    clearTimeout(this.freshTimer);
    this.freshTimer = setTimeout(() => {
      this.fresh.clear();
      this.host.requestUpdate();
    }, FRESH_MS);
  }

  /** Changes were missed: the list starts over (what was held or marked goes with it). */
  private reload(): void {
    this.clear();
    this.host.refresh();
  }
}

/** Styles of the pill; the host adds them to its own. The bar takes no height, so the pill appearing never moves the rows. */
export const liveStyles = css`
  .live-pill-bar {
    position: relative;
    z-index: 2;
    display: flex;
    justify-content: center;
    height: 0;
  }
  .live-pill {
    position: absolute;
    top: calc(var(--inbox-row-height, 44px) + 8px);
    padding: 4px 14px;
    border: 1px solid var(--inbox-accent-color, #1a56db);
    border-radius: 999px;
    background: var(--inbox-accent-color, #1a56db);
    color: var(--inbox-accent-contrast-color, #fff);
    font: inherit;
    font-size: 0.875em;
    box-shadow: 0 2px 8px rgba(0, 0, 0, 0.2);
    cursor: pointer;
  }
  .live-state {
    color: var(--inbox-muted-color, #5f6672);
    font-size: 0.875em;
    white-space: nowrap;
  }
  .live-pill:focus-visible {
    outline: 2px solid var(--inbox-focus-color, #1a56db);
    outline-offset: 2px;
  }
`;
