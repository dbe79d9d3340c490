/**
 * How long buyer data is kept. Amazon's Data Protection Policy: no longer than
 * needed and at most 30 days after delivery (seller-central.md). The seller may
 * choose fewer days (settings.retentionDays, 1-30). Pure: the background
 * applies it daily and at start-up (lib/background/retention.ts).
 */
import * as v from 'valibot';

export const DAY_MS = 86_400_000;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 30;
export const DEFAULT_RETENTION_DAYS = 30;
/** The choices the options page offers. */
export const RETENTION_CHOICES: readonly number[] = [1, 3, 7, 14, 30];

export function clampRetention(days: number | undefined): number {
  if (days === undefined || !Number.isFinite(days)) return DEFAULT_RETENTION_DAYS;
  return Math.min(MAX_RETENTION_DAYS, Math.max(MIN_RETENTION_DAYS, Math.floor(days)));
}

/** Anything last touched before this instant is purged. */
export function retentionCutoff(now: number, days: number): number {
  return now - clampRetention(days) * DAY_MS;
}

/** Split a list by age: what is kept, and how many were purged. */
export function purgeByAge<T>(list: readonly T[], age: (item: T) => number, now: number, days: number): { kept: T[]; purged: number } {
  const cutoff = retentionCutoff(now, days);
  const kept = list.filter((item) => age(item) >= cutoff);
  return { kept, purged: list.length - kept.length };
}

/** States in which a job is on a page right now: never purged under the runner's feet. */
const IN_FLIGHT = ['filling', 'awaiting-seller', 'submitting'];

/**
 * Is this job past retention? Any job not in flight whose last change is older
 * than the cutoff: its text is buyer data, and a message that waited that long
 * is past Amazon's 30-day messaging window anyway.
 */
export function jobExpired(job: { state: string; updatedAt: number }, now: number, days: number): boolean {
  return !IN_FLIGHT.includes(job.state) && job.updatedAt < retentionCutoff(now, days);
}

/** Record-shaped object of the drafts item: order id -> {updatedAt}. */
export function purgeRecordMap<T extends { updatedAt: number }>(
  map: Readonly<Record<string, T>>,
  now: number,
  days: number,
): { kept: Record<string, T>; purged: number } {
  const cutoff = retentionCutoff(now, days);
  const kept: Record<string, T> = {};
  let purged = 0;
  for (const [key, value] of Object.entries(map)) {
    if (value.updatedAt >= cutoff) kept[key] = value;
    else purged++;
  }
  return { kept, purged };
}

/** States the "Delete all buyer data now" button removes from the queue; the others are re-sealed and kept. */
export const DELETABLE_JOB_STATES: readonly string[] = ['sent', 'canceled', 'failed'];

/** The last purge, for the options page ("3 records removed today at 04:00"). */
export const PurgeReportSchema = v.object({
  at: v.pipe(v.number(), v.finite(), v.minValue(0)),
  removed: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type PurgeReport = v.InferOutput<typeof PurgeReportSchema>;
