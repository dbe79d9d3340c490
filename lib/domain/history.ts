/**
 * Contact history: per order, when Parley delivered which message, for which
 * reason, which way, with what outcome. A record is written when a queue job
 * reaches `sent` (form, or handed to the seller's mail client) or `failed`.
 * Pure: the background keeps the list, sealing `personal` at rest.
 *
 * What leaves the background: to content scripts only "contacted at" times of
 * the order ids they asked about (contactMarks); the message texts only to
 * Parley's own pages.
 */
import { dateFormat, relativeTimeFormat } from './intl-formats';
import type { Transport } from './queue';

export const OUTCOMES = ['sent', 'handedToEmail', 'failed'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** Outcomes that count as "the buyer was contacted". */
const DELIVERED: readonly Outcome[] = ['sent', 'handedToEmail'];
export const isDelivered = (outcome: Outcome): boolean => DELIVERED.includes(outcome);

/** Buyer data of a record, sealed at rest. */
export interface ContactPersonal {
  text: string;
  buyerName?: string;
  /** The relay address the mail went to (email). */
  to?: string;
  subject?: string;
  /** Files that went with the message: name, size and SHA-256 only (the bytes are deleted once sent). */
  files?: { name: string; size: number; sha256: string }[];
}

export interface ContactRecord<P = ContactPersonal> {
  /** `{jobId}:{outcome}`: recording the same outcome of a job twice changes nothing. */
  id: string;
  jobId: string;
  orderId: string;
  marketplaceId: string;
  reason: string;
  transport: Transport;
  outcome: Outcome;
  at: number;
  /** The sender address (email); the seller's own, not buyer data. */
  from?: string;
  personal: P;
}

/** Records kept at most; the oldest go first (retention purges by age long before). */
export const CONTACT_HISTORY_LIMIT = 2000;

/** The job fields a record is made from (lib/domain/queue.ts's Job). */
export interface FinishedJob {
  id: string;
  orderId: string;
  marketplaceId: string;
  reason: string;
  transport: Transport;
  state: string;
  updatedAt: number;
  sentAt?: number;
}

/** The outcome a job's state stands for, if it is one history keeps. */
export function outcomeOf(job: Pick<FinishedJob, 'state' | 'transport'>): Outcome | undefined {
  if (job.state === 'sent') return job.transport === 'email' ? 'handedToEmail' : 'sent';
  if (job.state === 'failed') return 'failed';
  return undefined;
}

export function recordId(jobId: string, outcome: Outcome): string {
  return `${jobId}:${outcome}`;
}

/** The record for a finished job, or undefined when its state is not an outcome. */
export function recordFromJob<P>(job: FinishedJob, personal: P, from?: string): ContactRecord<P> | undefined {
  const outcome = outcomeOf(job);
  if (!outcome) return undefined;
  const record: ContactRecord<P> = {
    id: recordId(job.id, outcome),
    jobId: job.id,
    orderId: job.orderId,
    marketplaceId: job.marketplaceId,
    reason: job.reason,
    transport: job.transport,
    outcome,
    at: outcome === 'failed' ? job.updatedAt : (job.sentAt ?? job.updatedAt),
    personal,
  };
  if (from) record.from = from;
  return record;
}

/** Add records (an id already present is kept as it was), oldest first, at most `limit`. */
export function addRecords<P>(
  list: readonly ContactRecord<P>[],
  records: readonly ContactRecord<P>[],
  limit = CONTACT_HISTORY_LIMIT,
): ContactRecord<P>[] {
  const ids = new Set(list.map((r) => r.id));
  const fresh = records.filter((r) => !ids.has(r.id) && ids.add(r.id));
  if (fresh.length === 0) return [...list];
  const all = [...list, ...fresh].sort((a, b) => a.at - b.at);
  return all.slice(Math.max(0, all.length - limit));
}

/** Jobs that finished with an outcome history does not have yet (a worker stopped between the two writes). */
export function missingRecords<J extends FinishedJob, P>(jobs: readonly J[], list: readonly ContactRecord<P>[]): J[] {
  const ids = new Set(list.map((r) => r.id));
  return jobs.filter((j) => {
    const outcome = outcomeOf(j);
    return outcome !== undefined && !ids.has(recordId(j.id, outcome));
  });
}

/** One order's records, newest first. */
export function recordsFor<P>(list: readonly ContactRecord<P>[], orderId: string): ContactRecord<P>[] {
  return list.filter((r) => r.orderId === orderId).sort((a, b) => b.at - a.at);
}

/** The latest delivered message to this order for this reason, if any. */
export function lastContactFor<P>(list: readonly ContactRecord<P>[], orderId: string, reason?: string): ContactRecord<P> | undefined {
  return recordsFor(list, orderId).find((r) => isDelivered(r.outcome) && (reason === undefined || r.reason === reason));
}

/** Reasons already delivered to this order (Request a Review is once per order; bulk skips repeats). */
export function deliveredReasons<P>(list: readonly ContactRecord<P>[], orderId: string): string[] {
  return [...new Set(list.filter((r) => r.orderId === orderId && isDelivered(r.outcome)).map((r) => r.reason))];
}

/** For the order pages: when each asked-for order was last contacted. Nothing else leaves. */
export function contactMarks<P>(list: readonly ContactRecord<P>[], orderIds: readonly string[]): Record<string, number> {
  const wanted = new Set(orderIds);
  const marks: Record<string, number> = {};
  for (const r of list) {
    if (!wanted.has(r.orderId) || !isDelivered(r.outcome)) continue;
    marks[r.orderId] = Math.max(marks[r.orderId] ?? 0, r.at);
  }
  return marks;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "5 minutes ago", "yesterday", "3 days ago" in the UI's language; an absolute
 * date from a week on (and for anything in the future: a clock changed).
 */
export function contactedWhen(at: number, now: number, locale = 'en'): string {
  const age = now - at;
  const rtf = relativeTimeFormat(locale, { numeric: 'auto' });
  if (age >= 0 && age < MINUTE) return rtf.format(0, 'second');
  if (age >= 0 && age < HOUR) return rtf.format(-Math.floor(age / MINUTE), 'minute');
  if (age >= 0 && age < DAY) return rtf.format(-Math.floor(age / HOUR), 'hour');
  if (age >= 0 && age < 7 * DAY) return rtf.format(-Math.floor(age / DAY), 'day');
  return dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date(at));
}
