import { isCanceledLabel } from '../../domain/order-status';
import type { CopyFailure } from '../../domain/relay-address';
import { t } from '../../i18n';
import { err, ok, type Result } from '../../result';
import { writeClipboard } from '../clipboard';
import { buyerLinkFor, findRelayAddress } from '../relay-lookup';
import { anyOf, ORDER_PAGE, queryFirst } from '../selectors';
import { showToast } from '../toast';
import { onTabMessage, tabMessageOf } from '../../tab-messaging';

/**
 * "Copy buyer's encrypted email address" (context menu on a buyer name): the
 * background sends this tab's top frame the order id; we find the address in
 * the seller's own session, check its form, copy it and say so, or say exactly
 * why not. The address is never logged, shown or written into the page.
 */

/** Is this the background's copy request? Only our own background (no tab) may ask. */
export function copyRequestOrderId(message: unknown, sender: { id?: string; tab?: unknown }): string | undefined {
  return tabMessageOf('orders/copyAddress', message, sender)?.orderId;
}

const FAILURE_TEXT: Record<CopyFailure, (orderId: string) => string> = {
  'logged-out': () => t('ordersCopyLoggedOut'),
  'no-messaging': (id) => t('ordersCopyNoMessaging', id),
  'not-found': (id) => t('ordersCopyNotFound', id),
  'unexpected-address': () => t('ordersCopyUnexpected'),
  network: () => t('ordersCopyNetwork'),
  clipboard: () => t('ordersCopyClipboard'),
};

/** Does the page show this order as canceled (its row, or the details page)? */
function shownCanceled(orderId: string): boolean {
  const link = buyerLinkFor(orderId);
  const row = link?.closest(anyOf(ORDER_PAGE.orderRow));
  const label = row
    ? queryFirst(row, ORDER_PAGE.rowMainStatus)?.textContent
    : link
      ? queryFirst(document, ORDER_PAGE.detailsItemStatus)?.textContent
      : undefined;
  return isCanceledLabel(label);
}

export async function copyBuyerAddress(orderId: string, signal?: AbortSignal): Promise<Result<{ copied: true }>> {
  const fail = (reason: CopyFailure): Result<never> => {
    const message = FAILURE_TEXT[reason](orderId);
    showToast(message, 'error', signal);
    return err(reason, message);
  };
  // Amazon offers no messaging on canceled orders: say so without asking the server.
  if (shownCanceled(orderId)) return fail('no-messaging');
  const found = await findRelayAddress(orderId, signal);
  if (!found.ok) return fail(found.reason);
  if (!(await writeClipboard(found.address))) return fail('clipboard');
  showToast(t('ordersCopyDone'), 'ok', signal);
  return ok({ copied: true });
}

/**
 * Listen for the background's copy requests. Not a page feature: the code is
 * needed only when the seller uses the context menu, so it is not in the
 * content script every page loads; the background injects it on demand
 * (entrypoints/copy-address.ts) into the tab's top frame, then asks. Injected
 * again on a later click, it does not listen twice.
 */
export function installCopyAddress(): void {
  const world = globalThis as { parleyCopyAddress?: boolean };
  if (world.parleyCopyAddress) return;
  world.parleyCopyAddress = true;
  onTabMessage('orders/copyAddress', ({ orderId }) => copyBuyerAddress(orderId));
}
