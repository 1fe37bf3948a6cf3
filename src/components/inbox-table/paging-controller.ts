/**
 * Loads pages of the current source and query into a `RowStore`, one request at a time, with
 * @lit/task. A changed source or query aborts what is in flight and starts over; a failed page
 * keeps every row already loaded; an unmounted host aborts its request (Task does not do that).
 */
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { InboxError, isAbortError } from '../../data/errors.js';
import { RowStore } from '../../data/row-store.js';
import type { InboxDataSource, InboxQuery } from '../../data/types.js';

export interface PagingHost extends ReactiveControllerHost {
  source?: InboxDataSource;
  query: InboxQuery;
  pageSize?: number;
}

export interface PageLoaded {
  added: number;
  first: boolean;
}

export class PagingController implements ReactiveController {
  readonly store = new RowStore();
  /** The last failure, cleared when a retry starts; never an abort. */
  error?: InboxError | Error;
  private requestedPages = 0;
  private generation = 0;
  private disconnected = new AbortController();
  private readonly task: Task<[InboxDataSource | undefined, InboxQuery, number, number], void>;

  constructor(
    private readonly host: PagingHost,
    private readonly onLoaded: (loaded: PageLoaded) => void,
    private readonly onFailed: (error: InboxError | Error) => void,
  ) {
    host.addController(this);
    this.task = new Task(host, {
      // The generation makes a refresh of the same query a new run.
      args: () => [host.source, host.query, this.requestedPages, this.generation],
      task: ([source, query, pages], { signal }) => this.load(source, query, pages, signal),
      onError: (error) => {
        if (isAbortError(error)) return;
        this.error = error instanceof Error ? error : new Error(String(error));
        this.onFailed(this.error);
      },
    });
  }

  hostConnected(): void {
    this.disconnected = new AbortController();
    // A request cut short by unmounting starts again when the host comes back.
    if (this.requestedPages > this.store.pagesLoaded && !this.error) void this.task.run();
  }

  hostDisconnected(): void {
    this.disconnected.abort();
  }

  /** Whether a page request is under way. */
  get loading(): boolean {
    return this.task.status === TaskStatus.PENDING && this.requestedPages > this.store.pagesLoaded;
  }

  /** Starts over for a new source or query. Call before the host's update renders. */
  reset(): void {
    this.generation += 1;
    this.store.reset();
    this.error = undefined;
    this.requestedPages = this.host.source ? 1 : 0;
  }

  /** Asks for the next page unless one is loading, the list has ended or the last page failed. */
  loadMore(): void {
    if (!this.host.source || this.loading || this.store.done || this.error) return;
    if (this.requestedPages > this.store.pagesLoaded) return;
    this.requestedPages = this.store.pagesLoaded + 1;
    this.host.requestUpdate();
  }

  /** Tries the failed page again. */
  retry(): void {
    if (!this.error) return;
    this.error = undefined;
    void this.task.run();
    this.host.requestUpdate();
  }

  private async load(source: InboxDataSource | undefined, query: InboxQuery, pages: number, taskSignal: AbortSignal): Promise<void> {
    if (!source || pages <= this.store.pagesLoaded) return;
    const generation = this.generation;
    const signal = AbortSignal.any([taskSignal, this.disconnected.signal]);
    const page = await source.fetchPage({
      query,
      continuation: this.store.started ? this.store.next : undefined,
      pageSize: this.host.pageSize,
      signal,
    });
    // A response that outlived its query never reaches the screen.
    if (generation !== this.generation || signal.aborted) return;
    const first = !this.store.started;
    const added = this.store.append(page);
    this.onLoaded({ added, first });
  }
}
