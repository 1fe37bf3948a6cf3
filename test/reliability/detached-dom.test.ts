/**
 * No detached DOM: unmounted tables, and the rows of queries the user left, are garbage
 * collected, and the heap stays within a generous bound. Page script cannot force a collection,
 * so this file needs the `collect-garbage` command of test/reliability/gc-plugin.mjs in the
 * runner's plugins.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { InboxTable } from '../../src/components/inbox-table/inbox-table.js';
import type { InboxQuery } from '../../src/data/types.js';
import { renderedRows } from '../table/helpers.js';
import { guarded, openPopovers, pause, ServerSession, until } from './harness.js';

/** Heap growth tolerated after everything was let go: far above noise, far below 200 tables' worth. */
const HEAP_BOUND_BYTES = 8 * 1024 * 1024;

/** A full garbage collection; the JS heap in use afterwards. */
async function collectGarbage(): Promise<number> {
  const { usedHeapBytes } = await executeServerCommand<{ usedHeapBytes: number }, undefined>('collect-garbage');
  return usedHeapBytes;
}

function alive(refs: readonly WeakRef<object>[]): number {
  return refs.filter((ref) => ref.deref() !== undefined).length;
}

describe('reliability: no detached DOM', () => {
  it('200 unmounted tables and every row they rendered are garbage collected; the heap returns near its start', guarded(async () => {
    const server = new ServerSession('rel-gc-mounts');
    await server.control({ count: 150, seed: 5 });
    const source = server.anyreach();
    // Half the tables are unmounted while their first page is on its way, from a slow session.
    const slowServer = new ServerSession('rel-gc-mounts-slow');
    await slowServer.control({ count: 150, seed: 5, latencyMs: 1000 });
    const slowSource = slowServer.anyreach();
    const container = document.createElement('div');
    container.style.cssText = 'width: 900px; height: 480px';
    document.body.append(container);
    const tables: WeakRef<InboxTable>[] = [];
    const rows: WeakRef<Element>[] = [];
    const cycle = async (n: number) => {
      const table = document.createElement('inbox-table');
      table.source = n % 2 === 1 ? slowSource : source;
      table.columns = ['callerId', 'summary', 'date'];
      container.append(table);
      tables.push(new WeakRef(table));
      if (n % 2 === 1) {
        await table.updateComplete;
        await pause(20);
        table.remove();
        return;
      }
      await until(() => renderedRows(table).length > 0, 'rows rendered');
      renderedRows(table)[0].querySelector<HTMLElement>('.c-summary[data-tooltip]')?.focus();
      rows.push(...renderedRows(table).map((row) => new WeakRef(row)));
      table.remove();
    };
    try {
      await cycle(0);
      await pause(300);
      const before = await collectGarbage();
      for (let n = 1; n < 200; n += 1) await cycle(n);
      // Past the tooltip's hide delay and the slow session's latency.
      await pause(1200);
      const after = await collectGarbage();
      expect(openPopovers()).to.have.length(0);
      expect(tables).to.have.length(200);
      expect(alive(tables), 'unmounted tables still in memory').to.equal(0);
      expect(alive(rows), 'their rows still in memory').to.equal(0);
      expect(after - before, 'heap growth in bytes').to.be.below(HEAP_BOUND_BYTES);
    } finally {
      container.remove();
    }
  })).timeout(120_000);

  it('after 1,000 query changes only the rows of the current query remain in memory', guarded(async () => {
    const server = new ServerSession('rel-gc-queries');
    await server.control({ count: 300, seed: 2 });
    const container = document.createElement('div');
    container.style.cssText = 'width: 900px; height: 480px';
    document.body.append(container);
    const table = document.createElement('inbox-table');
    table.source = server.avoca({ pageSize: 50 });
    table.columns = ['customer', 'status', 'summary'];
    container.append(table);
    const queries: InboxQuery[] = [{ status: 'open' }, { status: 'pending' }, { channels: ['email'] }, { search: 'water' }, { priority: 'urgent' }];
    const superseded: WeakRef<Element>[] = [];
    try {
      await until(() => renderedRows(table).length > 0, 'rows rendered');
      const before = await collectGarbage();
      for (let change = 1; change <= 1000; change += 1) {
        table.query = { ...queries[change % queries.length] };
        await table.updateComplete;
        if (change % 100 === 0) {
          await until(() => table.rows.length > 0, 'rows of the query');
          superseded.push(...renderedRows(table).map((row) => new WeakRef(row)));
        }
      }
      table.query = { status: 'resolved' };
      await until(() => table.rows.length > 0 && table.rows.every((row) => row.status === 'resolved'), 'final rows');
      await pause(300);
      const after = await collectGarbage();
      expect(alive(superseded), 'rows of superseded queries still in memory').to.equal(0);
      expect(after - before, 'heap growth in bytes').to.be.below(HEAP_BOUND_BYTES);
    } finally {
      container.remove();
    }
  })).timeout(120_000);
});
