import { describe, expect, it } from 'vitest';
import { BULK_LIMIT, bulkJobs, bulkSummary, planBulk, type BulkOptions } from '@/lib/domain/bulk';
import type { OrderFacts } from '@/lib/domain/order';
import { makeOrder, NOW } from './composer-domain-fixtures';

const TEMPLATE = {
  bodies: {
    en: 'Hello {{buyer_first_name}},\n\nCould you confirm the size for order {{order_id}}?\n\n{{seller_name}}',
    de: 'Guten Tag {{buyer_first_name}},\n\nbitte bestätigen Sie die Größe für Bestellung {{order_id}}.\n\n{{seller_name}}',
  },
};
const REASON = 'confirmOrderDetails';
const id = (n: number) => `${String(100 + n)}-0000000-${String(n).padStart(7, '0')}`;
const US = { marketplaceId: 'ATVPDKIKX0DER', host: 'sellercentral.amazon.com' };

/** Twenty orders, each one a case the review must handle. */
function twentyOrders(): { orderId: string; facts?: OrderFacts }[] {
  const list: { orderId: string; facts?: OrderFacts }[] = [];
  for (let n = 1; n <= 20; n++) {
    const orderId = id(n);
    const base = makeOrder({ orderId, buyerName: `Buyer${n} Example`, ...(n % 2 ? US : {}) });
    if (n === 13 || n === 14) list.push({ orderId, facts: { ...base, status: 'canceled' } });
    else if (n === 15) list.push({ orderId });
    else if (n === 19) list.push({ orderId, facts: { ...base, status: 'shipped' } });
    else if (n === 20) list.push({ orderId, facts: { ...base, buyerName: undefined } });
    else list.push({ orderId, facts: base });
  }
  return list;
}

const options = (over: Partial<BulkOptions> = {}): BulkOptions => ({
  template: TEMPLATE,
  reason: REASON,
  now: NOW,
  past: [
    { orderId: id(16), reason: REASON, at: NOW.getTime() - 86_400_000 },
    { orderId: id(17), reason: REASON, at: NOW.getTime() - 3_600_000 },
    { orderId: id(18), reason: 'unexpectedProblem', at: NOW.getTime() - 3_600_000 },
  ],
  include: new Set([id(17)]),
  settings: { sellerName: 'Parley Test Store' },
  ...over,
});

describe('bulk review of 20 orders', () => {
  const items = planBulk(twentyOrders(), options());

  it('explains every order left out', () => {
    const out = items.filter((i) => i.status !== 'ready').map((i) => [i.orderId, i.status, i.why, i.detail]);
    expect(out).toEqual([
      [id(13), 'excluded', 'canceled', undefined],
      [id(14), 'excluded', 'canceled', undefined],
      [id(15), 'excluded', 'notCached', undefined],
      [id(16), 'skipped', 'alreadyContacted', undefined],
      [id(19), 'excluded', 'reasonUnavailable', 'status'],
      [id(20), 'blocked', 'unfilled', ['buyer_first_name']],
    ]);
    expect(items.find((i) => i.orderId === id(16))?.previousAt).toBe(NOW.getTime() - 86_400_000);
    expect(bulkSummary(items)).toEqual({ ready: 14, skipped: 1, excluded: 4, blocked: 1 });
  });

  it('makes exactly the ready jobs, each with its own final text', () => {
    const jobs = bulkJobs(items, REASON);
    expect(jobs.map((j) => j.orderId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 17, 18].map(id));
    const first = jobs[0]!;
    expect(first).toEqual({
      orderId: id(1),
      ...US,
      reason: REASON,
      text: `Hello Buyer1,\n\nCould you confirm the size for order ${id(1)}?\n\nParley Test Store`,
    });
    // The German marketplace's buyers get the German body.
    expect(jobs[1]!.text).toBe(`Guten Tag Buyer2,\n\nbitte bestätigen Sie die Größe für Bestellung ${id(2)}.\n\nParley Test Store`);
    expect(jobs[1]!.host).toBe('sellercentral.amazon.de');
    // Every text names its own order and nobody else's.
    for (const job of jobs) {
      expect(job.text).toContain(job.orderId);
      expect(jobs.filter((other) => other !== job).some((other) => job.text.includes(other.orderId))).toBe(false);
    }
  });

  it('an included order that was contacted before keeps the date for the review', () => {
    const included = items.find((i) => i.orderId === id(17));
    expect(included).toMatchObject({ status: 'ready', previousAt: NOW.getTime() - 3_600_000 });
  });

  it('including nothing skips both repeats; including both queues both', () => {
    expect(bulkSummary(planBulk(twentyOrders(), options({ include: new Set() }))).skipped).toBe(2);
    expect(bulkSummary(planBulk(twentyOrders(), options({ include: new Set([id(16), id(17)]) }))).ready).toBe(15);
  });
});

describe('bulk checks', () => {
  it('blocks every order when the rules check finds an error, and shows the findings', () => {
    const bad = { bodies: { en: 'Hi {{buyer_first_name}}, order {{order_id}}: mail me at me@shop.example' } };
    const items = planBulk([{ orderId: id(1), facts: makeOrder({ orderId: id(1), ...US }) }], options({ template: bad }));
    expect(items[0]).toMatchObject({ status: 'blocked', why: 'rules' });
    expect(items[0]!.findings.some((f) => f.rule === 'email' && f.severity === 'error')).toBe(true);
  });

  it('blocks unknown variables and texts over the reason limit', () => {
    const unknown = planBulk(
      [{ orderId: id(1), facts: makeOrder({ orderId: id(1) }) }],
      options({ template: { bodies: { en: '{{coupon_code}} {{order_id}}' } } }),
    );
    expect(unknown[0]).toMatchObject({ status: 'blocked', why: 'unknownVariable', detail: ['coupon_code'] });
    const long = planBulk(
      [{ orderId: id(1), facts: makeOrder({ orderId: id(1), ...US }) }],
      options({ template: { bodies: { en: `{{order_id}} ${'a'.repeat(2000)}` } }, lint: () => [] }),
    );
    expect(long[0]).toMatchObject({ status: 'blocked', why: 'tooLong' });
  });

  it('refuses a reason that cannot be composed, skips duplicates, ignores facts of another order, caps the list', () => {
    const facts = makeOrder({ orderId: id(1) });
    expect(planBulk([{ orderId: id(1), facts }], options({ reason: 'requestReview' }))[0]).toMatchObject({
      status: 'excluded',
      why: 'reasonUnavailable',
    });
    expect(
      planBulk(
        [
          { orderId: id(1), facts },
          { orderId: id(1), facts },
        ],
        options(),
      ).map((i) => i.why),
    ).toEqual([undefined, 'duplicate']);
    expect(planBulk([{ orderId: id(2), facts }], options())[0]).toMatchObject({ why: 'notCached' });
    const many = Array.from({ length: BULK_LIMIT + 5 }, (_, n) => ({ orderId: id(n) }));
    expect(planBulk(many, options())).toHaveLength(BULK_LIMIT);
  });

  it('excludes an order Parley cannot place in a marketplace', () => {
    const facts = makeOrder({ orderId: id(1), marketplaceId: undefined, host: 'sellercentral-europe.amazon.com' });
    expect(planBulk([{ orderId: id(1), facts }], options())[0]).toMatchObject({ status: 'excluded', why: 'noMarketplace' });
  });
});
