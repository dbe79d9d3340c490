import { describe, expect, it } from 'vitest';
import {
  addRecords,
  contactedWhen,
  contactMarks,
  deliveredReasons,
  lastContactFor,
  missingRecords,
  outcomeOf,
  recordFromJob,
  recordsFor,
  type ContactRecord,
  type FinishedJob,
} from '@/lib/domain/history';
import { clampRetention, jobExpired, purgeByAge, purgeRecordMap, retentionCutoff, DAY_MS } from '@/lib/domain/retention';

const T = Date.UTC(2026, 2, 20, 12);
const job = (id: string, over: Partial<FinishedJob> = {}): FinishedJob => ({
  id,
  orderId: '111-1111111-1111111',
  marketplaceId: 'ATVPDKIKX0DER',
  reason: 'confirmOrderDetails',
  transport: 'form',
  state: 'sent',
  updatedAt: T,
  sentAt: T,
  ...over,
});
const rec = (id: string, over: Partial<FinishedJob> = {}): ContactRecord<string> => recordFromJob(job(id, over), 'sealed')!;

describe('history records', () => {
  it.each([
    ['sent', 'form', 'sent'],
    ['sent', 'email', 'handedToEmail'],
    ['failed', 'form', 'failed'],
    ['canceled', 'form', undefined],
    ['queued', 'email', undefined],
    ['needs-check', 'form', undefined],
  ] as const)('%s by %s -> %s', (state, transport, outcome) => {
    expect(outcomeOf({ state, transport })).toBe(outcome);
  });

  it('makes one record per job outcome; adding it twice changes nothing', () => {
    const r = recordFromJob(job('j1', { transport: 'email' }), { text: 'hello' }, 'seller@shop.example');
    expect(r).toEqual({
      id: 'j1:handedToEmail',
      jobId: 'j1',
      orderId: '111-1111111-1111111',
      marketplaceId: 'ATVPDKIKX0DER',
      reason: 'confirmOrderDetails',
      transport: 'email',
      outcome: 'handedToEmail',
      at: T,
      from: 'seller@shop.example',
      personal: { text: 'hello' },
    });
    const once = addRecords([], [r!, r!]);
    expect(once).toHaveLength(1);
    expect(addRecords(once, [r!])).toEqual(once);
    expect(recordFromJob(job('j2', { state: 'queued' }), 'x')).toBeUndefined();
  });

  it('keeps the newest records within the limit, oldest first', () => {
    const list = addRecords([], [rec('c', { sentAt: T + 3 }), rec('a', { sentAt: T + 1 }), rec('b', { sentAt: T + 2 })], 2);
    expect(list.map((r) => r.jobId)).toEqual(['b', 'c']);
  });

  it('finds finished jobs that have no record yet (worker stopped between writes)', () => {
    const list = [rec('a')];
    const jobs = [job('a'), job('b'), job('c', { state: 'queued' }), job('d', { state: 'failed' })];
    expect(missingRecords(jobs, list).map((j) => j.id)).toEqual(['b', 'd']);
  });

  it('answers per order: records, delivered reasons, last contact', () => {
    const list = [
      rec('a', { sentAt: T - 5000 }),
      rec('b', { reason: 'unexpectedProblem', sentAt: T - 1000 }),
      rec('c', { state: 'failed', reason: 'invoice', updatedAt: T }),
      rec('d', { orderId: '222-2222222-2222222' }),
    ];
    expect(recordsFor(list, '111-1111111-1111111').map((r) => r.jobId)).toEqual(['c', 'b', 'a']);
    expect(deliveredReasons(list, '111-1111111-1111111')).toEqual(['confirmOrderDetails', 'unexpectedProblem']);
    expect(lastContactFor(list, '111-1111111-1111111')?.jobId).toBe('b');
    expect(lastContactFor(list, '111-1111111-1111111', 'confirmOrderDetails')?.jobId).toBe('a');
    expect(lastContactFor(list, '111-1111111-1111111', 'invoice')).toBeUndefined();
  });

  it('marks only the asked orders, only delivered messages, only a time', () => {
    const list = [
      rec('a', { sentAt: T - 10 }),
      rec('b', { sentAt: T }),
      rec('c', { orderId: '222-2222222-2222222', state: 'failed' }),
      rec('d', { orderId: '333-3333333-3333333' }),
    ];
    expect(contactMarks(list, ['111-1111111-1111111', '222-2222222-2222222'])).toEqual({ '111-1111111-1111111': T });
  });

  it.each([
    [T - 20_000, 'en', 'now'],
    [T - 5 * 60_000, 'en', '5 minutes ago'],
    [T - 3 * 3_600_000, 'en', '3 hours ago'],
    [T - DAY_MS, 'en', 'yesterday'],
    [T - 3 * DAY_MS, 'en', '3 days ago'],
    [T - 3 * DAY_MS, 'zh-CN', '3天前'],
    [Date.UTC(2026, 1, 2, 12), 'en', 'Feb 2, 2026'],
    [T + DAY_MS, 'en', 'Mar 21, 2026'],
  ])('contacted %s in %s: %s', (at, locale, text) => {
    expect(contactedWhen(at, T, locale)).toBe(text);
  });
});

describe('retention', () => {
  it.each([
    [undefined, 30],
    [Number.NaN, 30],
    [0, 1],
    [7.9, 7],
    [31, 30],
  ])('clamps %s days to %s', (days, expected) => {
    expect(clampRetention(days)).toBe(expected);
  });

  it('purges what is older than the cutoff, keeps the rest', () => {
    const items = [{ at: T - 31 * DAY_MS }, { at: T - 30 * DAY_MS }, { at: T - 29 * DAY_MS }, { at: T }];
    expect(retentionCutoff(T, 30)).toBe(T - 30 * DAY_MS);
    expect(purgeByAge(items, (i) => i.at, T, 30)).toEqual({ kept: items.slice(1), purged: 1 });
    expect(purgeByAge(items, (i) => i.at, T, 1)).toEqual({ kept: [{ at: T }], purged: 3 });
  });

  it.each([
    ['sent', 31, true],
    ['canceled', 31, true],
    ['failed', 31, true],
    ['held', 31, true],
    ['needs-check', 31, true],
    ['filling', 31, false],
    ['awaiting-seller', 60, false],
    ['submitting', 31, false],
    ['sent', 29, false],
  ])('a %s job last changed %i days ago expires: %s', (state, days, expired) => {
    expect(jobExpired({ state, updatedAt: T - days * DAY_MS }, T, 30)).toBe(expired);
  });

  it('purges a record map by updatedAt', () => {
    const map = { a: { updatedAt: T - 8 * DAY_MS }, b: { updatedAt: T - DAY_MS } };
    expect(purgeRecordMap(map, T, 7)).toEqual({ kept: { b: map.b }, purged: 1 });
  });
});
