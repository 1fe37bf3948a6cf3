/**
 * Every page a source has for a query, in order: what the CSV export and the table's "all
 * matching" bulk actions both walk. Pages are as large as the source allows.
 */
import { InboxError } from './errors.js';
import { throwIfAborted } from './http.js';
import type { Continuation, InboxDataSource, InboxQuery, Page } from './types.js';
import { pageLimit } from './walk.js';

export async function* allPages(
  source: InboxDataSource,
  query: InboxQuery,
  { pageSize, signal }: { pageSize?: number; signal?: AbortSignal } = {},
): AsyncGenerator<Page, void, undefined> {
  const maxPageSize = source.capabilities.maxPageSize;
  const size = pageLimit(pageSize, maxPageSize, maxPageSize);
  let continuation: Continuation | undefined;
  for (;;) {
    const page = await source.fetchPage({ query, continuation, pageSize: size, signal });
    // A host's source may ignore the signal; nothing after an abort may continue.
    throwIfAborted(signal);
    yield page;
    if (page.next === null) return;
    // A source that answers the same page again would be walked forever.
    if (page.next === continuation) throw new InboxError('bad_response', 'The data source keeps answering with the same page.');
    continuation = page.next;
  }
}
