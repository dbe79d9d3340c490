/**
 * popup.html?order=ID names its order before anything renders: ask the
 * background for what the composer shows (the order, quick replies, draft,
 * files, the queue) while the page still loads its UI language, instead of
 * after the first paint, when the composer's effects would. The stores'
 * own loads then take these over (composer) or repeat them harmlessly.
 */
import { isOrderId } from '../domain/order';
import { useAttachments } from './attachments-store';
import { preloadComposer } from './composer-store';
import { useQueueView } from './queue-view-store';

export function preloadLinkedOrder(search: string = location.search): void {
  const orderId = new URLSearchParams(search).get('order');
  if (orderId === null || !isOrderId(orderId)) return;
  preloadComposer(orderId);
  void useAttachments.getState().load(orderId);
  void useQueueView.getState().load();
}
