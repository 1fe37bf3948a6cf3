/**
 * The counts of `<inbox-views>`: for a source that reports totals, each view's total, read with
 * the smallest page the API serves and cached. A count is read again on a live change (forced),
 * otherwise at most once a minute; a source without totals gets no number at all.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { queryKey } from '../../data/views.js';
import type { InboxDataSource, InboxQuery } from '../../data/types.js';

/** How long a count is fresh enough not to be read again without a live change. */
export const COUNT_MAX_AGE_MS = 60_000;

export interface ViewCountsOptions {
  source: () => InboxDataSource | undefined;
  queries: () => readonly InboxQuery[];
  now: () => number;
}

interface CachedCount {
  total?: number;
  readAt: number;
  loading?: AbortController;
}

export class ViewCountsController implements ReactiveController {
  /** Per source id, then per query. */
  private readonly cache = new Map<string, Map<string, CachedCount>>();
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ViewCountsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.timer = setInterval(() => this.refresh(), COUNT_MAX_AGE_MS);
    document.addEventListener('visibilitychange', this.onVisibility);
    this.refresh();
  }

  hostDisconnected(): void {
    clearInterval(this.timer);
    document.removeEventListener('visibilitychange', this.onVisibility);
    for (const counts of this.cache.values()) for (const entry of counts.values()) entry.loading?.abort();
    this.cache.clear();
  }

  hostUpdate(): void {
    // New views (or a new source) are counted at once; known ones keep their cached count.
    this.refresh();
  }

  private readonly onVisibility = (): void => {
    if (document.visibilityState === 'visible') this.refresh();
  };

  /** The total of `query`'s view, when known. */
  get(query: InboxQuery): number | undefined {
    const source = this.options.source();
    return source ? this.cache.get(source.id)?.get(queryKey(query))?.total : undefined;
  }

  /** Reads the counts older than a minute (all of them with `force`), skipping those being read. */
  refresh({ force = false }: { force?: boolean } = {}): void {
    const source = this.options.source();
    if (!source?.capabilities.knowsTotal || document.visibilityState === 'hidden') return;
    let counts = this.cache.get(source.id);
    if (!counts) this.cache.set(source.id, (counts = new Map()));
    const now = this.options.now();
    for (const query of this.options.queries()) {
      const key = queryKey(query);
      const cached = counts.get(key);
      if (cached?.loading) continue;
      if (cached && !force && now - cached.readAt < COUNT_MAX_AGE_MS) continue;
      this.read(source, query, counts, key, cached?.total);
    }
  }

  private read(source: InboxDataSource, query: InboxQuery, counts: Map<string, CachedCount>, key: string, previous: number | undefined): void {
    const loading = new AbortController();
    const entry: CachedCount = { total: previous, readAt: this.options.now(), loading };
    counts.set(key, entry);
    source.fetchPage({ query, pageSize: 1, signal: loading.signal }).then(
      (page) => {
        entry.total = page.total;
        entry.loading = undefined;
        this.host.requestUpdate();
      },
      // A failed count keeps its last number (or none); it is read again after a minute or a live change.
      () => {
        entry.loading = undefined;
      },
    );
  }
}
