import type { OrderFacts } from '@/lib/domain/order';

/** Valid facts for tests; ids are made from n so each call can be a different order. */
export function facts(n: number, over: Partial<OrderFacts> = {}): OrderFacts {
  return {
    orderId: `112-${String(n).padStart(7, '0')}-0123456`,
    marketplaceId: 'ATVPDKIKX0DER',
    host: 'sellercentral.amazon.com',
    buyerName: `Buyer ${n}`,
    status: 'unshipped',
    fulfillment: 'seller',
    items: [{ title: 'Mug', asin: 'B07MUG0001', sku: 'MUG-1', quantity: 1 }],
    source: 'list',
    seenAt: 1_700_000_000_000 + n,
    ...over,
  };
}
