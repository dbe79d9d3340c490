import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OPENING_ADOPT_MS, openInParleyTab } from '@/lib/background/queue-tab';
import { queueTabItem, queueTabOpeningItem } from '@/lib/storage';

const URL_A = 'https://sellercentral.amazon.com/messaging/contact?orderID=112-3456789-0123456&marketplaceID=ATVPDKIKX0DER';
const URL_B = 'https://sellercentral.amazon.com/messaging/contact?orderID=113-0000000-0000000&marketplaceID=ATVPDKIKX0DER';

async function tabCount(): Promise<number> {
  return (await fakeBrowser.tabs.query({})).length;
}

/** What a worker stopped between tabs.create and writing the id leaves: the marker and the tab, no id. */
async function stoppedWhileOpening(url: string, at = Date.now()): Promise<number> {
  await queueTabOpeningItem.setValue({ url, at });
  const tab = await fakeBrowser.tabs.create({ url, active: false });
  return tab.id!;
}

describe('the Parley tab', () => {
  it('is made in the background, its id written down and the marker cleared', async () => {
    const before = await tabCount();
    const id = await openInParleyTab(URL_A);
    expect(await tabCount()).toBe(before + 1);
    expect(await queueTabItem.getValue()).toBe(id);
    expect(await queueTabOpeningItem.getValue()).toBeNull();
    expect((await fakeBrowser.tabs.get(id)).active).toBe(false);
  });

  it('made just before the worker stopped: adopted on resume, not made a second time', async () => {
    const made = await stoppedWhileOpening(URL_A);
    const before = await tabCount();
    const reload = vi.spyOn(fakeBrowser.tabs, 'reload').mockResolvedValue(undefined);
    expect(await openInParleyTab(URL_A)).toBe(made);
    expect(await tabCount()).toBe(before);
    expect(await queueTabItem.getValue()).toBe(made);
    expect(await queueTabOpeningItem.getValue()).toBeNull();
    expect(reload).toHaveBeenCalledWith(made); // the half-filled page starts afresh
  });

  it('adopted, then sent to the page the resumed job opens when that is another', async () => {
    const made = await stoppedWhileOpening(URL_A);
    const update = vi.spyOn(fakeBrowser.tabs, 'update');
    expect(await openInParleyTab(URL_B)).toBe(made);
    expect(update).toHaveBeenCalledWith(made, { url: URL_B });
  });

  it.each([
    ['the seller is looking at it (active)', [true]],
    ['two tabs show that page', [false, false]],
  ])('not adopted when %s: Parley makes its own', async (_why, actives) => {
    await queueTabOpeningItem.setValue({ url: URL_A, at: Date.now() });
    const others = await Promise.all(actives.map(async (active) => (await fakeBrowser.tabs.create({ url: URL_A, active })).id!));
    const before = await tabCount();
    const id = await openInParleyTab(URL_A);
    expect(others).not.toContain(id);
    expect(await tabCount()).toBe(before + 1);
  });

  it('not adopted after OPENING_ADOPT_MS, nor from a damaged marker', async () => {
    const old = await stoppedWhileOpening(URL_A, Date.now() - OPENING_ADOPT_MS - 1);
    expect(await openInParleyTab(URL_A)).not.toBe(old);
    await queueTabItem.setValue(null);
    await fakeBrowser.storage.session.set({ queueTabOpening: { url: 42 } });
    const before = await tabCount();
    await openInParleyTab(URL_A);
    expect(await tabCount()).toBe(before + 1);
  });
});
