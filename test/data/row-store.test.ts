import { expect } from '@open-wc/testing';
import { RowStore } from '../../src/data/row-store.js';
import { RowWindow, WINDOW_ROWS } from '../../src/components/inbox-table/row-window.js';
import { makeConversation } from '../fixtures/conversations.js';
import type { Conversation, Page } from '../../src/data/types.js';

const PAGE = 100;

function page(index: number, next: number | null = index + 1): Page {
  return { items: Array.from({ length: PAGE }, (_, row) => makeConversation(index * PAGE + row)), next };
}

/**
 * Counts the array elements every copying or iterating array operation goes through while `run`
 * runs (`slice`, `concat`, `Array.from`, spreading and `for…of`): a deterministic measure of the
 * work, where a time would depend on the machine.
 */
function elementsCopied(run: () => void): number {
  const proto = Array.prototype as unknown as Record<PropertyKey, (...args: unknown[]) => unknown>;
  const originals = { slice: proto.slice!, concat: proto.concat!, iterator: proto[Symbol.iterator]!, from: Array.from };
  let count = 0;
  proto.slice = function (this: unknown[], ...args: unknown[]) {
    const result = originals.slice.apply(this, args) as unknown[];
    count += result.length;
    return result;
  };
  proto.concat = function (this: unknown[], ...args: unknown[]) {
    const result = originals.concat.apply(this, args) as unknown[];
    count += result.length;
    return result;
  };
  proto[Symbol.iterator] = function (this: unknown[]) {
    count += this.length;
    return originals.iterator.call(this);
  };
  Array.from = ((items: ArrayLike<unknown>, ...rest: []) => {
    count += items.length ?? 0;
    return originals.from(items, ...rest);
  }) as typeof Array.from;
  try {
    run();
  } finally {
    proto.slice = originals.slice;
    proto.concat = originals.concat;
    proto[Symbol.iterator] = originals.iterator;
    Array.from = originals.from;
  }
  return count;
}

describe('RowStore.append', () => {
  it('costs O(page): elements copied per appended row stay the same from 10 to 1,000 pages', () => {
    const perRow = (pages: number) => {
      const pagesToAppend = Array.from({ length: pages }, (_, index) => page(index));
      const store = new RowStore();
      const copied = elementsCopied(() => pagesToAppend.forEach((next) => store.append(next)));
      expect(store.rows.length).to.equal(pages * PAGE);
      return copied / (pages * PAGE);
    };
    const few = perRow(10);
    const many = perRow(1000);
    // Copying the loaded rows on every page makes this about 500 for 1,000 pages, 5 for 10.
    expect(many, `elements copied per row: ${few} for 10 pages, ${many} for 1,000`).to.be.at.most(Math.max(few, 1) * 1.1);
  });

  it('gives rows a new identity and revision on every change, holding every row in order', () => {
    const store = new RowStore();
    store.append(page(0));
    const first = store.rows;
    const firstRevision = store.revision;
    store.append(page(1));
    expect(store.rows).to.not.equal(first);
    expect(store.revision).to.not.equal(firstRevision);
    expect(store.rows.map((row) => row.id)).to.deep.equal(Array.from({ length: 2 * PAGE }, (_, index) => makeConversation(index).id));
    const second = store.rows;
    store.replace(makeConversation(3, { status: 'failed' }));
    expect(store.rows, 'a replaced row: a new identity too').to.not.equal(second);
    expect(store.rows[3]!.status).to.equal('failed');
    expect(store.rows).to.have.length(2 * PAGE);
  });

  it('updates a repeated row where it is and keeps paging state', () => {
    const store = new RowStore();
    store.append({ items: [makeConversation(0), makeConversation(1)], next: 'c2', total: 3 });
    const added = store.append({ items: [makeConversation(1, { status: 'failed' }), makeConversation(2)], next: null });
    expect(added).to.equal(1);
    expect(store.rows.map((row) => row.id)).to.deep.equal([makeConversation(0).id, makeConversation(1).id, makeConversation(2).id]);
    expect(store.get(makeConversation(1).id)!.status).to.equal('failed');
    expect(store.indexOf(makeConversation(2).id)).to.equal(2);
    expect(store.total).to.equal(3);
    expect(store.done).to.equal(true);
    expect(store.pagesLoaded).to.equal(2);
  });

  it('feeds the row window past its size: the window shows the loaded rows it covers', () => {
    const store = new RowStore();
    const pages = WINDOW_ROWS / PAGE + 5;
    for (let index = 0; index < pages; index += 1) store.append(page(index));
    const rowWindow = new RowWindow<Conversation>();
    rowWindow.reveal(store.rows.length - 1, store.rows.length);
    const items = rowWindow.items(store.rows, store.revision);
    expect(items).to.have.length(WINDOW_ROWS);
    expect(items[items.length - 1]!.id).to.equal(makeConversation(pages * PAGE - 1).id);
    expect(items[0]!.id).to.equal(makeConversation(rowWindow.start).id);
  });
});
