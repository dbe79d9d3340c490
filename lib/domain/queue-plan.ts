/**
 * Queue-wide decisions, pure: which job runs next, which wait (pause, daily
 * cap), which timed out, what a browser restart means, whether a new message
 * duplicates one already sent or on its way. The runner applies the events
 * returned here through `transition` and writes them before acting.
 */
import { BUSY_STATES, TERMINAL_STATES, type HoldReason, type Job, type JobPersonal, type QueueEvent, type Transport } from './queue';
import { idempotencyKey } from './queue-key';

/** At least this long between two fills: a polite pace for Amazon's pages. */
export const PACE_MS = 5_000;
/** The daily cap counts messages in the last 24 hours (a rolling day never exceeds a calendar one). */
export const CAP_WINDOW_MS = 86_400_000;
export const MAX_TEXT_LENGTH = 4000;

export interface QueueSettings {
  paused: boolean;
  dailyCap: number | null;
  averageDailyOrders: number;
}

export interface NewJob {
  orderId: string;
  marketplaceId: string;
  host: string;
  reason: string;
  text: string;
  transport: Transport;
  autoSubmit: boolean;
}

export function createJob(id: string, input: NewJob, now: number): Job<JobPersonal> {
  return {
    id,
    orderId: input.orderId,
    marketplaceId: input.marketplaceId,
    host: input.host,
    reason: input.reason,
    transport: input.transport,
    idempotencyKey: idempotencyKey(input.orderId, input.reason, input.text),
    state: 'queued',
    attempts: 0,
    createdAt: now,
    updatedAt: now,
    autoSubmit: input.autoSubmit,
    history: [],
    personal: { text: input.text },
  };
}

export type Duplicate = { why: 'sent' | 'live'; jobId: string };

/** The job a new message with this key would duplicate: one sent, or one not finished (failed waits for the seller). */
export function findDuplicate<P>(jobs: readonly Job<P>[], key: string): Duplicate | undefined {
  const same = jobs.filter((j) => j.idempotencyKey === key && j.state !== 'canceled');
  const sent = same.find((j) => j.state === 'sent');
  if (sent) return { why: 'sent', jobId: sent.id };
  const live = same[0];
  return live ? { why: 'live', jobId: live.id } : undefined;
}

/** Amazon's cap for proactive messages: 5 x average daily orders + 600, unless the seller set one. */
export function dailyCapOf(settings: Pick<QueueSettings, 'dailyCap' | 'averageDailyOrders'>): number {
  return settings.dailyCap ?? 5 * settings.averageDailyOrders + 600;
}

/** Messages that count against today's cap: sent in the window, plus those that may be sent right now. */
export function countTowardCap<P>(jobs: readonly Job<P>[], now: number): number {
  return jobs.filter(
    (j) => (j.state === 'sent' && (j.sentAt ?? 0) > now - CAP_WINDOW_MS) || BUSY_STATES.includes(j.state) || j.state === 'needs-check',
  ).length;
}

const byAge = <P>(a: Job<P>, b: Job<P>): number => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const RUNNER_HOLDS: readonly (HoldReason | undefined)[] = ['paused', 'dailyCap'];

export type PlannedEvent = { jobId: string; event: QueueEvent };

/**
 * Holds the runner decides: paused holds every waiting job (and stops a fill
 * at once); otherwise the oldest jobs that fit under the cap are queued and
 * the rest held for 'dailyCap' (never dropped). Other holds are left alone.
 */
export function planHolds<P>(jobs: readonly Job<P>[], settings: QueueSettings, sentToday: number): PlannedEvent[] {
  const events: PlannedEvent[] = [];
  let room = Math.max(0, dailyCapOf(settings) - sentToday);
  const waiting = jobs.filter((j) => j.state === 'queued' || (j.state === 'held' && RUNNER_HOLDS.includes(j.heldFor)));
  for (const job of [...waiting].sort(byAge)) {
    let want: HoldReason | undefined;
    if (settings.paused) want = 'paused';
    else if (room > 0) room -= 1;
    else want = 'dailyCap';
    if (want && (job.state !== 'held' || job.heldFor !== want)) events.push({ jobId: job.id, event: { type: 'hold', reason: want } });
    if (!want && job.state === 'held') events.push({ jobId: job.id, event: { type: 'release' } });
  }
  if (settings.paused) {
    for (const job of jobs) if (job.state === 'filling') events.push({ jobId: job.id, event: { type: 'hold', reason: 'paused' } });
  }
  return events;
}

/** Why nothing may start now, or undefined when the queue is free to start a job. */
export function blockedBy<P>(jobs: readonly Job<P>[], now: number, settings: QueueSettings, sentToday: number): string | undefined {
  if (settings.paused) return 'paused';
  if (jobs.some((j) => BUSY_STATES.includes(j.state))) return 'busy';
  if (jobs.some((j) => j.state === 'held' && j.heldFor === 'signedOut')) return 'signedOut';
  if (sentToday >= dailyCapOf(settings)) return 'dailyCap';
  const lastStart = Math.max(0, ...jobs.map((j) => j.startedAt ?? 0));
  if (now < lastStart + PACE_MS) return 'pace';
  return undefined;
}

/** The job to fill now: the oldest due form job, one at a time, at a polite pace; null if none may start. */
export function nextRunnable<P>(jobs: readonly Job<P>[], now: number, settings: QueueSettings, sentToday: number): Job<P> | null {
  if (blockedBy(jobs, now, settings, sentToday)) return null;
  const due = jobs.filter((j) => j.state === 'queued' && j.transport === 'form' && (j.nextAttemptAt ?? 0) <= now);
  return [...due].sort(byAge)[0] ?? null;
}

/** Deadlines passed: a fill nobody answered is a failed attempt; an unconfirmed submit needs the seller's check. */
export function expire<P>(jobs: readonly Job<P>[], now: number): PlannedEvent[] {
  const events: PlannedEvent[] = [];
  for (const job of jobs) {
    if (job.deadlineAt === undefined || job.deadlineAt > now) continue;
    if (job.state === 'filling') events.push({ jobId: job.id, event: { type: 'transientError', error: { code: 'pageTimeout' } } });
    if (job.state === 'submitting') events.push({ jobId: job.id, event: { type: 'interrupted', error: { code: 'notConfirmed' } } });
  }
  return events;
}

/**
 * The Parley tab is gone (browser restart, tab closed): whatever ran in it
 * stopped. filling -> queued: Parley presses Send only after writing
 * `submitting`, so nothing was submitted. submitting -> needs-check: the press
 * may have happened. awaiting-seller -> needs-check: the seller may have pressed
 * Amazon's Send before the tab went away; Parley never fills it again on its
 * own. (After a mere worker restart the tab lives on and awaiting-seller stays:
 * the page feature still reports the banner.)
 */
export function recover<P>(jobs: readonly Job<P>[], code = 'browserRestart'): PlannedEvent[] {
  return jobs.filter((j) => BUSY_STATES.includes(j.state)).map((j) => ({ jobId: j.id, event: { type: 'interrupted', error: { code } } }));
}

/** When the runner has to look again (backoff ends, pace ends, a deadline, a cap slot frees up). */
export function nextWakeAt<P>(jobs: readonly Job<P>[], now: number): number | undefined {
  const times: number[] = [];
  const lastStart = Math.max(0, ...jobs.map((j) => j.startedAt ?? 0));
  for (const job of jobs) {
    if (job.state === 'queued') times.push(Math.max(job.nextAttemptAt ?? now, lastStart + PACE_MS));
    if (job.deadlineAt !== undefined) times.push(job.deadlineAt);
    if (job.state === 'sent' && job.sentAt !== undefined && job.sentAt + CAP_WINDOW_MS > now && jobs.some((j) => j.heldFor === 'dailyCap'))
      times.push(job.sentAt + CAP_WINDOW_MS);
  }
  const future = times.filter((t) => Number.isFinite(t));
  return future.length ? Math.max(now, Math.min(...future)) : undefined;
}

export const isTerminal = <P>(job: Job<P>): boolean => TERMINAL_STATES.includes(job.state);
