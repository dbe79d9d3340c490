/**
 * popup.html?order=ID names its order before anything renders: ask the
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
import { preloadComposer } from './composer-store';
import { useQueueView } from './queue-view-store';

/** A slow background (a worker starting) should not keep the popup blank: render "Loading" after this. */
export const PRELOAD_WAIT_MS = 300;

export function preloadLinkedOrder(search: string = location.search): Promise<void> {
  const orderId = new URLSearchParams(search).get('order');
  if (orderId === null || !isOrderId(orderId)) return Promise.resolve();
  const loads = Promise.all([preloadComposer(orderId), useAttachments.getState().load(orderId), useQueueView.getState().load()]);
  return Promise.race([loads.then(() => undefined), new Promise<void>((resolve) => setTimeout(resolve, PRELOAD_WAIT_MS))]);
}
