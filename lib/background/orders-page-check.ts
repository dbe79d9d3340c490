/**
 * The orders page self-check as the background keeps it: the last check each
 * Seller Central tab reported (storage.session, removed when the tab closes),
 * and what the popup should say about the active tab.
 */
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { isSellerCentralUrl } from '../domain/marketplaces';
import type { PageCheck } from '../domain/page-check';
import { pageKindOf } from '../domain/seller-central-urls';
import { pageChecksItem } from '../storage';
import { PAGE_CHECK_LIMIT, PageChecksSchema, type PageChecks } from '../storage/orders';
import type { ActiveTabCheck } from '../protocol/orders';

let writes: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = writes.then(task, task);
  writes = run.catch(() => undefined);
  return run;
}

async function readChecks(): Promise<PageChecks> {
  const parsed = v.safeParse(PageChecksSchema, await pageChecksItem.getValue());
  return parsed.success ? parsed.output : {};
}

/** Remember a tab's check; keep the newest PAGE_CHECK_LIMIT tabs. */
export function recordPageCheck(tabId: number, url: string | undefined, check: PageCheck, now = Date.now()): Promise<void> {
  let path = '';
  try {
    path = new URL(url ?? '').pathname.slice(0, 300);
  } catch {
    // no URL: keep the path empty
  }
  return serialised(async () => {
    const checks = await readChecks();
    checks[String(tabId)] = { ...check, path, at: now };
    const newest = Object.entries(checks)
      .sort(([, a], [, b]) => b.at - a.at)
      .slice(0, PAGE_CHECK_LIMIT);
    await pageChecksItem.setValue(Object.fromEntries(newest));
  });
}

export function forgetTab(tabId: number): Promise<void> {
  return serialised(async () => {
    const checks = await readChecks();
    if (!(String(tabId) in checks)) return;
    delete checks[String(tabId)];
    await pageChecksItem.setValue(checks);
  });
}

/**
 * The check for the tab the seller is looking at: the active tab of the last
 * focused window (the toolbar popup is no window of its own), or the tab given.
 */
export async function activeTabCheck(tabId?: number): Promise<ActiveTabCheck> {
  const tab =
    tabId === undefined
      ? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]
      : await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab?.id || !isSellerCentralUrl(tab.url)) return { state: 'not-seller-central' };
  const kind = pageKindOf(tab.url!);
  if (kind !== 'orders-list' && kind !== 'order-details') return { state: 'other-page' };
  const check = (await readChecks())[String(tab.id)];
  // A check from another page of the same tab (before a navigation) says nothing about this one.
  if (!check || check.kind !== kind) return { state: 'no-report', kind };
  return { state: 'reported', check };
}
