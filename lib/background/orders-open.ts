/**
 * Opening the composer for one order: the toolbar popup where the browser lets
 * an extension open it (Chrome's action.openPopup), else a popup window at
 * popup.html?order=ID. The toolbar popup has no URL to carry the order, so the
 * order id waits in storage.session until the popup takes it (orders/takePending).
 */
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { pendingOrderItem } from '../storage';
import { PENDING_ORDER_TTL_MS, PendingOrderSchema } from '../storage/orders';
import type { OpenedAs } from '../protocol/orders';
import { popupIsOpen } from './extension-views';

export const COMPOSER_WINDOW = { width: 600, height: 640 } as const;

interface ActionApi {
  openPopup?: (options?: { windowId?: number }) => Promise<void>;
}

/** MV3 has `action`; Firefox MV2 has `browserAction`. */
function actionApi(): ActionApi | undefined {
  const b = browser as unknown as { action?: ActionApi; browserAction?: ActionApi };
  return b.action ?? b.browserAction;
}

export async function openComposer(orderId: string, windowId?: number): Promise<OpenedAs> {
  const action = actionApi();
  if (typeof action?.openPopup === 'function') {
    await pendingOrderItem.setValue({ orderId, at: Date.now() });
    try {
      // Firefox refuses without a user gesture it can see; Chrome may refuse without a focused window.
      await action.openPopup(windowId === undefined ? undefined : { windowId });
      if (await popupAppeared()) return 'popup';
    } catch {
      // Refused: the window below.
    }
    await pendingOrderItem.setValue(null);
  }
  await browser.windows.create({
    url: browser.runtime.getURL(`/popup.html?order=${encodeURIComponent(orderId)}`),
    type: 'popup',
    ...COMPOSER_WINDOW,
  });
  return 'window';
}

/** How long the toolbar popup may take to show after openPopup resolved before the window opens instead. */
export const POPUP_CONFIRM_MS = 1500;

/**
 * openPopup resolving is not proof the seller sees the popup (headless Firefox
 * ESR 140 resolves and shows nothing): it has appeared once it is open or has
 * taken the pending order. Where the browser cannot tell, trust openPopup.
 */
async function popupAppeared(): Promise<boolean> {
  const deadline = Date.now() + POPUP_CONFIRM_MS;
  for (;;) {
    const open = await popupIsOpen();
    if (open !== false) return true;
    if ((await pendingOrderItem.getValue()) === null) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The order the popup should open with, once: it is cleared as it is taken. Stale ones are ignored. */
export async function takePendingOrder(now = Date.now()): Promise<string | null> {
  const parsed = v.safeParse(PendingOrderSchema, await pendingOrderItem.getValue());
  await pendingOrderItem.setValue(null);
  if (!parsed.success || !parsed.output) return null;
  return now - parsed.output.at <= PENDING_ORDER_TTL_MS ? parsed.output.orderId : null;
}
