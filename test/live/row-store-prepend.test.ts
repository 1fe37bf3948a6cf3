import { expect } from '@open-wc/testing';
import { RowStore } from '../../src/data/row-store.js';
import { makeConversation, makeConversations } from '../fixtures/conversations.js';

const ids = (store: RowStore) => store.rows.map((row) => row.id);

describe('RowStore.prepend (live arrivals)', () => {
  it('puts new conversations, newest first, before the loaded rows and grows a known total', () => {
    const store = new RowStore();
    store.append({ items: makeConversations(3, (index) => ({ id: `old_${index}` })), next: 'p2', total: 10 });
    const added = store.prepend([makeConversation(0, { id: 'new_b' }), makeConversation(1, { id: 'new_a' })]);
    expect(added).to.equal(2);
    expect(ids(store)).to.deep.equal(['new_b', 'new_a', 'old_0', 'old_1', 'old_2']);
    expect(store.total).to.equal(12);
    expect(store.next, 'paging goes on where it was').to.equal('p2');
    expect(store.indexOf('old_0')).to.equal(2);
    expect(store.get('new_a')!.id).to.equal('new_a');
  });

  it('updates rows already loaded in place instead of adding them twice', () => {
    const store = new RowStore();
    store.append({ items: makeConversations(3, (index) => ({ id: `c${index}` })), next: null });
    const before = store.rows;
    const added = store.prepend([makeConversation(9, { id: 'c1', status: 'in_progress' }), makeConversation(8, { id: 'c9' }), makeConversation(7, { id: 'c9' })]);
    expect(added).to.equal(1);
    expect(ids(store)).to.deep.equal(['c9', 'c0', 'c1', 'c2']);
    expect(store.get('c1')!.status).to.equal('in_progress');
    expect(store.total, 'an unknown total stays unknown').to.equal(undefined);
    expect(store.rows, 'rows are replaced, never mutated').to.not.equal(before);
  });

  it('never duplicates a row that a later page serves again', () => {
    const store = new RowStore();
    store.append({ items: makeConversations(2, (index) => ({ id: `c${index}` })), next: 'p2' });
    store.prepend([makeConversation(0, { id: 'live_1' })]);
    // An offset page shifted by the arrival repeats c1 and serves live_1 again.
    const added = store.append({ items: [makeConversation(1, { id: 'c1' }), makeConversation(0, { id: 'live_1' }), makeConversation(5, { id: 'c2' })], next: null });
    expect(added).to.equal(1);
    expect(ids(store)).to.deep.equal(['live_1', 'c0', 'c1', 'c2']);
    expect(store.prepend([]), 'nothing to add').to.equal(0);
  });
});
