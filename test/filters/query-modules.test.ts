/** The pure modules behind the filters: URL form, storage, draft parsing and capability checks. */
import { expect } from '@open-wc/testing';
import { ANYREACH_CAPABILITIES } from '../../src/data/anyreach.js';
import { AVOCA_CAPABILITIES } from '../../src/data/avoca.js';
import { initialSelection, readStoredSelection, storeSelection } from '../../src/data/query-storage.js';
import { replaceSelectionInSearch, selectionFromParams, selectionToParams, type FilterSelection } from '../../src/data/query-url.js';
import { draftFromSelection, parseDraft, supportedSelection, type DraftContext } from '../../src/data/query-validation.js';
import type { InboxQuery } from '../../src/data/types.js';
import { DEFAULT_FILTER_STRINGS } from '../../src/components/inbox-filters/filter-strings.js';

const context = { now: new Date('2026-03-08T15:00:00Z'), timeZone: 'America/New_York' };
const draftContext: DraftContext = {
  ...context,
  labels: { duration: 'Duration', userTurns: 'User turns', date: 'Date' },
  messages: DEFAULT_FILTER_STRINGS.errors,
};

const everything: InboxQuery = {
  search: 'water & "heater"',
  callerId: '+1 415',
  direction: 'outbound',
  channels: ['phone', 'email'],
  status: 'completed',
  agentId: 'agt_1',
  agentVersionId: 'ver_2',
  webWidgetId: 'ww_3',
  agentNumber: '+1415',
  campaign: 'Promo "50% off" & more',
  customMetadata: { crm_id: 'x=1&y=2' },
  durationMin: 0,
  durationMax: 600,
  userTurnsMin: 1,
  userTurnsMax: 9,
  createdAfter: '2026-03-01T05:00:00.000Z',
  createdBefore: '2026-03-09T03:59:59.999Z',
  assigneeId: 'user_1',
  customerId: 'cust_1',
  tags: ['needs callback', 'électricité'],
  priority: 'urgent',
  sort: 'created_asc',
};

describe('query-url', () => {
  it('round-trips every query field through URL parameters', () => {
    const params = new URLSearchParams(selectionToParams({ query: everything }));
    expect(selectionFromParams(params, context)).to.deep.equal({ query: everything });
  });

  it('stores a date preset by name and recomputes it when read', () => {
    const pairs = selectionToParams({ query: { createdAfter: 'x', createdBefore: 'y', status: 'open' }, datePreset: 'today' });
    expect(pairs).to.deep.equal([
      ['inbox_status', 'open'],
      ['inbox_date', 'today'],
    ]);
    expect(selectionFromParams(new URLSearchParams(pairs), context)).to.deep.equal({
      query: { status: 'open', createdAfter: '2026-03-08T05:00:00.000Z', createdBefore: '2026-03-09T03:59:59.999Z' },
      datePreset: 'today',
    });
  });

  it('reads only parameters with its prefix, and nothing when none has it', () => {
    expect(selectionFromParams(new URLSearchParams('status=open&page=2'), context)).to.equal(undefined);
    expect(selectionFromParams(new URLSearchParams('status=x&crm_status=open'), context, 'crm_')).to.deep.equal({ query: { status: 'open' } });
  });

  it('drops malformed values', () => {
    const params = new URLSearchParams(
      'inbox_direction=up&inbox_channel=fax&inbox_duration_min=-1&inbox_duration_max=1e3&inbox_after=soon&inbox_metadata=[1]&inbox_priority=meh&inbox_sort=random&inbox_date=tomorrow&inbox_q=%20%20',
    );
    expect(selectionFromParams(params, context)).to.deep.equal({ query: {} });
  });

  it('replaces only its own parameters and keeps the host’s exactly as written', () => {
    const search = '?a=1&inbox_status=old&b=x+y%20z&broken=%E0%A4%A&inbox_q=old';
    expect(replaceSelectionInSearch(search, { query: { status: 'new value', tags: ['a&b'] } })).to.equal('?a=1&b=x+y%20z&broken=%E0%A4%A&inbox_status=new%20value&inbox_tags=a%26b');
    expect(replaceSelectionInSearch('?inbox_status=old', { query: {} })).to.equal('');
    expect(replaceSelectionInSearch('', { query: { search: 'é' } })).to.equal('?inbox_q=%C3%A9');
  });
});

describe('query-storage', () => {
  it('keeps one entry per organization, and the URL wins over it', () => {
    const storage = new Map<string, string>();
    const fake = {
      getItem: (key: string) => storage.get(key) ?? null,
      setItem: (key: string, value: string) => void storage.set(key, value),
    } as Storage;
    storeSelection('avoca:ws_a', { query: { status: 'open' } }, fake);
    storeSelection('avoca:ws_b', { query: {} }, fake);
    expect(readStoredSelection('avoca:ws_a', context, fake)).to.deep.equal({ query: { status: 'open' } });
    expect(readStoredSelection('avoca:ws_b', context, fake)).to.deep.equal({ query: {} });
    expect(readStoredSelection('avoca:ws_c', context, fake)).to.equal(undefined);
    const fromUrl: FilterSelection = { query: { status: 'resolved' } };
    expect(initialSelection(fromUrl, { query: { status: 'open' } }, { query: {} })).to.equal(fromUrl);
    expect(initialSelection(undefined, undefined, { query: { priority: 'low' } })).to.deep.equal({ query: { priority: 'low' } });
  });

  it('ignores storage that throws', () => {
    const blocked = {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(() => storeSelection('x', { query: { status: 'open' } }, blocked)).to.not.throw();
    expect(readStoredSelection('x', context, blocked)).to.equal(undefined);
  });
});

describe('query-validation', () => {
  it('turns a draft into the query it shows, and back', () => {
    const selection: FilterSelection = { query: everything };
    const draft = draftFromSelection(selection, context.timeZone);
    expect(draft.dateFrom).to.equal('2026-03-01');
    expect(draft.dateTo).to.equal('2026-03-08');
    expect(draft.tags).to.equal('needs callback, électricité');
    expect(parseDraft(draft, selection, draftContext)).to.deep.equal({ selection });
  });

  it('keeps a host’s exact instants while their days are unchanged, and recomputes changed ones', () => {
    const base: FilterSelection = { query: { createdAfter: '2026-03-02T10:37:00.000Z', createdBefore: '2026-03-05T12:00:00.000Z' } };
    const draft = draftFromSelection(base, context.timeZone);
    expect(parseDraft(draft, base, draftContext).selection?.query).to.deep.equal(base.query);
    const moved = parseDraft({ ...draft, dateTo: '2026-03-08' }, base, draftContext).selection?.query;
    expect(moved).to.deep.equal({ createdAfter: '2026-03-02T10:37:00.000Z', createdBefore: '2026-03-09T03:59:59.999Z' });
  });

  it('explains every invalid group and gives no query', () => {
    const draft = { ...draftFromSelection({ query: {} }), durationMin: '10', durationMax: '5', userTurnsMin: 'many', date: 'custom' as const, dateFrom: '2026-03-05', dateTo: '2026-03-04' };
    expect(parseDraft(draft, { query: {} }, draftContext)).to.deep.equal({
      errors: {
        duration: { message: 'Duration: the minimum is larger than the maximum.', fields: ['durationMin', 'durationMax'] },
        userTurns: { message: 'User turns: enter a whole number of 0 or more.', fields: ['userTurnsMin'] },
        date: { message: 'Date: the range ends before it starts.', fields: ['dateFrom', 'dateTo'] },
      },
    });
  });

  it('keeps only what a source supports', () => {
    expect(supportedSelection({ query: everything }, ANYREACH_CAPABILITIES).query).to.deep.equal({
      callerId: '+1 415',
      direction: 'outbound',
      status: 'completed',
      agentId: 'agt_1',
      agentVersionId: 'ver_2',
      webWidgetId: 'ww_3',
      agentNumber: '+1415',
      campaign: 'Promo "50% off" & more',
      customMetadata: { crm_id: 'x=1&y=2' },
      durationMin: 0,
      durationMax: 600,
      userTurnsMin: 1,
      userTurnsMax: 9,
      createdAfter: '2026-03-01T05:00:00.000Z',
      createdBefore: '2026-03-09T03:59:59.999Z',
    });
    expect(supportedSelection({ query: { status: 'token_created', channels: ['text'] } }, ANYREACH_CAPABILITIES).query).to.deep.equal({ channels: ['text'] });
    expect(supportedSelection({ query: { ...everything, status: 'completed' }, datePreset: 'today' }, AVOCA_CAPABILITIES)).to.deep.equal({
      query: {
        search: 'water & "heater"',
        channels: ['phone', 'email'],
        createdAfter: '2026-03-01T05:00:00.000Z',
        createdBefore: '2026-03-09T03:59:59.999Z',
        assigneeId: 'user_1',
        customerId: 'cust_1',
        tags: ['needs callback', 'électricité'],
        priority: 'urgent',
        sort: 'created_asc',
      },
      datePreset: 'today',
    });
  });
});
