/**
 * How long a buyer has waited for a reply, read from the time the
 * Buyer-Seller Messages page shows for their last message, and how much of
 * Amazon's 24 hours (weekends included) is left. Pure: the clock is passed in.
 *
 * The page shows times in every marketplace's own way: a bare time for today,
 * "Yesterday" / "Gestern" / "昨日" / "昨天" with a time, a weekday within the
 * last week, else a full date (parseDates' formats) with or without a time.
 * They are read as the computer's local time: Seller Central shows them in the
 * seller's time zone, which is the computer's for nearly every seller, and the
 * answer says so (`assumedLocal`) so the UI can tell the seller. A date without
 * a time is read as the start of that day and marked `dayOnly`: the wait is then
 * at least what is shown.
 */
import { parseDates } from './order-dates';

export const REPLY_WINDOW_HOURS = 24;
/** A thread is at risk once the buyer has waited this long. */
export const AT_RISK_HOURS = 20;

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface PageTime {
  at: Date;
  /** Only a day was shown (no time): the wait is at least the answer. */
  dayOnly: boolean;
  /** Read as the computer's local time. */
  assumedLocal: true;
}

const TODAY = ['today', 'heute', "aujourd'hui", 'hoy', 'oggi', '今日', '今天'];
const YESTERDAY = ['yesterday', 'gestern', 'hier', 'ayer', 'ieri', '昨日', '昨天'];
/** Weekdays, Sunday first, in the languages Seller Central offers (abbreviations match by prefix). */
const WEEKDAYS: readonly (readonly string[])[] = [
  ['sunday', 'sonntag', 'dimanche', 'domingo', 'domenica', '日曜', '星期日', '星期天', '周日'],
  ['monday', 'montag', 'lundi', 'lunes', 'lunedi', '月曜', '星期一', '周一'],
  ['tuesday', 'dienstag', 'mardi', 'martes', 'martedi', '火曜', '星期二', '周二'],
  ['wednesday', 'mittwoch', 'mercredi', 'miercoles', 'mercoledi', '水曜', '星期三', '周三'],
  ['thursday', 'donnerstag', 'jeudi', 'jueves', 'giovedi', '木曜', '星期四', '周四'],
  ['friday', 'freitag', 'vendredi', 'viernes', 'venerdi', '金曜', '星期五', '周五'],
  ['saturday', 'samstag', 'samedi', 'sabado', 'sabato', '土曜', '星期六', '周六'],
];

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

/** "3:15 PM", "15:15", "午後3:15", "下午3:15", "15 h 15": hours and minutes in 24-hour time. */
function timeOf(text: string): { h: number; m: number } | undefined {
  const m = /(午前|午後|上午|下午|早上|晚上)?\s*(\d{1,2})\s*(?:[:：]|h\s*)(\d{2})\s*(am|pm|a\.m\.|p\.m\.)?/i.exec(text);
  if (!m) return undefined;
  let h = Number(m[2]);
  const min = Number(m[3]);
  const marker = (m[4] ?? m[1] ?? '').toLowerCase();
  const pm = /^p|午後|下午|晚上/.test(marker);
  const am = /^a|午前|上午|早上/.test(marker);
  if (h > 23 || min > 59 || ((pm || am) && (h < 1 || h > 12))) return undefined;
  if (pm && h < 12) h += 12;
  if (am && h === 12) h = 0;
  return { h, m: min };
}

const startOfDay = (d: Date): Date => new Date(d.getFullYear(), d.getMonth(), d.getDate());
const atTime = (day: Date, t: { h: number; m: number } | undefined): Date =>
  new Date(day.getFullYear(), day.getMonth(), day.getDate(), t?.h ?? 0, t?.m ?? 0);

/** The moment a page time stands for, or undefined when the text is not a time Parley can read. */
export function readPageTime(text: string, now: Date, lang?: string): PageTime | undefined {
  const shown = fold(text);
  if (!shown) return undefined;
  const time = timeOf(shown);
  const today = startOfDay(now);
  const result = (at: Date, dayOnly = false): PageTime | undefined =>
    at.getTime() > now.getTime() + 5 * 60_000 ? undefined : { at, dayOnly: dayOnly && !time, assumedLocal: true };

  const iso = parseDates(text, lang)[0];
  if (iso) {
    const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
    return result(atTime(new Date(y, mo - 1, d), time), true);
  }
  if (YESTERDAY.some((w) => shown.includes(w))) return result(atTime(new Date(today.getTime() - DAY_MS / 2 - 1), time), true);
  if (TODAY.some((w) => shown.includes(w))) return result(atTime(today, time), true);
  const weekday = WEEKDAYS.findIndex((names) =>
    names.some((n) => shown.includes(n) || shown.split(/[\s,.]+/).some((w) => w.length >= 3 && n.startsWith(w) && /^[a-z]/.test(w))),
  );
  if (weekday >= 0) {
    // The last such weekday before today (a weekday is shown for the past week only).
    const back = (today.getDay() - weekday + 7) % 7 || 7;
    return result(atTime(new Date(today.getFullYear(), today.getMonth(), today.getDate() - back), time), true);
  }
  // A bare time is today's (or yesterday's, when it is still ahead of the clock).
  if (time && /^[^a-z\p{Script=Han}]*(?:am|pm|a\.m\.|p\.m\.|午前|午後|上午|下午)?[^a-z\p{Script=Han}]*$/u.test(shown)) {
    const at = atTime(today, time);
    return result(at.getTime() > now.getTime() + 5 * 60_000 ? atTime(new Date(today.getTime() - 1), time) : at);
  }
  return undefined;
}

export interface Wait {
  /** Whole hours the buyer has waited (at least, for a day-only time). */
  waitedHours: number;
  /** Hours left of the 24; negative once past. */
  leftHours: number;
  state: 'ok' | 'atRisk' | 'overdue';
  dayOnly: boolean;
}

export function waitOf(time: PageTime, now: Date): Wait {
  const waited = Math.max(0, (now.getTime() - time.at.getTime()) / HOUR_MS);
  const state = waited >= REPLY_WINDOW_HOURS ? 'overdue' : waited >= AT_RISK_HOURS ? 'atRisk' : 'ok';
  return { waitedHours: Math.floor(waited), leftHours: Math.floor(REPLY_WINDOW_HOURS - waited), state, dayOnly: time.dayOnly };
}

/** What the open inbox page shows of buyers waiting for a reply (the popup's count). */
export interface InboxWaiting {
  /** Threads that need a response. */
  waiting: number;
  /** Of them, waited 20 hours or more but less than 24. */
  atRisk: number;
  /** Of them, waited 24 hours or more. */
  overdue: number;
  /** Of them, with no time Parley could read. */
  unread: number;
}
