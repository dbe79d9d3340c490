/**
 * Which Seller Central page a URL is. Decided from the path alone, so it is
 * pure and testable; features that need more (the Messaging Permissions page
 * has no stable path) also check content.
 */
export type PageKind =
  | 'orders-list'
  | 'order-details'
  | 'contact-buyer'
  | 'buyer-messages'
  | 'messaging-permissions'
  | 'other';

export function pageKindOf(url: string | URL): PageKind {
  let u: URL;
  try {
    u = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return 'other';
  }
  const path = u.pathname.replace(/\/+$/, '');
  if (/^\/orders-v3\/order\/[^/]+$/.test(path)) return 'order-details';
  if (/^\/orders-v3(\/|$)/.test(path)) return 'orders-list';
  if (path === '/messaging/contact') return 'contact-buyer';
  if (/^\/messaging\/(permissions|settings\/permissions|messaging-permissions)/.test(path)) return 'messaging-permissions';
  if (/^\/messaging\/(inbox|inbox-v3|thread)/.test(path)) return 'buyer-messages';
  return 'other';
}
