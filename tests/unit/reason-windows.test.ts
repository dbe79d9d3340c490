import { describe, expect, it } from 'vitest';
import { reasonById, type Availability, type ReasonId } from '@/lib/domain/reasons';
import type { OrderFacts } from '@/lib/domain/order';
import { NOW, daysBeforeNow, makeOrder } from './composer-domain-fixtures';

// Day-based rules: Request a Review (5 to 30 days after delivery, once) and the
// 30-days-after-delivery limit on proactive messages.

function shipped(over: Partial<OrderFacts> = {}): OrderFacts {
  return makeOrder({
    status: 'shipped',
    fulfillment: 'seller',
    items: [{ title: 'Mug', quantity: 1 }],
    deliveredAt: daysBeforeNow(10),
    ...over,
  });
}

const why = (id: ReasonId, order: OrderFacts, context = {}): Availability => reasonById(id)!.availability(order, NOW, context);

describe('Request a Review window (5 to 30 days after delivery)', () => {
  it.each([
    [-2, { available: false, why: 'tooEarly', params: { days: 7, date: '2026-03-27' } }],
    [0, { available: false, why: 'tooEarly', params: { days: 5, date: '2026-03-25' } }],
    [4, { available: false, why: 'tooEarly', params: { days: 1, date: '2026-03-21' } }],
    [5, { available: true }],
    [17, { available: true }],
    [30, { available: true }],
    [31, { available: false, why: 'tooLate', params: { days: 31, date: '2026-03-19' } }],
    [90, { available: false, why: 'tooLate', params: { days: 90, date: '2026-01-19' } }],
  ])('delivered %i days ago', (days, result) => {
    expect(why('requestReview', shipped({ deliveredAt: daysBeforeNow(days) }))).toEqual(result);
  });

  it('falls back to the deliver-by date when the delivery date is unknown', () => {
    const order = shipped({ fulfillment: 'amazon', deliveredAt: undefined, deliverBy: daysBeforeNow(4) });
    expect(why('requestReview', order)).toMatchObject({ why: 'tooEarly', params: { days: 1 } });
    expect(why('requestReview', { ...order, deliverBy: daysBeforeNow(5) })).toEqual({ available: true });
  });

  it.each([
    ['no dates', { deliveredAt: undefined, deliverBy: undefined }],
    ['text only', { deliveredAt: { text: 'yesterday' }, deliverBy: undefined }],
    ['impossible ISO date', { deliveredAt: { text: '30 Feb', iso: '2026-02-30' }, deliverBy: undefined }],
  ])('says deliveryDateUnknown with %s', (_label, over) => {
    expect(why('requestReview', shipped(over))).toEqual({ available: false, why: 'deliveryDateUnknown' });
  });

  it('is once per order', () => {
    const order = shipped();
    expect(why('requestReview', order, { alreadySentReasons: ['requestReview'] })).toEqual({ available: false, why: 'alreadyRequested' });
    expect(why('requestReview', order, { alreadySentReasons: ['invoice', 'warranty'] })).toEqual({ available: true });
    expect(why('invoice', order, { alreadySentReasons: ['invoice'] })).toEqual({ available: true });
  });

  it('counts calendar days in UTC, whatever the hour', () => {
    const order = shipped({ deliveredAt: { text: '15.03.2026', iso: '2026-03-15' } });
    const r = reasonById('requestReview')!;
    expect(r.availability(order, new Date('2026-03-19T23:59:59Z'))).toMatchObject({ why: 'tooEarly', params: { days: 1 } });
    expect(r.availability(order, new Date('2026-03-20T00:00:00Z'))).toEqual({ available: true });
  });
});

describe('30 days after delivery: proactive messages stop, replies do not', () => {
  const proactive = [
    'unexpectedProblem',
    'confirmDeliveryDetails',
    'returnQuestion',
    'invoice',
    'warranty',
    'additionalInformation',
    'legalDisclosure',
  ] as const;

  it.each([0, 10, 29, 30])('day %i: every shipped reason still available', (days) => {
    const order = shipped({ deliveredAt: daysBeforeNow(days) });
    for (const id of proactive) expect(why(id, order)).toEqual({ available: true });
  });

  it.each([31, 45, 400])('day %i: pastMessagingWindow with the days and the delivery date', (days) => {
    const order = shipped({ deliveredAt: daysBeforeNow(days) });
    for (const id of proactive) {
      expect(why(id, order)).toEqual({ available: false, why: 'pastMessagingWindow', params: { days, date: daysBeforeNow(days).iso } });
      expect(why(id, order, { isReply: true })).toEqual({ available: true });
    }
  });

  it('uses the deliver-by date of a shipped order without a delivery date', () => {
    const order = shipped({ deliveredAt: undefined, deliverBy: daysBeforeNow(31) });
    expect(why('returnQuestion', order)).toMatchObject({ why: 'pastMessagingWindow', params: { days: 31 } });
  });

  it('ignores deliver-by dates of orders that have not shipped', () => {
    const order = makeOrder({ status: 'unshipped', deliverBy: daysBeforeNow(60) });
    expect(why('confirmOrderDetails', order)).toEqual({ available: true });
  });

  it('a reply does not open reasons the status does not allow', () => {
    expect(why('returnQuestion', makeOrder({ status: 'unshipped' }), { isReply: true })).toMatchObject({ why: 'status' });
  });

  it('Request a Review keeps its own tooLate, replies or not', () => {
    const order = shipped({ deliveredAt: daysBeforeNow(45) });
    expect(why('requestReview', order, { isReply: true })).toMatchObject({ why: 'tooLate' });
  });
});
