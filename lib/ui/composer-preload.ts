/**
 * The popup knows its order before anything renders (popup.html?order=ID, or
 * the order a Contact button left pending for the toolbar popup): ask the
 * background for what the composer shows (the order, quick replies, draft,
 * files, the queue) while the page still loads its UI language, instead of
 * after the first paint, when the composer's effects would. The stores'
 * own loads then take these over (composer) or repeat them harmlessly.
 *
 * The answer settles when the loads have (or after PRELOAD_WAIT_MS): the popup
 * renders then, so its first render is the composer itself. Rendering before
 * would draw "Loading" and the composer only once its store subscriptions
 * (effects, after a paint) see the data, a frame or two later.
 */
import { isOrderId } from '../domain/order';
import { useAttachments } from './attachments-store';
import { takePendingEarly } from './orders-view';
import { preloadComposer } from './composer-store';
import { useQueueView } from './queue-view-store';

/** A slow background (a worker starting) should not keep the popup blank: render "Loading" after this. */
export const PRELOAD_WAIT_MS = 300;

/** popup.html?order=ID: that order; the toolbar popup: the order a Contact button left pending, if any. */
export function preloadPopupOrder(search: string = location.search): Promise<void> {
  const linked = new URLSearchParams(search).get('order');
  const loads =
    linked !== null
      ? isOrderId(linked)
        ? preloadOrder(linked)
        : Promise.resolve()
      : takePendingEarly().then((orderId) => (orderId ? preloadOrder(orderId) : undefined));
  return Promise.race([loads, new Promise<void>((resolve) => setTimeout(resolve, PRELOAD_WAIT_MS))]);
}

async function preloadOrder(orderId: string): Promise<void> {
  await Promise.all([preloadComposer(orderId), useAttachments.getState().load(orderId), useQueueView.getState().load()]);
}
