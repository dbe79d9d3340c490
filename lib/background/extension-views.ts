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
  getContexts?: (filter: { contextTypes: string[] }) => Promise<{ tabId: number; windowId: number; documentUrl?: string }[]>;
}
interface ViewsApi {
  getViews?: (filter: { type: string }) => Window[];
}
/** runtime.getContexts (Chrome 116+) and the background page's extension.getViews (Firefox MV2), where they exist. */
const getContexts = () => {
  const runtime = browser.runtime as unknown as ContextsApi;
  return runtime.getContexts?.bind(runtime);
};
const getViews = () => {
  const extension = (browser as unknown as { extension?: ViewsApi }).extension;
  return extension?.getViews?.bind(extension);
};

interface ViewBrowser {
  tabs?: { getCurrent(): Promise<{ id?: number; windowId?: number } | undefined> };
}

/** Whether the toolbar popup is open: null where the browser cannot tell. Never throws. */
export async function popupIsOpen(): Promise<boolean | null> {
  try {
    const contexts = getContexts();
    if (typeof contexts === 'function') return (await contexts({ contextTypes: ['POPUP'] })).length > 0;
    const views = getViews();
    if (typeof views === 'function') return views({ type: 'popup' }).length > 0;
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
    const contexts = getContexts();
    if (typeof contexts === 'function') {
      const found = (await contexts({ contextTypes: ['TAB'] })).find((c) => sameDocument(c.documentUrl) && c.tabId >= 0);
      return found ? { tabId: found.tabId, windowId: found.windowId } : null;
    }
    const views = getViews();
    if (typeof views === 'function') {
      for (const view of views({ type: 'tab' })) {
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
