/**
 * Who is waiting, on the inbox list pages captured from the mock (en, de, ja,
 * zh, the status label's class stripped) and on hand-written shapes (list
 * items without our classes, table rows with a <time datetime>): each thread
 * that needs a response gets one badge with its wait, the longest wait at risk
 * is marked, and the counts are what the popup shows.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { BADGE_SELECTOR, drawWaits } from '@/lib/page/features/inbox-wait';
import { fixtureDocument, loadFixture, US } from './load-fixture';

// The fixtures were captured with the mock's clock at 24 November 2026, 12:00 (their times read as local).
const NOW = new Date(2026, 10, 24, 12, 0);
const badges = (root: ParentNode) =>
  [...root.querySelectorAll(BADGE_SELECTOR)].map((b) => ({
    state: b.getAttribute('data-state'),
    longest: b.hasAttribute('data-longest'),
    text: b.textContent,
  }));

describe('waiting times on the inbox list', () => {
  beforeEach(() => document.documentElement.replaceChildren());

  it('en: three threads need a response; the 20-hour one is at risk and marked the longest', () => {
    loadFixture('inbox-response-needed.html', `${US}/messaging/inbox-v3?fi=responseNeeded`);
    expect(drawWaits(document, NOW, 'en')).toEqual({ waiting: 3, atRisk: 1, overdue: 0, unread: 0 });
    expect(badges(document)).toEqual([
      { state: 'ok', longest: false, text: 'Waiting 10 h · 14 h left' },
      { state: 'atRisk', longest: true, text: 'Waiting 20 h · 4 h left · longest wait' },
      { state: 'ok', longest: false, text: 'Waiting 5 h · 19 h left' },
    ]);
  });

  it('draws once per thread however often it runs, and follows the clock', () => {
    loadFixture('inbox-response-needed.html', `${US}/messaging/inbox-v3?fi=responseNeeded`);
    drawWaits(document, NOW, 'en');
    const later = drawWaits(document, new Date(NOW.getTime() + 5 * 3_600_000), 'en');
    expect(document.querySelectorAll(BADGE_SELECTOR)).toHaveLength(3);
    expect(later).toEqual({ waiting: 3, atRisk: 0, overdue: 1, unread: 0 });
    expect(badges(document)[1]).toEqual({ state: 'overdue', longest: true, text: 'Waiting 25 h · past the 24 hours · longest wait' });
  });

  it('the last hour says so instead of "0 h left"', () => {
    loadFixture('inbox-response-needed.html', `${US}/messaging/inbox-v3?fi=responseNeeded`);
    drawWaits(document, new Date(NOW.getTime() + 3.5 * 3_600_000), 'en');
    expect(badges(document)[1]).toEqual({ state: 'atRisk', longest: true, text: 'Waiting 23 h · under 1 h left · longest wait' });
    expect(badges(document)[0]!.text).toBe('Waiting 13 h · 10 h left');
  });

  it('without the status class: the label is found by its words', () => {
    loadFixture('inbox-fallback.html', `${US}/messaging/inbox-v3?fi=responseNeeded`);
    expect(drawWaits(document, NOW, 'en')).toEqual({ waiting: 3, atRisk: 1, overdue: 0, unread: 0 });
  });

  it.each([
    ['inbox-de.html', 'https://sellercentral.amazon.de', 'de', { waiting: 1, atRisk: 1, overdue: 0, unread: 0 }],
    ['inbox-ja.html', 'https://sellercentral.amazon.co.jp', 'ja', { waiting: 1, atRisk: 0, overdue: 1, unread: 0 }],
    ['inbox-zh.html', US, 'zh-CN', { waiting: 3, atRisk: 1, overdue: 0, unread: 0 }],
  ])('%s: the page’s own words and times', (fixture, origin, lang, counts) => {
    loadFixture(fixture, `${origin}/messaging/inbox-v3?fi=responseNeeded`);
    expect(drawWaits(document, NOW, lang)).toEqual(counts);
  });

  it('list items without our classes, and table rows with an exact <time datetime>', () => {
    const doc = fixtureDocument('handmade-fallbacks.html');
    const items = doc.querySelector('#thread-listitems')!;
    // Only the thread labelled "Response needed" counts; "Yesterday 3:30 PM" is 20.5 hours before NOW.
    expect(drawWaits(items, NOW, 'en')).toEqual({ waiting: 1, atRisk: 1, overdue: 0, unread: 0 });
    expect(badges(items)).toEqual([{ state: 'atRisk', longest: true, text: 'Waiting 20 h · 3 h left · longest wait' }]);
    const rows = doc.querySelector('#thread-rows')!;
    const counts = drawWaits(rows, new Date(Date.UTC(2026, 10, 24, 13)), 'en');
    expect(counts.waiting).toBe(2);
    // 21 hours from the exact time, whatever this computer's time zone.
    expect(rows.querySelector('tr')!.querySelector(BADGE_SELECTOR)?.getAttribute('data-state')).toBe('atRisk');
  });

  /** A "Response needed" thread prepended to a section of the handmade page, with this date text (or none). */
  function threadWith(dateText?: string): Element {
    const doc = fixtureDocument('handmade-fallbacks.html');
    const section = doc.querySelector('#status-label-other')!;
    const item = doc.createElement('li');
    const label = doc.createElement('span');
    label.className = 'case-status-label';
    label.textContent = 'Response needed';
    item.append(label, ' 112-1234567-7654321 ');
    if (dateText) {
      const date = doc.createElement('span');
      date.className = 'thread-date';
      date.textContent = dateText;
      item.append(date);
    }
    section.prepend(item);
    return section;
  }

  it('a date without a time: the wait is at least the start of that day, the last hour said as such', () => {
    const section = threadWith('Nov 23, 2026');
    drawWaits(section, new Date(2026, 10, 23, 23, 30), 'en');
    expect(badges(section)[0]).toEqual({ state: 'atRisk', longest: true, text: 'Waiting at least 23 h · under 1 h left · longest wait' });
    drawWaits(section, new Date(2026, 10, 23, 10, 0), 'en');
    expect(badges(section)[0]!.text).toBe('Waiting at least 10 h · at most 14 h left');
  });

  it('a thread whose time cannot be read is counted and said so, not guessed', () => {
    const section = threadWith();
    expect(drawWaits(section, NOW, 'en')).toMatchObject({ waiting: 1, unread: 1 });
    expect(badges(section)[0]).toEqual({ state: 'unread', longest: false, text: 'Parley cannot read when the buyer wrote' });
  });
});
