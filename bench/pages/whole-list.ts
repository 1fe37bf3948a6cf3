import type { InboxDataSource, Page } from '../../src/data/types.js';

/**
 * A source answering the first request with the whole list, so `<inbox-table>` holds every
 * conversation at once, as the peers do. The memory source serves at most `maxPageSize` (1,000)
 * rows a request whatever `pageSize` says, so this walks its pages inside one `fetchPage`.
 */
export function wholeList(source: InboxDataSource): InboxDataSource {
  return {
    ...source,
    capabilities: { ...source.capabilities, maxPageSize: Number.MAX_SAFE_INTEGER },
    async fetchPage(request): Promise<Page> {
      const items = [];
      let continuation = request.continuation;
      for (;;) {
        const page = await source.fetchPage({ ...request, continuation, pageSize: source.capabilities.maxPageSize });
        items.push(...page.items);
        if (page.next === null) return { items, next: null, total: page.total };
        continuation = page.next;
      }
    },
  };
}
