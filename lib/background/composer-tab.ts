/**
 * The order of the tab the seller is looking at, so the popup can open the
 * composer for it: an order details page (/orders-v3/order/{id}) or a Contact
 * Buyer page (/messaging/contact?orderID=...). Only Seller Central URLs count.
 */
import { browser } from 'wxt/browser';
import { isSellerCentralUrl } from '../domain/marketplaces';
import type { TabOrder } from '../protocol/composer';
import { orderIdOfPageUrl } from '../domain/seller-central-urls';

/** The order a Seller Central URL is about, if it is an order or Contact Buyer page. */
export function orderOfUrl(url: string | undefined): TabOrder {
  if (!url || !isSellerCentralUrl(url)) return { orderId: null };
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return { orderId: null };
  }
  const candidate = orderIdOfPageUrl(u);
  if (!candidate) return { orderId: null };
  const marketplaceId = u.searchParams.get('marketplaceID') ?? undefined;
  return { orderId: candidate, host: u.hostname, ...(marketplaceId && /^[A-Z0-9]{8,20}$/.test(marketplaceId) ? { marketplaceId } : {}) };
}

/**
 * The active tab of the last focused window. The toolbar popup is not a window,
 * so this is the tab the seller opened the popup over. (The composer window
 * opened by a Contact button always carries ?order=ID and never asks.)
 */
export async function activeTabOrder(): Promise<TabOrder> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return orderOfUrl(tab?.url);
}
