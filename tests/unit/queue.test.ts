import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  actionsFor,
  FILL_TIMEOUT_MS,
  HISTORY_LIMIT,
  JOB_STATES,
  MAX_ATTEMPTS,
  needsSeller,
  SUBMIT_TIMEOUT_MS,
  transition,
  type EventType,
  type Job,
  type JobState,
  type QueueEvent,
} from '@/lib/domain/queue';
import { jobIn, T0 } from './queue-fixtures';

const EVENTS: Record<EventType, QueueEvent> = {
  hold: { type: 'hold', reason: 'paused' },
  release: { type: 'release' },
  startFill: { type: 'startFill' },
  formFilled: { type: 'formFilled' },
  submitStarted: { type: 'submitStarted' },
  confirmedSent: { type: 'confirmedSent' },
  pageError: { type: 'pageError', error: { code: 'pageError', message: 'Something went wrong' } },
  transientError: { type: 'transientError', error: { code: 'pageTimeout' } },
  interrupted: { type: 'interrupted', error: { code: 'tabClosed' } },
  sellerConfirmedSent: { type: 'sellerConfirmedSent' },
  requeue: { type: 'requeue' },
  cancel: { type: 'cancel' },
  retry: { type: 'retry' },
  handedToEmail: { type: 'handedToEmail' },
};

// Every state x every event: the target state, or "!why" for a refusal.
// Columns follow EVENTS' order. held = held for the daily cap; filling has attempts 1 and opted in.
const TABLE: Record<JobState, string[]> = {
  //                hold      release   startFill  formFilled        submitStarted  confirmedSent  pageError  transientError interrupted    sellerConfirmed   requeue   cancel      retry  handedToEmail
  held: [
    'held',
    'queued',
    '!not-queued',
    '!not-filling',
    '!not-filling',
    '!nothing-to-confirm',
    '!not-on-page',
    '!not-filling',
    '!not-running',
    '!nothing-to-confirm',
    '!not-needs-check',
    'canceled',
    '!not-failed',
    '!not-queued',
  ],
  queued: [
    'held',
    '!not-held',
    'filling',
    '!not-filling',
    '!not-filling',
    '!nothing-to-confirm',
    '!not-on-page',
    '!not-filling',
    '!not-running',
    '!nothing-to-confirm',
    '!not-needs-check',
    'canceled',
    '!not-failed',
    '!not-email',
  ],
  filling: [
    'held',
    '!not-held',
    '!not-queued',
    'awaiting-seller',
    'submitting',
    '!nothing-to-confirm',
    'failed',
    'queued',
    'queued',
    '!nothing-to-confirm',
    '!not-needs-check',
    'canceled',
    '!not-failed',
    '!not-queued',
  ],
  'awaiting-seller': [
    '!not-waiting',
    '!not-held',
    '!not-queued',
    '!not-filling',
    '!not-filling',
    'sent',
    'failed',
    '!not-filling',
    'needs-check',
    'sent',
    '!not-needs-check',
    'canceled',
    '!not-failed',
    '!not-queued',
  ],
  submitting: [
    '!not-waiting',
    '!not-held',
    '!not-queued',
    '!not-filling',
    '!not-filling',
    'sent',
    'failed',
    '!not-filling',
    'needs-check',
    '!nothing-to-confirm',
    '!not-needs-check',
    '!submitting',
    '!not-failed',
    '!not-queued',
  ],
  sent: [
    '!not-waiting',
    '!not-held',
    '!not-queued',
    '!not-filling',
    '!not-filling',
    '!nothing-to-confirm',
    '!not-on-page',
    '!not-filling',
    '!not-running',
    '!nothing-to-confirm',
    '!not-needs-check',
    '!finished',
    '!not-failed',
    '!not-queued',
  ],
  failed: [
    '!not-waiting',
    '!not-held',
    '!not-queued',
    '!not-filling',
    '!not-filling',
    '!nothing-to-confirm',
    '!not-on-page',
    '!not-filling',
    '!not-running',
    '!nothing-to-confirm',
    '!not-needs-check',
    'canceled',
    'queued',
    '!not-queued',
  ],
  'needs-check': [
    '!not-waiting',
    '!not-held',
    '!not-queued',
    '!not-filling',
    '!not-filling',
    'sent',
    '!not-on-page',
    '!not-filling',
    '!not-running',
    'sent',
    'queued',
    'canceled',
    '!not-failed',
    '!not-queued',
  ],
  canceled: [
    '!not-waiting',
    '!not-held',
    '!not-queued',
    '!not-filling',
    '!not-filling',
    '!nothing-to-confirm',
    '!not-on-page',
    '!not-filling',
    '!not-running',
    '!nothing-to-confirm',
    '!not-needs-check',
    '!finished',
    '!not-failed',
    '!not-queued',
  ],
};

const cases = JOB_STATES.flatMap((state) =>
  (Object.keys(EVENTS) as EventType[]).map((event, i) => ({ state, event, expected: TABLE[state][i]! })),
);

describe('transition: every state x every event', () => {
  it('the table covers every state and event', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...JOB_STATES].sort());
    for (const row of Object.values(TABLE)) expect(row).toHaveLength(Object.keys(EVENTS).length);
  });

  it.each(cases)('$state + $event -> $expected', ({ state, event, expected }) => {
    const job = jobIn(state);
    const result = transition(job, EVENTS[event], T0 + 1000);
    if (expected.startsWith('!')) {
      expect(result).toEqual({ ok: false, why: expected.slice(1) });
    } else {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.job.state).toBe(expected);
      expect(result.job.updatedAt).toBe(T0 + 1000);
      expect(result.job.history.at(-1)).toMatchObject({ at: T0 + 1000, event, from: state, to: expected });
      // The input is never mutated: the store keeps the old value until the write succeeds.
      expect(job.state).toBe(state);
    }
  });
});

const apply = (job: Job, event: QueueEvent, now: number): Job => {
  const result = transition(job, event, now);
  if (!result.ok) throw new Error(`refused: ${result.why}`);
  return result.job;
};

describe('guards', () => {
  it.each([
    ['hold for the same reason', jobIn('held', { heldFor: 'paused' }), { type: 'hold', reason: 'paused' }, 'already-held'],
    ['hold a fill for the daily cap', jobIn('filling'), { type: 'hold', reason: 'dailyCap' }, 'not-waiting'],
    ['hold a fill for an unapproved sender', jobIn('filling'), { type: 'hold', reason: 'senderNotApproved' }, 'not-waiting'],
    ['start an email job', jobIn('queued', { transport: 'email' }), { type: 'startFill' }, 'not-form'],
    ['start before the backoff ends', jobIn('queued', { nextAttemptAt: T0 + 2000 }), { type: 'startFill' }, 'not-due'],
    ['start with no attempts left', jobIn('queued', { attempts: MAX_ATTEMPTS }), { type: 'startFill' }, 'no-attempts-left'],
    ['submit without the opt-in', jobIn('filling', { autoSubmit: false }), { type: 'submitStarted' }, 'not-opted-in'],
    ['retry a job held for pause', jobIn('held', { heldFor: 'paused' }), { type: 'retry' }, 'not-failed'],
  ] as const)('refuses to %s', (_name, job, event, why) => {
    expect(transition(job, event as QueueEvent, T0 + 1000)).toEqual({ ok: false, why });
  });

  it.each([
    [
      'a held job changes its hold reason',
      jobIn('held', { heldFor: 'dailyCap' }),
      { type: 'hold', reason: 'paused' },
      { state: 'held', heldFor: 'paused' },
    ],
    [
      'pause stops a fill and gives its attempt back',
      jobIn('filling'),
      { type: 'hold', reason: 'paused' },
      { state: 'held', heldFor: 'paused', attempts: 0 },
    ],
    [
      'the sign-in page holds a fill',
      jobIn('filling'),
      { type: 'hold', reason: 'signedOut' },
      { state: 'held', heldFor: 'signedOut', attempts: 0 },
    ],
    [
      'retry frees a job held for sign-in',
      jobIn('held', { heldFor: 'signedOut' }),
      { type: 'retry' },
      { state: 'queued', heldFor: undefined },
    ],
    [
      'start exactly when the backoff ends',
      jobIn('queued', { nextAttemptAt: T0 + 1000, attempts: 1 }),
      { type: 'startFill' },
      { state: 'filling', attempts: 2, startedAt: T0 + 1000, deadlineAt: T0 + 1000 + FILL_TIMEOUT_MS },
    ],
    [
      'submitting gets its own deadline',
      jobIn('filling'),
      { type: 'submitStarted' },
      { state: 'submitting', deadlineAt: T0 + 1000 + SUBMIT_TIMEOUT_MS },
    ],
    ['hand-over clears the fill deadline', jobIn('filling'), { type: 'formFilled' }, { state: 'awaiting-seller', deadlineAt: undefined }],
    [
      'the banner records when it was sent',
      jobIn('submitting', { lastError: { code: 'x' } }),
      { type: 'confirmedSent' },
      { state: 'sent', sentAt: T0 + 1000, lastError: undefined, deadlineAt: undefined },
    ],
    [
      'a page error keeps the page words',
      jobIn('awaiting-seller'),
      { type: 'pageError', error: { code: 'sendFailed', message: 'We could not send' } },
      { state: 'failed', lastError: { code: 'sendFailed', message: 'We could not send' } },
    ],
    [
      'an interrupted submit needs a check',
      jobIn('submitting'),
      { type: 'interrupted', error: { code: 'notConfirmed' } },
      { state: 'needs-check', lastError: { code: 'notConfirmed' } },
    ],
    [
      'an interrupted fill runs again at once',
      jobIn('filling'),
      { type: 'interrupted', error: { code: 'workerRestart' } },
      { state: 'queued', nextAttemptAt: T0 + 1000, attempts: 1 },
    ],
    [
      'an interrupted last attempt fails',
      jobIn('filling', { attempts: MAX_ATTEMPTS }),
      { type: 'interrupted', error: { code: 'tabClosed' } },
      { state: 'failed', lastError: { code: 'tabClosed' } },
    ],
    [
      're-queue starts the attempts afresh',
      jobIn('needs-check', { attempts: 3, lastError: { code: 'notConfirmed' } }),
      { type: 'requeue' },
      { state: 'queued', attempts: 0, lastError: undefined },
    ],
    [
      'retry starts the attempts afresh',
      jobIn('failed', { attempts: 4, nextAttemptAt: T0 + 9e6 }),
      { type: 'retry' },
      { state: 'queued', attempts: 0, nextAttemptAt: undefined },
    ],
  ] as const)('%s', (_name, job, event, expected) => {
    const result = transition(job, event as QueueEvent, T0 + 1000);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const [key, value] of Object.entries(expected)) expect(result.job[key as keyof Job], key).toEqual(value);
    if ('heldFor' in expected && expected.heldFor === undefined) expect(result.job).not.toHaveProperty('heldFor');
  });

  it('keeps only the last HISTORY_LIMIT transitions', () => {
    let job = jobIn('queued');
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) {
      job = apply(job, { type: 'hold', reason: i % 2 ? 'paused' : 'dailyCap' }, T0 + i);
      job = apply(job, { type: 'release' }, T0 + i);
    }
    expect(job.history).toHaveLength(HISTORY_LIMIT);
    expect(job.history.at(-1)).toMatchObject({ event: 'release', at: T0 + HISTORY_LIMIT + 4 });
    expect(job.history[0]).toMatchObject({ code: expect.any(String) });
  });
});

describe('backoff with fake timers', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T0);
  });
  afterEach(() => vi.useRealTimers());

  it('waits 30 s, 2 min, 10 min between attempts, then fails with the last reason', () => {
    let job = jobIn('queued');
    const waits: number[] = [];
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      job = apply(job, { type: 'startFill' }, Date.now());
      expect(job.attempts).toBe(attempt);
      job = apply(job, { type: 'transientError', error: { code: 'pageTimeout' } }, Date.now());
      if (job.state === 'failed') break;
      const wait = job.nextAttemptAt! - Date.now();
      waits.push(wait);
      vi.advanceTimersByTime(wait - 1);
      expect(transition(job, { type: 'startFill' }, Date.now())).toEqual({ ok: false, why: 'not-due' });
      vi.advanceTimersByTime(1);
    }
    expect(waits).toEqual([30_000, 120_000, 600_000]);
    expect(job).toMatchObject({ state: 'failed', attempts: MAX_ATTEMPTS, lastError: { code: 'pageTimeout' } });
  });
});

describe('what the seller sees', () => {
  it.each([
    ['held', {}, ['cancel'], false],
    ['held', { heldFor: 'signedOut' }, ['retry', 'cancel'], true],
    ['held', { heldFor: 'senderNotApproved' }, ['cancel'], true],
    ['queued', {}, ['cancel'], false],
    ['filling', {}, ['cancel'], false],
    ['awaiting-seller', {}, ['cancel', 'confirmSent'], true],
    ['submitting', {}, [], false],
    ['sent', {}, [], false],
    ['failed', {}, ['retry', 'cancel'], true],
    ['needs-check', {}, ['cancel', 'confirmSent', 'requeue'], true],
    ['canceled', {}, [], false],
  ] as const)('%s %o offers %o; badge %s', (state, patch, actions, badge) => {
    const job = jobIn(state, patch as Partial<Job>);
    expect(actionsFor(job, T0)).toEqual(actions);
    expect(needsSeller(job)).toBe(badge);
  });
});
