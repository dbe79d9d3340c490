/**
 * The waiting time of a buyer's message, read from the times the Buyer-Seller
 * Messages page shows, in the page's language: a bare time (today), yesterday,
 * a weekday of the past week, a full date with or without a time.
 */
import { describe, expect, it } from 'vitest';
import { readPageTime, waitOf } from '@/lib/domain/reply-wait';

// Monday 7 December 2026, 10:00 on the computer's clock.
const NOW = new Date(2026, 11, 7, 10, 0);
const local = (d: number, h = 0, m = 0) => new Date(2026, 11, d, h, m).getTime();
const read = (text: string, lang?: string) => readPageTime(text, NOW, lang);

describe('page times', () => {
  it.each([
    ['en', '9:15 AM', local(7, 9, 15)],
    ['en', 'Today 8:02 AM', local(7, 8, 2)],
    ['en', 'Yesterday 3:30 PM', local(6, 15, 30)],
    ['en', 'Friday 11:45 PM', local(4, 23, 45)],
    ['en', 'Sat 12:10 PM', local(5, 12, 10)],
    ['en', 'Dec 3, 2026 4:05 PM', local(3, 16, 5)],
    ['de', '09:15', local(7, 9, 15)],
    ['de', 'Heute 08:02', local(7, 8, 2)],
    ['de', 'Gestern 15:30', local(6, 15, 30)],
    ['de', 'Freitag 23:45', local(4, 23, 45)],
    ['de', '03.12.2026 16:05', local(3, 16, 5)],
    ['de', '3. Dezember 2026, 16:05', local(3, 16, 5)],
    ['ja', '9:15', local(7, 9, 15)],
    ['ja', '昨日 15:30', local(6, 15, 30)],
    ['ja', '金曜日 23:45', local(4, 23, 45)],
    ['ja', '2026/12/03 16:05', local(3, 16, 5)],
    ['ja', '2026年12月3日 午後4:05', local(3, 16, 5)],
    ['zh', '今天 08:02', local(7, 8, 2)],
    ['zh', '昨天 下午3:30', local(6, 15, 30)],
    ['zh', '星期五 23:45', local(4, 23, 45)],
    ['zh', '周六 12:10', local(5, 12, 10)],
    ['zh', '2026年12月3日 16:05', local(3, 16, 5)],
  ])('%s: %s', (lang, text, at) => {
    const time = read(text, lang);
    expect(time?.at.getTime()).toBe(at);
    expect(time).toMatchObject({ dayOnly: false, assumedLocal: true });
  });

  it('a date without a time is the start of that day, and says so', () => {
    expect(read('Dec 3, 2026', 'en')).toEqual({ at: new Date(local(3)), dayOnly: true, assumedLocal: true });
    expect(read('2026/12/03', 'ja')?.dayOnly).toBe(true);
  });

  it('a bare time still ahead of the clock is yesterday’s', () => {
    expect(read('11:30 PM', 'en')?.at.getTime()).toBe(local(6, 23, 30));
  });

  it('what is not a time is not read: no guess', () => {
    for (const text of ['', 'Response needed', '3 items', 'Order 112-3456789-0123456', '25:61', '13:15 PM', 'Dec 9, 2026 4:05 PM']) {
      expect(read(text, 'en'), text).toBeUndefined();
    }
  });
});

describe('the 24 hours', () => {
  it.each([
    ['7:00 AM', 3, 21, 'ok'],
    ['Yesterday 2:00 PM', 20, 4, 'atRisk'],
    ['Yesterday 9:00 AM', 25, -1, 'overdue'],
  ])('%s: waited %i h, %i h left, %s', (text, waited, left, state) => {
    expect(waitOf(read(text, 'en')!, NOW)).toEqual({ waitedHours: waited, leftHours: left, state, dayOnly: false });
  });

  it('weekends count: Friday evening to Monday morning is overdue', () => {
    expect(waitOf(read('Friday 6:00 PM', 'en')!, NOW).state).toBe('overdue');
  });
});
