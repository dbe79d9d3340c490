/**
 * Parley's own pages as the worker sees them: the tab showing one (the options
 * page), so the worker brings it forward instead of opening a second one; and
 * whether the toolbar popup is open, since action.openPopup can resolve
 * without showing it (headless Firefox ESR 140 does).
 *
 * Without the "tabs" permission, tabs.query({url}) only sees the URLs of
 * hosts Parley may access: Chrome 150 hides the extension's own pages from it
 * (newer Chrome shows them), Firefox hides them too. So ask the browser for
 * Parley's own documents instead: runtime.getContexts in Chrome (116+), the
 * background page's extension.getViews in Firefox; tabs.query stays as the
 * last resort for a browser that has neither.
 */
import { browser } from 'wxt/browser';

export interface ExtensionTab {
  tabId: number;
  windowId?: number;
}

interface ContextsApi {
  getContexts?: (filter: {
    contextTypes: string[];
    documentUrls?: string[];
  }) => Promise<{ tabId: number; windowId: number; documentUrl?: string }[]>;
}
interface ViewsApi {
  getViews?: (filter: { type: string }) => Window[];
}
interface ViewBrowser {
  tabs?: { getCurrent(): Promise<{ id?: number; windowId?: number } | undefined> };
}

/** Whether the toolbar popup is open: null where the browser cannot tell. Never throws. */
export async function popupIsOpen(): Promise<boolean | null> {
  try {
    const runtime = browser.runtime as unknown as ContextsApi;
    if (typeof runtime.getContexts === 'function') return (await runtime.getContexts({ contextTypes: ['POPUP'] })).length > 0;
    const extension = (browser as unknown as { extension?: ViewsApi }).extension;
    if (typeof extension?.getViews === 'function') return extension.getViews({ type: 'popup' }).length > 0;
    return null;
  } catch {
    return null;
  }
}

/** The first tab showing `path` (e.g. '/options.html', any query or hash), or null. Never throws. */
export async function findExtensionTab(path: string): Promise<ExtensionTab | null> {
  const base = browser.runtime.getURL(path as '/options.html');
  const sameDocument = (url: string | undefined) => !!url && url.split(/[?#]/)[0] === base;
  try {
    const runtime = browser.runtime as unknown as ContextsApi;
    if (typeof runtime.getContexts === 'function') {
      const found = (await runtime.getContexts({ contextTypes: ['TAB'] })).find((c) => sameDocument(c.documentUrl) && c.tabId >= 0);
      return found ? { tabId: found.tabId, windowId: found.windowId } : null;
    }
    const extension = (browser as unknown as { extension?: ViewsApi }).extension;
    if (typeof extension?.getViews === 'function') {
      for (const view of extension.getViews({ type: 'tab' })) {
        if (!sameDocument(view.location.href)) continue;
        const tab = await (view as unknown as { browser?: ViewBrowser }).browser?.tabs?.getCurrent();
        if (tab?.id !== undefined) return { tabId: tab.id, windowId: tab.windowId };
      }
      return null;
    }
    const [tab] = await browser.tabs.query({ url: `${base}*` });
    return tab?.id !== undefined ? { tabId: tab.id, windowId: tab.windowId } : null;
  } catch {
    return null;
  }
}
