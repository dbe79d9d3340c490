/**
 * Every Seller Central URL Parley builds or reads, in one place: which page a URL
 * is, the order a page or link is about, the Contact Buyer and inbox-search
 * addresses, and Amazon's sign-in pages. Decided from the URL alone, so it is
 * pure and testable; features that need more (the Messaging Permissions page has
 * no stable path) also check content. Hosts are in marketplaces.ts.
 */
import { isOrderId } from './order';

export type PageKind = 'orders-list' | 'order-details' | 'contact-buyer' | 'buyer-messages' | 'messaging-permissions' | 'other';

export const CONTACT_BUYER_PATH = '/messaging/contact';
const ORDER_DETAILS_PATH = /^\/orders-v3\/order\/([^/]+)$/;
/** Amazon's sign-in, two-step and account-check pages, where a signed-out session lands. */
const SIGN_IN_PATH = /^\/ap\/(signin|sign-in|mfa|cvf)(\/|$)/;

function parse(url: string | URL, base?: string): URL | undefined {
  try {
    return typeof url === 'string' ? new URL(url, base) : url;
  } catch {
    return undefined;
  }
}

const trimmedPath = (u: URL): string => u.pathname.replace(/\/+$/, '');

export function pageKindOf(url: string | URL): PageKind {
  const u = parse(url);
  if (!u) return 'other';
  const path = trimmedPath(u);
  if (ORDER_DETAILS_PATH.test(path)) return 'order-details';
  if (/^\/orders-v3(\/|$)/.test(path)) return 'orders-list';
  if (path === CONTACT_BUYER_PATH) return 'contact-buyer';
  if (/^\/messaging\/(permissions|settings\/permissions|messaging-permissions)/.test(path)) return 'messaging-permissions';
  if (/^\/messaging\/(inbox|inbox-v3|thread)/.test(path)) return 'buyer-messages';
  return 'other';
}

/** Is this path an Order Details page (/orders-v3/order/{id})? */
export const isOrderDetailsPath = (path: string): boolean => ORDER_DETAILS_PATH.test(path.replace(/\/+$/, ''));

/** The order id of an Order Details path, undecoded and unchecked (the caller validates). */
export const orderIdOfDetailsPath = (path: string): string | undefined => ORDER_DETAILS_PATH.exec(path.replace(/\/+$/, ''))?.[1];

/** The Contact Buyer page of an order, as a path on the seller's own host. */
export function contactBuyerPath(orderId: string, marketplaceId?: string): string {
  const q = new URLSearchParams({ orderID: orderId, ...(marketplaceId ? { marketplaceID: marketplaceId } : {}) });
  return `${CONTACT_BUYER_PATH}?${q.toString()}`;
}

/** The Contact Buyer page of an order on a Seller Central host. */
export const contactBuyerUrl = (job: { host: string; orderId: string; marketplaceId?: string }): string =>
  `https://${job.host}${contactBuyerPath(job.orderId, job.marketplaceId)}`;

/** The order a Contact Buyer URL is for (orderID, or orderId as some links spell it), if valid. */
export function orderIdOfContactUrl(url: string | URL | undefined): string | undefined {
  const u = url === undefined ? undefined : parse(url);
  if (!u || trimmedPath(u) !== CONTACT_BUYER_PATH) return undefined;
  const id = u.searchParams.get('orderID') ?? u.searchParams.get('orderId') ?? '';
  return isOrderId(id) ? id : undefined;
}

/** The order a Seller Central page is about: Order Details or Contact Buyer (decoded, checked). */
export function orderIdOfPageUrl(url: string | URL): string | undefined {
  const u = parse(url);
  if (!u) return undefined;
  const details = orderIdOfDetailsPath(u.pathname);
  const candidate = details ? decodeURIComponent(details) : trimmedPath(u) === CONTACT_BUYER_PATH ? u.searchParams.get('orderID') : null;
  return candidate && isOrderId(candidate) ? candidate : undefined;
}

/** The Buyer-Seller Messages search for an order (its threads show the relay address). */
export const inboxSearchPath = (orderId: string): string => `/messaging/inbox-v3?fi=search&ss=${encodeURIComponent(orderId)}`;

/** Seller Central sent this request or tab to Amazon's sign-in (the seller is signed out). */
export function isSignInUrl(url: string | undefined): boolean {
  const u = url ? parse(url, 'https://sellercentral.amazon.com') : undefined;
  return !!u && SIGN_IN_PATH.test(u.pathname);
}
