/**
 * Shared order facts for the composer domain tests (reasons, variables,
 * templates, language). Not a test file itself: vitest only collects *.test.ts.
 */
import type { DateFact, OrderFacts } from '@/lib/domain/order';

/** "Now" for every availability test: 20 March 2026, midday UTC. */
export const NOW = new Date('2026-03-20T12:00:00Z');

/** A page date `days` calendar days before NOW (negative: in the future). */
export function daysBeforeNow(days: number): DateFact {
  const iso = new Date(Date.UTC(2026, 2, 20 - days)).toISOString().slice(0, 10);
  return { text: iso, iso };
}

/** A seller-fulfilled, unshipped German order with one plain item; override anything. */
export function makeOrder(over: Partial<OrderFacts> = {}): OrderFacts {
  return {
    orderId: '302-1234567-7654321',
    marketplaceId: 'A1PA6795UKMFR9',
    host: 'sellercentral.amazon.de',
    buyerName: 'Anna Schmidt',
    status: 'unshipped',
    fulfillment: 'seller',
    items: [{ title: 'Trinkflasche aus Edelstahl, 750 ml', asin: 'B0ABCDE123', sku: 'BOTTLE-750', quantity: 2 }],
    purchaseDate: { text: '15.03.2026', iso: '2026-03-15' },
    shipBy: { text: '17.03.2026', iso: '2026-03-17' },
    deliverBy: { text: '24.03.2026', iso: '2026-03-24' },
    source: 'details',
    seenAt: 0,
    ...over,
  };
}
