/**
 * "Copy page report" from the background's side: the report code is injected
 * into the tab only when asked (entrypoints/page-report.ts), then asked for the
 * report; the popup copies it. Nothing is stored.
 */
import { browser } from 'wxt/browser';
import { isSellerCentralUrl } from '../domain/marketplaces';
import { t } from '../i18n';
import { err, type Result } from '../result';
import { sendToTab } from '../tab-messaging';
import { injectScript } from './orders-menus';
import { parleyTabId } from './queue-tab';

/** The on-demand report script, built to this path. */
export const PAGE_REPORT_SCRIPT = '/page-report.js';

export async function pageReportOf(tabId?: number): Promise<Result<{ report: string }>> {
  const tab =
    tabId === undefined
      ? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]
      : await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.id || !isSellerCentralUrl(tab.url)) return err('not-seller-central', t('reportNotSellerCentral'));
  try {
    await injectScript(tab.id, PAGE_REPORT_SCRIPT);
  } catch {
    return err('unreachable', t('reportUnreachable'));
  }
  return sendToTab(tab.id, 'page/report', {});
}

/** The report of the tab the queue fills Contact Buyer forms in: where a job failed because the page was not understood. */
export async function queueTabReport(): Promise<Result<{ report: string }>> {
  const tabId = await parleyTabId();
  if (tabId === null) return err('no-queue-tab', t('reportNoQueueTab'));
  return pageReportOf(tabId);
}
