/**
 * The "Copy buyer's encrypted email address" context menu: only on Seller
 * Central pages (documentUrlPatterns) and only on links to a Contact Buyer
 * page (targetUrlPatterns), i.e. buyer names. The click is handed to the
 * content script of that tab's top frame, which finds the address in the
 * seller's own session and copies it (lib/page/features/copy-address.ts).
 */
import { browser, type Browser } from 'wxt/browser';
import { isSellerCentralUrl, SELLER_CENTRAL_HOSTS, SELLER_CENTRAL_MATCHES } from '../domain/marketplaces';
import { t } from '../i18n';
import { err, type Result } from '../result';
import { sendToTab } from '../tab-messaging';
import { orderIdOfContactUrl } from '../domain/seller-central-urls';

export const COPY_ADDRESS_MENU_ID = 'parley-copy-buyer-address';

/** Links to Contact Buyer on every Seller Central host. */
export const CONTACT_LINK_PATTERNS: readonly string[] = SELLER_CENTRAL_HOSTS.map((host) => `https://${host}/messaging/contact*`);

/**
 * (Re-)create the menu. Idempotent: the old item is removed first, so running
 * on install and again on start-up never duplicates it. Only our own id is
 * removed (removeAll would also take other areas' menus).
 */
export async function createOrderMenus(): Promise<void> {
  const menus = browser.contextMenus;
  if (!menus) return;
  await menus.remove(COPY_ADDRESS_MENU_ID).catch(() => undefined);
  await new Promise<void>((resolve) => {
    menus.create(
      {
        id: COPY_ADDRESS_MENU_ID,
        title: t('ordersMenuCopyAddress'),
        contexts: ['link'],
        documentUrlPatterns: [...SELLER_CENTRAL_MATCHES],
        targetUrlPatterns: [...CONTACT_LINK_PATTERNS],
      },
      // A duplicate id (a racing second create) is harmless: read lastError so it is not reported.
      () => resolve(void browser.runtime.lastError),
    );
  });
}

/** The order id of a Contact Buyer link on Seller Central, or undefined. */
export function orderIdOfContactLink(linkUrl: string | undefined): string | undefined {
  return linkUrl && isSellerCentralUrl(linkUrl) ? orderIdOfContactUrl(linkUrl) : undefined;
}

/** The on-demand copy-address script (entrypoints/copy-address.ts), built to this path. */
export const COPY_SCRIPT = '/copy-address.js';

interface InjectApi {
  scripting?: { executeScript(o: { target: { tabId: number; frameIds: number[] }; files: string[] }): Promise<unknown> };
  tabs: { executeScript?(tabId: number, o: { file: string; frameId: number }): Promise<unknown> };
}

/** Put one of our unlisted scripts into the tab's top frame (MV3: scripting; Firefox MV2: tabs.executeScript). */
export async function injectScript(tabId: number, file: string): Promise<void> {
  const api = browser as unknown as InjectApi;
  if (api.scripting?.executeScript) await api.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [file] });
  else await api.tabs.executeScript!(tabId, { file, frameId: 0 });
}

/** A content script's request for one of our unlisted scripts: false for a tab we may not script any more (closed, navigated away). */
export const loadScriptInto = (tabId: number, file: string): Promise<{ loaded: boolean }> =>
  injectScript(tabId, file).then(
    () => ({ loaded: true }),
    () => ({ loaded: false }),
  );

/** Put the copy-address code into the tab's top frame. */
export const injectCopyScript = (tabId: number): Promise<void> => injectScript(tabId, COPY_SCRIPT);

/** The order pages' extras (entrypoints/order-extras.ts), built to this path. */
export const ORDER_EXTRAS_SCRIPT = '/order-extras.js';

/**
 * Handle a click on our menu item: send the tab's top frame a copy request.
 * Answers what the content script answered (for tests; the seller sees its toast).
 */
export async function onCopyMenuClick(
  info: Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'linkUrl' | 'pageUrl'>,
  tab: Pick<Browser.tabs.Tab, 'id' | 'url'> | undefined,
): Promise<Result<unknown> | undefined> {
  if (info.menuItemId !== COPY_ADDRESS_MENU_ID) return undefined;
  const orderId = orderIdOfContactLink(info.linkUrl);
  if (tab?.id === undefined || !isSellerCentralUrl(tab.url ?? info.pageUrl) || !orderId) {
    return err('invalid-input', t('ordersCopyNotBuyerLink'));
  }
  // No content script in that tab (opened before Parley was installed or updated): say to reload.
  if (
    !(await injectCopyScript(tab.id).then(
      () => true,
      () => false,
    ))
  )
    return err('unreachable', t('ordersCopyReload'));
  const answer = await sendToTab(tab.id, 'orders/copyAddress', { orderId });
  return answer.ok || (answer.error.code !== 'unreachable' && answer.error.code !== 'no-answer')
    ? answer
    : err(answer.error.code, t('ordersCopyReload'));
}
