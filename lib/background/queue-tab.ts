/**
 * The one tab Parley fills Contact Buyer forms in. Its id lives in
 * storage.session (the worker may stop between any two steps); if the tab is
 * gone, a new one is made. It stays in the background until the hand-over.
 */
import { browser, type Browser } from 'wxt/browser';
import { queueTabItem, queueTabOpeningItem } from '../storage';

/** A tab made longer ago than this is not looked for: the worker is back within seconds, or the tab is the seller's by now. */
export const OPENING_ADOPT_MS = 120_000;

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
  const adopted = await tabMadeBeforeStop();
  if (adopted !== undefined) {
    await queueTabItem.setValue(adopted);
    return openInParleyTab(url);
  }
  await queueTabOpeningItem.setValue({ url, at: Date.now() });
  const tab = await browser.tabs.create({ url, active: false });
  if (tab.id === undefined) throw new Error('no tab id');
  await queueTabItem.setValue(tab.id);
  await queueTabOpeningItem.setValue(null);
  return tab.id;
}

/**
 * The tab the worker made just before it stopped, before it could write the id down: else the resumed
 * job would make a second one and leave the first half filled. Only a tab in the background whose page
 * is exactly the one being opened counts, and only shortly after; if there are several, or none, Parley
 * makes its own (a seller's tab is never taken over on a guess). Reading the marker clears it.
 */
async function tabMadeBeforeStop(now = Date.now()): Promise<number | undefined> {
  const opening = await queueTabOpeningItem.getValue();
  if (!opening) return undefined;
  await queueTabOpeningItem.setValue(null);
  if (typeof opening.url !== 'string' || typeof opening.at !== 'number' || !(now - opening.at <= OPENING_ADOPT_MS)) return undefined;
  const tabs = await browser.tabs.query({}).catch(() => []);
  const made = tabs.filter((t) => t.id !== undefined && !t.active && (t.url === opening.url || t.pendingUrl === opening.url));
  return made.length === 1 ? made[0]!.id : undefined;
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
