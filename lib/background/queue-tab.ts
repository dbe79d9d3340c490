/**
 * The one tab Parley fills Contact Buyer forms in. Its id lives in
 * storage.session (the worker may stop between any two steps); if the tab is
 * gone, a new one is made. It stays in the background until the hand-over.
 */
import { browser, type Browser } from 'wxt/browser';
import { queueTabItem } from '../storage';

export async function parleyTabId(): Promise<number | null> {
  return queueTabItem.getValue();
}

export type ParleyTab = Browser.tabs.Tab & { id: number };

/** The Parley tab if it still exists. */
export async function parleyTab(): Promise<ParleyTab | null> {
  const id = await parleyTabId();
  if (id === null) return null;
  try {
    const tab = await browser.tabs.get(id);
    if (tab) return { ...tab, id };
  } catch {
    // gone: forget it below
  }
  await queueTabItem.setValue(null);
  return null;
}

/** Load `url` in the Parley tab, making one (in the background) if there is none. */
export async function openInParleyTab(url: string): Promise<number> {
  const existing = await parleyTab();
  if (existing) {
    // The same URL again (a retry of the same order): reload, so the page and its feature start afresh.
    if (existing.url === url) await browser.tabs.reload(existing.id);
    else await browser.tabs.update(existing.id, { url });
    return existing.id;
  }
  const tab = await browser.tabs.create({ url, active: false });
  if (tab.id === undefined) throw new Error('no tab id');
  await queueTabItem.setValue(tab.id);
  return tab.id;
}

/** Hand-over: bring the filled form in front of the seller. */
export async function focusParleyTab(): Promise<void> {
  const tab = await parleyTab();
  if (!tab) return;
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
}

/** Take a filled form away (the seller canceled its job). */
export async function closeParleyTab(): Promise<void> {
  const tab = await parleyTab();
  await queueTabItem.setValue(null);
  if (tab) await browser.tabs.remove(tab.id).catch(() => undefined);
}
