import { describe, expect, it } from 'vitest';
import { MARKETPLACES, marketplaceByHost } from '@/lib/domain/marketplaces';
import { EXTRA_HOSTS, ORDER_PAGE_MATCHES, SELLER_CENTRAL_HOSTS } from '@/lib/domain/seller-central-hosts';

describe('Seller Central hosts', () => {
  it('the short host list names exactly the marketplace table hosts, plus the unified ones', () => {
    expect([...SELLER_CENTRAL_HOSTS].sort()).toEqual([...MARKETPLACES.map((m) => m.host), ...EXTRA_HOSTS].sort());
    for (const host of SELLER_CENTRAL_HOSTS.filter((h) => !EXTRA_HOSTS.includes(h))) expect(marketplaceByHost(host)).toBeDefined();
  });

  it('the order pages match only /orders-v3 over https', () => {
    expect(ORDER_PAGE_MATCHES).toContain('https://sellercentral.amazon.co.uk/orders-v3*');
    expect(ORDER_PAGE_MATCHES.every((m) => m.startsWith('https://') && m.endsWith('/orders-v3*'))).toBe(true);
  });
});
