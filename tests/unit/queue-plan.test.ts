import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { transition, type Job, type JobState } from '@/lib/domain/queue';
import {
  blockedBy,
  CAP_WINDOW_MS,
  countTowardCap,
  createJob,
  dailyCapOf,
  expire,
  findDuplicate,
  nextRunnable,
  nextWakeAt,
  PACE_MS,
  planHolds,
  recover,
  type PlannedEvent,
  type QueueSettings,
} from '@/lib/domain/queue-plan';
import { jobIn, T0 } from './queue-fixtures';

const SETTINGS: QueueSettings = { paused: false, dailyCap: null, averageDailyOrders: 0 };
const j = (id: string, state: JobState, patch: Partial<Job> = {}) =>
  jobIn(state, { id, createdAt: T0 + Number(id.replace(/\D/g, '') || 0), ...patch });
const applyAll = (jobs: Job[], events: PlannedEvent[], now: number): Job[] =>
  jobs.map((job) =>
    events
      .filter((e) => e.jobId === job.id)
      .reduce((acc, e) => {
        const r = transition(acc, e.event, now);
        if (!r.ok) throw new Error(`${e.event.type} refused: ${r.why}`);
        return r.job;
      }, job),
  );

describe('dailyCapOf', () => {
  it.each([
    [{ dailyCap: null, averageDailyOrders: 0 }, 600],
    [{ dailyCap: null, averageDailyOrders: 40 }, 800],
    [{ dailyCap: 3, averageDailyOrders: 40 }, 3],
  ])('%o -> %i', (settings, cap) => expect(dailyCapOf(settings)).toBe(cap));
});

describe('createJob and duplicates', () => {
  const input = {
    orderId: '112-1234567-1234567',
    marketplaceId: 'ATVPDKIKX0DER',
    host: 'sellercentral.amazon.com',
    reason: 'invoice',
    text: ' Hi  there ',
    transport: 'form' as const,
    autoSubmit: false,
  };

  it('starts queued, with the text only in personal', () => {
    const job = createJob('a', input, T0);
    expect(job).toMatchObject({ id: 'a', state: 'queued', attempts: 0, createdAt: T0, personal: { text: ' Hi  there ' } });
    expect(job.idempotencyKey).toMatch(/^112-1234567-1234567\|invoice\|[0-9a-f]{16}$/);
    expect(JSON.stringify({ ...job, personal: undefined })).not.toContain('Hi');
  });

  it.each([
    ['sent', 'sent'],
    ['queued', 'live'],
    ['needs-check', 'live'],
    ['failed', 'live'],
    ['awaiting-seller', 'live'],
    ['canceled', undefined],
  ] as const)('a same-key job in %s -> %s', (state, why) => {
    const key = createJob('new', input, T0).idempotencyKey;
    const jobs = [j('x1', 'queued', { idempotencyKey: 'other' }), j('x2', state, { idempotencyKey: key })];
    expect(findDuplicate(jobs, key)).toEqual(why ? { why, jobId: 'x2' } : undefined);
  });

  it('prefers naming the sent one when both exist', () => {
    const jobs = [j('x1', 'queued', { idempotencyKey: 'k' }), j('x2', 'sent', { idempotencyKey: 'k' })];
    expect(findDuplicate(jobs, 'k')).toEqual({ why: 'sent', jobId: 'x2' });
  });
});

describe('planHolds', () => {
  it('pause holds every waiting job and stops a fill at once; resume releases them', () => {
    const jobs = [
      j('1', 'queued'),
      j('2', 'held', { heldFor: 'dailyCap' }),
      j('3', 'filling'),
      j('4', 'awaiting-seller'),
      j('5', 'held', { heldFor: 'signedOut' }),
    ];
    const paused = planHolds(jobs, { ...SETTINGS, paused: true }, 0);
    expect(paused).toEqual([
      { jobId: '1', event: { type: 'hold', reason: 'paused' } },
      { jobId: '2', event: { type: 'hold', reason: 'paused' } },
      { jobId: '3', event: { type: 'hold', reason: 'paused' } },
    ]);
    const after = applyAll(jobs, paused, T0);
    expect(planHolds(after, { ...SETTINGS, paused: true }, 0)).toEqual([]);
    expect(planHolds(after, SETTINGS, 0).map((e) => [e.jobId, e.event.type])).toEqual([
      ['1', 'release'],
      ['2', 'release'],
      ['3', 'release'],
    ]);
  });

  it('holds what does not fit under the cap, oldest first, and never drops a job', () => {
    const jobs = [j('3', 'queued'), j('1', 'queued'), j('2', 'queued'), j('4', 'held', { heldFor: 'dailyCap' })];
    const events = planHolds(jobs, { ...SETTINGS, dailyCap: 3 }, 1);
    expect(events).toEqual([{ jobId: '3', event: { type: 'hold', reason: 'dailyCap' } }]);
    expect(applyAll(jobs, events, T0).map((x) => x.state)).toEqual(['held', 'queued', 'queued', 'held']);
  });

  it('leaves holds it did not make (signed out, sender not approved)', () => {
    const jobs = [j('1', 'held', { heldFor: 'signedOut' }), j('2', 'held', { heldFor: 'senderNotApproved' })];
    expect(planHolds(jobs, SETTINGS, 0)).toEqual([]);
    expect(planHolds(jobs, { ...SETTINGS, paused: true }, 0)).toEqual([]);
  });
});

describe('daily cap over a day, with fake timers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  it('holds the third job for a day, then releases it', () => {
    const settings = { ...SETTINGS, dailyCap: 2 };
    let jobs = [j('1', 'sent', { sentAt: Date.now() - 3_600_000 }), j('2', 'sent', { sentAt: Date.now() }), j('3', 'queued')];
    let sentToday = countTowardCap(jobs, Date.now());
    expect(sentToday).toBe(2);
    jobs = applyAll(jobs, planHolds(jobs, settings, sentToday), Date.now());
    expect(jobs[2]).toMatchObject({ state: 'held', heldFor: 'dailyCap' });
    expect(nextRunnable(jobs, Date.now(), settings, sentToday)).toBeNull();
    expect(nextWakeAt(jobs, Date.now())).toBe(T0 - 3_600_000 + CAP_WINDOW_MS);

    vi.advanceTimersByTime(CAP_WINDOW_MS - 3_600_000 - 1);
    expect(countTowardCap(jobs, Date.now())).toBe(2);
    vi.advanceTimersByTime(1);
    sentToday = countTowardCap(jobs, Date.now());
    expect(sentToday).toBe(1);
    jobs = applyAll(jobs, planHolds(jobs, settings, sentToday), Date.now());
    expect(jobs[2]!.state).toBe('queued');
    expect(nextRunnable(jobs, Date.now(), settings, sentToday)?.id).toBe('3');
  });

  it('counts jobs in flight and unconfirmed ones against the cap', () => {
    const jobs = [
      j('1', 'filling'),
      j('2', 'awaiting-seller'),
      j('3', 'submitting'),
      j('4', 'needs-check'),
      j('5', 'failed'),
      j('6', 'queued'),
      j('7', 'canceled'),
    ];
    expect(countTowardCap(jobs, Date.now())).toBe(4);
  });
});

describe('nextRunnable', () => {
  const now = T0 + 60_000;
  it.each([
    ['the oldest due form job', [j('2', 'queued'), j('1', 'queued'), j('0', 'queued', { transport: 'email' })], SETTINGS, 0, '1'],
    ['a job whose backoff has ended', [j('1', 'queued', { nextAttemptAt: now })], SETTINGS, 0, '1'],
    ['nothing while paused', [j('1', 'queued')], { ...SETTINGS, paused: true }, 0, null],
    ['nothing while a job fills', [j('1', 'queued'), j('2', 'filling')], SETTINGS, 0, null],
    ['nothing while the seller has the form', [j('1', 'queued'), j('2', 'awaiting-seller')], SETTINGS, 0, null],
    ['nothing while submitting', [j('1', 'queued'), j('2', 'submitting')], SETTINGS, 0, null],
    ['nothing while signed out', [j('1', 'queued'), j('2', 'held', { heldFor: 'signedOut' })], SETTINGS, 0, null],
    ['nothing at the cap', [j('1', 'queued')], { ...SETTINGS, dailyCap: 1 }, 1, null],
    ['nothing before the backoff ends', [j('1', 'queued', { nextAttemptAt: now + 1 })], SETTINGS, 0, null],
    ['nothing within the pace of the last start', [j('1', 'queued'), j('2', 'sent', { startedAt: now - PACE_MS + 1 })], SETTINGS, 0, null],
    ['a job once the pace has passed', [j('1', 'queued'), j('2', 'sent', { startedAt: now - PACE_MS })], SETTINGS, 0, '1'],
    ['nothing held, failed or needing a check', [j('1', 'held'), j('2', 'failed'), j('3', 'needs-check')], SETTINGS, 0, null],
  ] as const)('%s', (_name, jobs, settings, sentToday, expected) => {
    expect(nextRunnable(jobs as readonly Job[], now, settings, sentToday)?.id ?? null).toBe(expected);
  });

  it('says why it is blocked', () => {
    expect(blockedBy([j('1', 'filling')], now, SETTINGS, 0)).toBe('busy');
    expect(blockedBy([], now, SETTINGS, 0)).toBeUndefined();
  });
});

describe('expire and recover', () => {
  it('a fill past its deadline is a failed attempt; an unconfirmed submit needs a check', () => {
    const jobs = [
      j('1', 'filling', { deadlineAt: T0 }),
      j('2', 'submitting', { deadlineAt: T0 }),
      j('3', 'filling', { deadlineAt: T0 + 1 }),
      j('4', 'awaiting-seller'),
    ];
    const events = expire(jobs, T0);
    expect(events).toEqual([
      { jobId: '1', event: { type: 'transientError', error: { code: 'pageTimeout' } } },
      { jobId: '2', event: { type: 'interrupted', error: { code: 'notConfirmed' } } },
    ]);
    expect(applyAll(jobs, events, T0).map((x) => x.state)).toEqual(['queued', 'needs-check', 'filling', 'awaiting-seller']);
  });

  it('after a browser restart: filling runs again, submitting and awaiting-seller need a check, nothing is re-sent', () => {
    const states: JobState[] = ['held', 'queued', 'filling', 'awaiting-seller', 'submitting', 'sent', 'failed', 'needs-check', 'canceled'];
    const jobs = states.map((s, i) => j(String(i), s));
    const after = applyAll(jobs, recover(jobs), T0);
    expect(after.map((x) => x.state)).toEqual([
      'held',
      'queued',
      'queued',
      'needs-check',
      'needs-check',
      'sent',
      'failed',
      'needs-check',
      'canceled',
    ]);
    expect(after[4]!.lastError).toEqual({ code: 'browserRestart' });
  });
});

describe('nextWakeAt', () => {
  it('is the earliest of backoff end, pace end and deadlines; undefined when idle', () => {
    expect(nextWakeAt([j('1', 'sent')], T0)).toBeUndefined();
    expect(nextWakeAt([j('1', 'queued', { nextAttemptAt: T0 + 30_000 }), j('2', 'filling', { deadlineAt: T0 + 20_000 })], T0)).toBe(
      T0 + 20_000,
    );
    expect(nextWakeAt([j('1', 'queued'), j('2', 'sent', { startedAt: T0 - 1000 })], T0)).toBe(T0 - 1000 + PACE_MS);
    expect(nextWakeAt([j('1', 'queued', { nextAttemptAt: T0 - 5 })], T0)).toBe(T0);
  });
});
