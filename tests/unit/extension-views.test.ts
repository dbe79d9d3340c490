import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findExtensionTab } from '@/lib/background/extension-views';

const options = (suffix = '') => `${fakeBrowser.runtime.getURL('/options.html')}${suffix}`;
const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
const extension = () => ((fakeBrowser as unknown as Record<string, unknown>).extension ??= {}) as Record<string, unknown>;

afterEach(() => {
  delete runtime.getContexts;
  delete extension().getViews;
  vi.restoreAllMocks();
});

describe('findExtensionTab: the options page, seen without the tabs permission', () => {
  it('Chrome: asks runtime.getContexts and takes the tab showing the page, whatever its hash', async () => {
    runtime.getContexts = vi.fn(async () => [
      { tabId: 3, windowId: 1, documentUrl: fakeBrowser.runtime.getURL('/popup.html') },
      { tabId: 7, windowId: 2, documentUrl: options('#settings') },
    ]);
    const query = vi.spyOn(fakeBrowser.tabs, 'query');
    expect(await findExtensionTab('/options.html')).toEqual({ tabId: 7, windowId: 2 });
    expect(query).not.toHaveBeenCalled();
  });

  it('Chrome: none open is null, so a new tab opens', async () => {
    runtime.getContexts = vi.fn(async () => [{ tabId: 3, windowId: 1, documentUrl: fakeBrowser.runtime.getURL('/popup.html') }]);
    expect(await findExtensionTab('/options.html')).toBeNull();
  });

  it('Firefox: reads the background page views and asks the view for its own tab', async () => {
    const view = (href: string, id: number) => ({
      location: { href },
      browser: { tabs: { getCurrent: async () => ({ id, windowId: 9 }) } },
    });
    extension().getViews = vi.fn(() => [view(fakeBrowser.runtime.getURL('/bulk.html'), 4), view(options('?x=1#senders'), 5)]);
    expect(await findExtensionTab('/options.html')).toEqual({ tabId: 5, windowId: 9 });
  });

  it('a page whose name only starts the same is not the options page', async () => {
    runtime.getContexts = vi.fn(async () => [{ tabId: 8, windowId: 1, documentUrl: fakeBrowser.runtime.getURL('/options.html.bak') }]);
    expect(await findExtensionTab('/options.html')).toBeNull();
  });

  it('a browser that refuses answers null, never throws', async () => {
    runtime.getContexts = vi.fn(async () => {
      throw new Error('no');
    });
    expect(await findExtensionTab('/options.html')).toBeNull();
  });

  it('neither API: falls back to tabs.query on the page URL', async () => {
    const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 11, windowId: 3 }] as never);
    expect(await findExtensionTab('/options.html')).toEqual({ tabId: 11, windowId: 3 });
    expect(query).toHaveBeenCalledWith({ url: `${options()}*` });
  });
});
