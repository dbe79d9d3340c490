/**
 * The send queue's state machine: one job is one message to one order. Pure:
 * `transition(job, event, now)` returns the next job or says why not; it never
 * reads a clock or storage. Semantics: ../../../shared/DESIGN.md ("Send queue").
 *
 *   held -> queued -> filling -> awaiting-seller (hand-over, default) -> sent
 *                             -> submitting (opt-in)                   -> sent
 *   ... -> failed | needs-check | canceled
 *
 * At most once: Parley presses Amazon's Send only in `submitting`, which is
 * written before the press; a job whose submit may have happened but was not
 * confirmed goes to `needs-check` and nothing but the seller moves it back.
 */
import type { FileMeta } from './attachments';
export const JOB_STATES = [
  'held',
  'queued',
  'filling',
  'awaiting-seller',
  'submitting',
  'sent',
  'failed',
  'needs-check',
  'canceled',
] as const;
export type JobState = (typeof JOB_STATES)[number];

/** Why a job waits: paused by the seller, the daily cap, an unapproved email sender, signed out of Seller Central. */
export const HOLD_REASONS = ['paused', 'dailyCap', 'senderNotApproved', 'signedOut'] as const;
export type HoldReason = (typeof HOLD_REASONS)[number];

export const TRANSPORTS = ['form', 'email'] as const;
export type Transport = (typeof TRANSPORTS)[number];

export interface JobError {
  /** Stable code the UI localises (queueError_<code>). */
  code: string;
  /** The page's own words, when the page said something (shown as text). */
  message?: string;
}

/** Everything personal about a job, in one field so the store can seal it as a whole. */
export interface JobPersonal {
  text: string;
  /** Email transport (issue 6, lib/background/email-handoff.ts): subject, the seller's sender address, the buyer's relay address. */
  subject?: string;
  from?: string;
  to?: string;
  /** Files going with a form message (the bytes are in the file store, owned by the job). */
  files?: FileMeta[];
}

export interface HistoryEntry {
  at: number;
  event: QueueEvent['type'];
  from: JobState;
  to: JobState;
  code?: string;
}

/** P is what `personal` holds: plain text in memory, a sealed value at rest. */
export interface Job<P = JobPersonal> {
  id: string;
  orderId: string;
  marketplaceId: string;
  host: string;
  reason: string;
  transport: Transport;
  /** order + reason + hash of the normalised text (queue-key.ts). */
  idempotencyKey: string;
  state: JobState;
  heldFor?: HoldReason;
  /** Fill attempts started; reset when the seller retries or re-queues. */
  attempts: number;
  createdAt: number;
  updatedAt: number;
  /** Not before this time (backoff). */
  nextAttemptAt?: number;
  /** filling / submitting must be reported by then. */
  deadlineAt?: number;
  /** Last time a fill started (the runner's polite pace). */
  startedAt?: number;
  sentAt?: number;
  lastError?: JobError;
  /** Press Amazon's Send after filling (the seller's explicit opt-in for this message). */
  autoSubmit: boolean;
  history: HistoryEntry[];
  personal: P;
}

export type QueueEvent =
  | { type: 'hold'; reason: HoldReason }
  | { type: 'release' }
  | { type: 'startFill' }
  /** With `note`: the seller must finish the form (e.g. choose the reason), the note says why. */
  | { type: 'formFilled'; note?: JobError }
  | { type: 'submitStarted' }
  | { type: 'confirmedSent' }
  | { type: 'pageError'; error: JobError }
  | { type: 'transientError'; error: JobError }
  | { type: 'interrupted'; error: JobError }
  | { type: 'sellerConfirmedSent' }
  | { type: 'requeue' }
  | { type: 'cancel' }
  | { type: 'retry' }
  // Email transport (issue 6): the compose window was opened with the message; Parley's part is done.
  | { type: 'handedToEmail' };
export type EventType = QueueEvent['type'];

export const EVENT_TYPES: readonly EventType[] = [
  'hold',
  'release',
  'startFill',
  'formFilled',
  'submitStarted',
  'confirmedSent',
  'pageError',
  'transientError',
  'interrupted',
  'sellerConfirmedSent',
  'requeue',
  'cancel',
  'retry',
  'handedToEmail',
];

/** Waits after failed attempts 1, 2, 3; the 4th failure is final. */
export const RETRY_DELAYS_MS = [30_000, 120_000, 600_000] as const;
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;
/** The page must answer a fill within this, or the attempt counts as failed. */
export const FILL_TIMEOUT_MS = 45_000;
/** After Parley pressed Send, the success banner must show within this, else needs-check. */
export const SUBMIT_TIMEOUT_MS = 60_000;
export const HISTORY_LIMIT = 20;

export const TERMINAL_STATES: readonly JobState[] = ['sent', 'canceled'];
/** States in which the one Parley tab belongs to the job. */
export const BUSY_STATES: readonly JobState[] = ['filling', 'awaiting-seller', 'submitting'];
const CANCELABLE: readonly JobState[] = ['held', 'queued', 'filling', 'awaiting-seller', 'failed', 'needs-check'];

export type TransitionResult<P> = { ok: true; job: Job<P> } | { ok: false; why: string };

const no = (why: string) => ({ ok: false as const, why });

/** The next state of a job, or why the event is refused in its state. */
export function transition<P>(job: Job<P>, event: QueueEvent, now: number): TransitionResult<P> {
  const s = job.state;
  const to = (state: JobState, patch: Partial<Job<P>> = {}): TransitionResult<P> => {
    const code = 'error' in event ? event.error.code : event.type === 'hold' ? event.reason : undefined;
    const entry: HistoryEntry = { at: now, event: event.type, from: s, to: state, ...(code ? { code } : {}) };
    const next: Job<P> = { ...job, ...patch, state, updatedAt: now, history: [...job.history, entry].slice(-HISTORY_LIMIT) };
    if (state !== 'held') delete next.heldFor;
    if (state !== 'filling' && state !== 'submitting') delete next.deadlineAt;
    // Absent, not undefined: what is stored is exactly what is read back.
    for (const key of Object.keys(next) as (keyof Job<P>)[]) if (next[key] === undefined) delete next[key];
    return { ok: true, job: next };
  };
  const fresh = { attempts: 0, nextAttemptAt: undefined, lastError: undefined };

  switch (event.type) {
    case 'hold':
      if (s === 'queued') return to('held', { heldFor: event.reason });
      if (s === 'held') return job.heldFor === event.reason ? no('already-held') : to('held', { heldFor: event.reason });
      // Nothing was pressed in filling: stopping here gives the attempt back.
      if (s === 'filling' && (event.reason === 'paused' || event.reason === 'signedOut'))
        return to('held', { heldFor: event.reason, attempts: Math.max(0, job.attempts - 1) });
      return no('not-waiting');
    case 'release':
      return s === 'held' ? to('queued', { nextAttemptAt: undefined }) : no('not-held');
    case 'startFill':
      if (s !== 'queued') return no('not-queued');
      if (job.transport !== 'form') return no('not-form');
      if ((job.nextAttemptAt ?? 0) > now) return no('not-due');
      if (job.attempts >= MAX_ATTEMPTS) return no('no-attempts-left');
      return to('filling', { attempts: job.attempts + 1, startedAt: now, deadlineAt: now + FILL_TIMEOUT_MS, nextAttemptAt: undefined });
    case 'formFilled':
      return s === 'filling' ? to('awaiting-seller', event.note ? { lastError: event.note } : {}) : no('not-filling');
    case 'submitStarted':
      if (s !== 'filling') return no('not-filling');
      if (!job.autoSubmit) return no('not-opted-in');
      return to('submitting', { deadlineAt: now + SUBMIT_TIMEOUT_MS });
    case 'confirmedSent':
      // The page's own success banner is the truth, even after Parley gave up waiting.
      return s === 'awaiting-seller' || s === 'submitting' || s === 'needs-check'
        ? to('sent', { sentAt: now, lastError: undefined })
        : no('nothing-to-confirm');
    case 'pageError':
      return s === 'filling' || s === 'awaiting-seller' || s === 'submitting'
        ? to('failed', { lastError: event.error })
        : no('not-on-page');
    case 'transientError':
      if (s !== 'filling') return no('not-filling');
      return retryOrFail(job, event.error, now, to);
    case 'interrupted':
      if (s === 'filling') return retryOrFail(job, event.error, now, to, 0);
      if (s === 'awaiting-seller' || s === 'submitting') return to('needs-check', { lastError: event.error });
      return no('not-running');
    case 'sellerConfirmedSent':
      return s === 'awaiting-seller' || s === 'needs-check' ? to('sent', { sentAt: now, lastError: undefined }) : no('nothing-to-confirm');
    case 'requeue':
      return s === 'needs-check' ? to('queued', fresh) : no('not-needs-check');
    case 'cancel':
      return CANCELABLE.includes(s) ? to('canceled') : no(s === 'submitting' ? 'submitting' : 'finished');
    case 'retry':
      if (s === 'failed') return to('queued', fresh);
      if (s === 'held' && job.heldFor === 'signedOut') return to('queued', { nextAttemptAt: undefined });
      return no('not-failed');
    case 'handedToEmail':
      // An email job never fills a form: once its compose window is open it counts as sent (outcome "handed to email").
      if (s !== 'queued') return no('not-queued');
      return job.transport === 'email' ? to('sent', { sentAt: now, lastError: undefined }) : no('not-email');
  }
}

/** A failed attempt (nothing was submitted): wait and try again, or give up after MAX_ATTEMPTS. */
function retryOrFail<P>(
  job: Job<P>,
  error: JobError,
  now: number,
  to: (state: JobState, patch?: Partial<Job<P>>) => TransitionResult<P>,
  delay: number | undefined = RETRY_DELAYS_MS[job.attempts - 1],
): TransitionResult<P> {
  if (job.attempts >= MAX_ATTEMPTS || delay === undefined) return to('failed', { lastError: error });
  return to('queued', { lastError: error, nextAttemptAt: now + delay });
}

/** What the seller can do with a job (buttons in the queue view), each mapped to its event. */
export const SELLER_ACTIONS = {
  retry: { type: 'retry' },
  cancel: { type: 'cancel' },
  confirmSent: { type: 'sellerConfirmedSent' },
  requeue: { type: 'requeue' },
} as const satisfies Record<string, QueueEvent>;
export type SellerAction = keyof typeof SELLER_ACTIONS;

export function actionsFor<P>(job: Job<P>, now: number): SellerAction[] {
  return (Object.keys(SELLER_ACTIONS) as SellerAction[]).filter((a) => transition(job, SELLER_ACTIONS[a], now).ok);
}

/** Jobs the toolbar badge counts: the seller has to look at them. */
export function needsSeller<P>(job: Job<P>): boolean {
  if (job.state === 'held') return job.heldFor === 'signedOut' || job.heldFor === 'senderNotApproved';
  // A released email job waits for the seller to open it in the mail client (issue 6).
  if (job.state === 'queued' && job.transport === 'email') return true;
  return job.state === 'awaiting-seller' || job.state === 'needs-check' || job.state === 'failed';
}
