import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

describe('storage items are defined on first use', () => {
  it('importing lib/storage reads nothing; an item reads only itself, once migrated', async () => {
    await fakeBrowser.storage.local.set({ composerTemplates: { templates: [], hiddenStarters: {} }, settings: { sellerName: 'Lotus' } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    vi.resetModules();
    const storage = await import('@/lib/storage');
    await new Promise((r) => setTimeout(r, 0));
    expect(get).not.toHaveBeenCalled();

    const settings = await storage.getSettings();
    expect(settings.sellerName).toBe('Lotus');
    const keys = get.mock.calls.flatMap(([k]) => (Array.isArray(k) ? k : [k]));
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.every((k) => typeof k === 'string' && k.startsWith('settings'))).toBe(true);
    // The item's own members still work through the deferral.
    expect(storage.composerTemplatesItem.fallback).toEqual({ templates: [], hiddenStarters: {} });
    get.mockRestore();
  });
});
