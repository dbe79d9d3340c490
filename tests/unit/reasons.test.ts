import { describe, expect, it } from 'vitest';
import { MAX_TEXT_LENGTH, REASON_IDS, REASONS, reasonById, reasonsFor, type Availability, type ReasonId } from '@/lib/domain/reasons';
import type { Fulfillment, OrderFacts, OrderStatus } from '@/lib/domain/order';
import { NOW, daysBeforeNow, makeOrder } from './composer-domain-fixtures';

type Kind = 'plain' | 'customized' | 'digital';

function orderOf(status: OrderStatus, fulfillment: Fulfillment, kind: Kind, over: Partial<OrderFacts> = {}): OrderFacts {
  const item = { title: 'Mug', quantity: 1, customized: kind === 'customized', digital: kind === 'digital' };
  // Shipped orders delivered 10 days ago: inside every window.
  const delivered = status === 'shipped' ? { deliveredAt: daysBeforeNow(10) } : {};
  return makeOrder({ status, fulfillment, items: [item], ...delivered, ...over });
}

const available = (order: OrderFacts, context = {}) =>
  reasonsFor(order, NOW, context)
    .filter((o) => o.availability.available)
    .map((o) => o.reason.id)
    .join(' ');

const why = (id: ReasonId, order: OrderFacts, context = {}): Availability => reasonById(id)!.availability(order, NOW, context);

describe('reason catalog', () => {
  it.each([
    ['confirmOrderDetails', 1, 2000, false, false, 'confirmOrderDetails'],
    ['unexpectedProblem', 1, 2000, true, false, 'unexpectedProblem'],
    ['confirmDeliveryDetails', 1, 2000, false, false, 'confirmDeliveryDetails'],
    ['confirmCustomizationDetails', 1, 800, false, true, 'confirmCustomizationDetails'],
    ['confirmServiceDetails', 1, 2000, false, false, 'confirmServiceDetails'],
    ['digitalAccessKey', 1, 400, false, true, 'digitalAccessKey'],
    ['returnQuestion', 1, 2000, false, false, null],
    ['invoice', 1, 2000, false, true, 'invoice'],
    ['warranty', 1, 2000, false, true, 'warranty'],
    ['additionalInformation', 1, 4000, false, false, null],
    ['legalDisclosure', 0, 0, true, true, 'legalDisclosure'],
    ['requestReview', 0, 0, false, false, 'productReviewAndSellerFeedback'],
  ] as const)('%s: text %i-%i, critical %s, attachments %s, SP-API %s', (id, min, max, critical, attachments, sp) => {
    const r = reasonById(id)!;
    expect(r.text).toEqual({ min, max });
    expect(r.critical).toBe(critical);
    expect(r.attachments.allowed).toBe(attachments);
    expect(r.spApiType).toBe(sp);
  });

  it('lists every id once, in display order', () => {
    expect(REASONS.map((r) => r.id)).toEqual([...REASON_IDS]);
    expect(new Set(REASON_IDS).size).toBe(12);
  });

  it('marks Request a Review and Legal disclosure as not composable', () => {
    expect(REASONS.filter((r) => !r.composable).map((r) => [r.id, r.channel])).toEqual([
      ['legalDisclosure', 'apiOnly'],
      ['requestReview', 'requestReview'],
    ]);
    expect(MAX_TEXT_LENGTH).toBe(4000);
  });

  it.each(['', 'negativeFeedbackRemoval', 'amazonMotors', 'ConfirmOrderDetails', '__proto__', 'toString'])(
    'reasonById(%j) is undefined',
    (id) => expect(reasonById(id)).toBeUndefined(),
  );
});

const BASE: Record<'pending' | 'unshipped' | 'shipped', string> = {
  pending: 'confirmOrderDetails unexpectedProblem additionalInformation legalDisclosure',
  unshipped: 'confirmOrderDetails unexpectedProblem confirmDeliveryDetails invoice additionalInformation legalDisclosure',
  shipped: 'unexpectedProblem confirmDeliveryDetails returnQuestion invoice warranty additionalInformation legalDisclosure requestReview',
};

/** The brief's table, by hand: extra reasons per kind, reasons lost without seller fulfilment. */
function expected(status: 'pending' | 'unshipped' | 'shipped', fulfillment: Fulfillment, kind: Kind): string {
  let ids = BASE[status].split(' ');
  if (kind === 'customized' && status !== 'shipped') ids.push('confirmCustomizationDetails');
  if (kind === 'digital' && status !== 'pending') ids.push('digitalAccessKey');
  if (fulfillment !== 'seller') ids = ids.filter((id) => id !== 'unexpectedProblem' && id !== 'confirmDeliveryDetails');
  return REASON_IDS.filter((id) => ids.includes(id)).join(' ');
}

describe('availability matrix: status x fulfilment x kind', () => {
  const rows = (['pending', 'unshipped', 'shipped'] as const).flatMap((status) =>
    (['seller', 'amazon', 'unknown'] as const).flatMap((fulfillment) =>
      (['plain', 'customized', 'digital'] as const).map((kind) => [status, fulfillment, kind] as const),
    ),
  );
  it.each(rows)('%s / %s / %s', (status, fulfillment, kind) => {
    expect(available(orderOf(status, fulfillment, kind))).toBe(expected(status, fulfillment, kind));
  });

  it('spells out a few rows literally (guards the helper above)', () => {
    expect(available(orderOf('pending', 'seller', 'customized'))).toBe(
      'confirmOrderDetails unexpectedProblem confirmCustomizationDetails additionalInformation legalDisclosure',
    );
    expect(available(orderOf('shipped', 'amazon', 'digital'))).toBe(
      'digitalAccessKey returnQuestion invoice warranty additionalInformation legalDisclosure requestReview',
    );
  });

  it.each([
    ['unexpectedProblem', orderOf('unshipped', 'amazon', 'plain'), 'fulfilledByAmazon'],
    ['confirmDeliveryDetails', orderOf('shipped', 'unknown', 'plain'), 'unknownFulfillment'],
    ['confirmCustomizationDetails', orderOf('unshipped', 'seller', 'plain'), 'notCustomized'],
    ['digitalAccessKey', orderOf('unshipped', 'seller', 'customized'), 'notDigital'],
    ['confirmServiceDetails', orderOf('unshipped', 'seller', 'plain'), 'notService'],
    ['returnQuestion', orderOf('unshipped', 'seller', 'plain'), 'status'],
    ['confirmOrderDetails', orderOf('shipped', 'seller', 'plain'), 'status'],
    ['digitalAccessKey', orderOf('pending', 'seller', 'digital'), 'status'],
    ['requestReview', orderOf('unshipped', 'seller', 'plain'), 'notDelivered'],
  ] as const)('%s explains itself with %s', (id, order, code) => {
    const a = why(id, order);
    expect(a).toMatchObject({ available: false, why: code });
  });

  it('names the status the reason is not offered in', () => {
    expect(why('returnQuestion', orderOf('pending', 'seller', 'plain'))).toEqual({
      available: false,
      why: 'status',
      params: { status: 'pending' },
    });
  });

  it('checks status before fulfilment before item kind', () => {
    expect(why('confirmCustomizationDetails', orderOf('shipped', 'amazon', 'plain'))).toMatchObject({ why: 'status' });
    expect(why('unexpectedProblem', orderOf('pending', 'amazon', 'plain'))).toMatchObject({ why: 'fulfilledByAmazon' });
  });

  it('treats a D01 order id as digital even without item flags', () => {
    const order = makeOrder({ orderId: 'D01-7548446-5177052', items: [{ title: 'E-book', quantity: 1 }] });
    expect(why('digitalAccessKey', order)).toEqual({ available: true });
  });
});

describe('canceled and unknown orders', () => {
  const kinds = ['plain', 'customized', 'digital'] as const;
  it.each(kinds)('canceled (%s): every reason unavailable with canceled, replies included', (kind) => {
    const order = orderOf('canceled', 'seller', kind, { deliveredAt: daysBeforeNow(10) });
    for (const ctx of [{}, { isReply: true }]) {
      const all = reasonsFor(order, NOW, ctx);
      expect(all).toHaveLength(REASON_IDS.length);
      for (const o of all) expect(o.availability).toEqual({ available: false, why: 'canceled' });
    }
  });

  it.each(kinds)('unknown status (%s): nothing offered, said as unknownStatus', (kind) => {
    for (const o of reasonsFor(orderOf('unknown', 'seller', kind), NOW)) {
      expect(o.availability).toEqual({ available: false, why: 'unknownStatus' });
    }
  });
});

describe('confirmServiceDetails (Amazon Home Services)', () => {
  const service = (status: OrderStatus) =>
    makeOrder({ status, fulfillment: 'unknown', items: [{ title: 'TV wall mounting', quantity: 1, service: true }] });

  it('is offered for a service order before and after shipping, whoever fulfils it', () => {
    for (const status of ['pending', 'unshipped', 'shipped'] as const) {
      expect(why('confirmServiceDetails', service(status))).toEqual({ available: true });
    }
  });

  it('is not offered for an order without a service item, nor a canceled one', () => {
    expect(why('confirmServiceDetails', orderOf('shipped', 'seller', 'customized'))).toEqual({ available: false, why: 'notService' });
    expect(why('confirmServiceDetails', service('canceled'))).toEqual({ available: false, why: 'canceled' });
  });
});
