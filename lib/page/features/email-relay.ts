import { combineOutcomes, outcomeOfPage, relayAddress, type PageOutcome } from '../../domain/relay-address';
import { err, ok, type Result } from '../../result';
import { hrefParam } from '../order-facts-text';
import { readRenderedPage } from '../relay-frame';
import { buyerLinkFor, contactPathFor, fetchPage } from '../relay-lookup';
import { CONTACT_PAGE, queryFirst } from '../selectors';
import { onTabMessage, tabMessageOf } from '../../tab-messaging';
import { contactBuyerPath, inboxSearchPath, isSignInUrl } from '../../domain/seller-central-urls';

/**
 * Email hand-off: the background asks a Seller Central tab for one order's
 * relay address (lib/background/email-relay-lookup.ts). It is looked up the way
 * the copy menu does (lib/page/relay-lookup.ts), in the seller's own session,
 * and answered to the background only: never shown, written into the page or
 * logged. The request carries an order id and a marketplace id, nothing else.
 */

/** The background's request, or undefined for anything else (only our own background, no tab, may ask). */
export function relayRequestOf(
  message: unknown,
  sender: { id?: string; tab?: unknown },
): { orderId: string; marketplaceId?: string } | undefined {
  const input = tabMessageOf('contacts/relayAddress', message, sender);
  if (!input) return undefined;
  return input.marketplaceId ? { orderId: input.orderId, marketplaceId: input.marketplaceId } : { orderId: input.orderId };
}

export async function relayFor(orderId: string, marketplaceId?: string): Promise<PageOutcome> {
  if (hrefParam(location.search, 'orderID') === orderId) {
    const shown = relayAddress(queryFirst(document, CONTACT_PAGE.relayAddress)?.textContent);
    if (shown) return { ok: true, address: shown };
  }
  const link = buyerLinkFor(orderId);
  const path = link || !marketplaceId ? contactPathFor(orderId, link) : contactBuyerPath(orderId, marketplaceId);
  let fetched = await fetchPage(path);
  // A page that renders its To field with JavaScript is read in a hidden frame (as the copy menu does).
  if (fetched.shell && fetched.status === 200 && !isSignInUrl(fetched.url)) fetched = await readRenderedPage(path);
  const first = outcomeOfPage(fetched);
  if (first.ok || first.reason === 'logged-out' || first.reason === 'no-messaging') return first;
  const second = outcomeOfPage(await fetchPage(inboxSearchPath(orderId)));
  return combineOutcomes(first, second);
}

async function answer(orderId: string, marketplaceId?: string): Promise<Result<{ address: string }>> {
  const found = await relayFor(orderId, marketplaceId);
  // The failure code is the answer; the background words it for the seller.
  return found.ok ? ok({ address: found.address }) : err(found.reason, found.reason);
}

/** Answer the background's relay requests until `signal` aborts (for tests) or for the page's life. */
export function listenForRelayRequests(signal?: AbortSignal): void {
  onTabMessage('contacts/relayAddress', ({ orderId, marketplaceId }) => answer(orderId, marketplaceId), signal);
}

/**
 * Injected on demand with the copy-address code (entrypoints/copy-address.ts)
 * right before the background asks (lib/background/email-relay-lookup.ts): rarely
 * used, so not in the content script every page loads. Safe to inject twice.
 */
export function installEmailRelay(): void {
  const world = globalThis as { parleyEmailRelay?: boolean };
  if (world.parleyEmailRelay) return;
  world.parleyEmailRelay = true;
  listenForRelayRequests();
}
