/**
 * A made-up order for previews on the options page: every variable has a
 * value, so a preview shows a template as a buyer would read it.
 */
import type { OrderFacts } from '../domain/order';

export const SAMPLE_ORDER: OrderFacts = {
  orderId: '111-1234567-7654321',
  marketplaceId: 'ATVPDKIKX0DER',
  host: 'sellercentral.amazon.com',
  buyerName: 'Jordan Lee',
  status: 'shipped',
  fulfillment: 'seller',
  items: [
    { title: 'Ceramic Coffee Mug, 350 ml, Matte Black', asin: 'B07MUG0001', sku: 'MUG-BLK-350', quantity: 2 },
    { title: 'Organic Green Tea, 100 Bags', asin: 'B01TEA0006', sku: 'TEA-GRN-100', quantity: 1 },
  ],
  purchaseDate: { text: 'March 2, 2026', iso: '2026-03-02' },
  shipBy: { text: 'March 4, 2026', iso: '2026-03-04' },
  deliverBy: { text: 'March 9, 2026', iso: '2026-03-09' },
  deliveredAt: { text: 'March 7, 2026', iso: '2026-03-07' },
  source: 'details',
  seenAt: 0,
};
