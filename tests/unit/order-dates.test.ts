import { describe, expect, it } from 'vitest';
import { dateFact, monthFromName, parseDates, withIsoDates } from '@/lib/domain/order-dates';
import type { OrderFacts } from '@/lib/domain/order';

describe('parseDates', () => {
  it.each([
    // ISO and year-first (zh, ja)
    ['2026-11-24', undefined, ['2026-11-24']],
    ['2026/11/24 10:15', 'zh-CN', ['2026-11-24']],
    ['2026年11月24日', 'zh-CN', ['2026-11-24']],
    ['2026年11月24日 星期二 下午3:45', 'zh-CN', ['2026-11-24']],
    ['2026年1月5日(月)', 'ja-JP', ['2026-01-05']],
    // Numeric, language decides the order unless a part is over 12
    ['11/24/2026', 'en-US', ['2026-11-24']],
    ['11/24/2026', 'en-GB', ['2026-11-24']],
    ['03/04/2026', 'en-US', ['2026-03-04']],
    ['03/04/2026', 'en-GB', ['2026-04-03']],
    ['03/04/2026', 'fr-FR', ['2026-04-03']],
    ['24.11.2026', 'de-DE', ['2026-11-24']],
    ['03.04.2026', 'en-US', ['2026-04-03']],
    // Month names
    ['Nov 24, 2026', 'en-US', ['2026-11-24']],
    ['Tue, Nov 24, 2026 3:45 PM PST', 'en-US', ['2026-11-24']],
    ['November 24, 2026', 'en', ['2026-11-24']],
    ['24 Nov 2026', 'en-GB', ['2026-11-24']],
    ['24. November 2026', 'de-DE', ['2026-11-24']],
    ['3. März 2026', 'de-DE', ['2026-03-03']],
    ['24 nov. 2026', 'fr-FR', ['2026-11-24']],
    ['1 août 2026', 'fr-FR', ['2026-08-01']],
    ['24 de noviembre de 2026', 'es-ES', ['2026-11-24']],
    ['24 dic 2026', 'it-IT', ['2026-12-24']],
    ['Sept. 9, 2026', 'en-US', ['2026-09-09']],
    // Ranges keep every date
    ['Nov 26, 2026 to Nov 28, 2026', 'en-US', ['2026-11-26', '2026-11-28']],
    ['2026年11月26日 - 2026年11月28日', 'zh-CN', ['2026-11-26', '2026-11-28']],
  ] as const)('%j (%s)', (text, lang, expected) => {
    expect(parseDates(text, lang)).toEqual(expected);
  });

  it.each([
    ['Feb 30, 2026'],
    ['2026-13-01'],
    ['31.04.2026'],
    ['Today'],
    ['2 days ago'],
    ['Quantity: 3'],
    ['Foo 12, 2026'],
    ['<script>alert(1)</script>'],
  ])('no date in %j', (text) => {
    expect(parseDates(text, 'en-US')).toEqual([]);
  });

  it('knows leap years', () => {
    expect(parseDates('2028-02-29')).toEqual(['2028-02-29']);
    expect(parseDates('2026-02-29')).toEqual([]);
  });
});

describe('monthFromName', () => {
  it.each([
    ['jan', 1],
    ['Janv', 1],
    ['gen', 1],
    ['ene', 1],
    ['fevr', 2],
    ['marz', 3],
    ['mar', 3],
    ['mai', 5],
    ['may', 5],
    ['juin', 6],
    ['juil', 7],
    ['lug', 7],
    ['aout', 8],
    ['ago', 8],
    ['set', 9],
    ['sept', 9],
    ['okt', 10],
    ['ott', 10],
    ['dez', 12],
    ['dic', 12],
  ] as const)('%s -> %i', (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });

  it.each([['ma'], ['foo'], ['xyz'], ['']])('%j is no month', (name) => {
    expect(monthFromName(name)).toBeUndefined();
  });
});

describe('dateFact', () => {
  it('keeps the text as shown and adds iso when it parses', () => {
    expect(dateFact('  Nov 24,\n 2026 ', 'en-US')).toEqual({ text: 'Nov 24, 2026', iso: '2026-11-24' });
    expect(dateFact('Today 3:45 PM', 'en-US')).toEqual({ text: 'Today 3:45 PM' });
  });

  it('picks the deadline of a range when asked', () => {
    expect(dateFact('Nov 26, 2026 to Nov 28, 2026', 'en-US', 'last')?.iso).toBe('2026-11-28');
    expect(dateFact('Nov 26, 2026 to Nov 28, 2026', 'en-US', 'first')?.iso).toBe('2026-11-26');
  });

  it('is undefined for empty text and caps long text at 100 characters', () => {
    expect(dateFact('   ')).toBeUndefined();
    expect(dateFact(null)).toBeUndefined();
    expect(dateFact('x'.repeat(300))?.text).toHaveLength(100);
  });
});

describe('withIsoDates', () => {
  const facts = (over: Partial<OrderFacts>): OrderFacts => ({
    orderId: '112-3456789-0123456',
    host: 'sellercentral.amazon.com',
    status: 'unshipped',
    fulfillment: 'seller',
    items: [],
    source: 'list',
    seenAt: 0,
    ...over,
  });

  it('adds ISO dates in the page language; ship-by and deliver-by take the end of a range', () => {
    const out = withIsoDates(
      facts({
        pageLanguage: 'de-DE',
        purchaseDate: { text: '03.04.2026 10:00 UTC' },
        shipBy: { text: '05.04.2026 – 07.04.2026' },
        deliverBy: { text: 'Zustellung bis 09.04.2026' },
      }),
    );
    expect(out.purchaseDate).toEqual({ text: '03.04.2026 10:00 UTC', iso: '2026-04-03' });
    expect(out.shipBy?.iso).toBe('2026-04-07');
    expect(out.deliverBy?.iso).toBe('2026-04-09');
  });

  it('uses the US order for en-US pages and leaves text it cannot read as it is', () => {
    const out = withIsoDates(facts({ pageLanguage: 'en-US', purchaseDate: { text: '03/04/2026' }, deliveredAt: { text: 'Yesterday' } }));
    expect(out.purchaseDate?.iso).toBe('2026-03-04');
    expect(out.deliveredAt).toEqual({ text: 'Yesterday' });
  });

  it('keeps an ISO date that is already there', () => {
    const out = withIsoDates(facts({ purchaseDate: { text: 'whatever', iso: '2026-01-02' } }));
    expect(out.purchaseDate).toEqual({ text: 'whatever', iso: '2026-01-02' });
  });
});
