/**
 * Whole-day arithmetic for Amazon's day-based rules (review window, 30 days
 * after completion). Dates on Seller Central are calendar dates without a
 * time, so we count calendar days; `now` is read as a UTC calendar date so the
 * result does not depend on the machine's time zone.
 */
import type { DateFact } from './order';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 for a YYYY-MM-DD date, or undefined if it is not a real date (2026-02-30). */
export function isoToDayNumber(iso: string | undefined): number | undefined {
  const m = iso ? ISO_DATE.exec(iso) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC silently rolls 02-30 over to 03-02: refuse such dates.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return Math.round(ms / DAY_MS);
}

/** The UTC calendar day of an instant, as days since 1970-01-01. */
export function dayNumberOf(now: Date): number {
  return Math.floor(now.getTime() / DAY_MS);
}

/** YYYY-MM-DD for a day number. */
export function dayNumberToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Whole calendar days from a page date to `now` (0 on the same day, negative
 * when the date is in the future); undefined when the fact has no usable ISO date.
 */
export function daysSince(fact: DateFact | undefined, now: Date): number | undefined {
  const day = isoToDayNumber(fact?.iso);
  return day === undefined ? undefined : dayNumberOf(now) - day;
}

/** The ISO date `days` after a page date, or undefined without a usable ISO date. */
export function isoPlusDays(fact: DateFact | undefined, days: number): string | undefined {
  const day = isoToDayNumber(fact?.iso);
  return day === undefined ? undefined : dayNumberToIso(day + days);
}
