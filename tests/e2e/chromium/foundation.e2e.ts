/**
 * Foundation checks in Chromium: the built extension loads, its content script
 * reaches the background from Seller Central (and only from there), extension
 * pages reach it too, and the MV3 worker comes back after Chrome stops it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromeApi, type ChromiumHarness } from '../support/chromium.ts';
import { chromeExtensionDir, NON_SELLER_CENTRAL_HOST, readBuiltManifest } from '../support/env.ts';
import { evaluateIn, readParleyMark, waitForParleyMark, waitForSelectorIn, waitForTextIn } from '../support/poll.ts';

const version = readBuiltManifest(chromeExtensionDir()).version;
/** `chrome` inside worker.evaluate (the function runs in the service worker). */
type WithChrome = { chrome: ChromeApi };
let h: ChromiumHarness;

beforeAll(async () => {
  h = await launchChromium();
});
afterAll(async () => {
  await h?.close();
});

describe('Chromium: foundation', () => {
  it('marks Manage Orders on the real host name after a ping through the background', async () => {
    const page = await h.page();
    await page.goto(h.url('/orders-v3'));
    expect(new URL(page.url()).origin).toBe('https://sellercentral.amazon.com');
    expect(await waitForParleyMark(page)).toBe(version);
  });

  it('runs on another marketplace host (sellercentral.amazon.de)', async () => {
    const page = await h.page();
    await page.goto(h.url('/orders-v3', 'sellercentral.amazon.de'));
    expect(await waitForParleyMark(page)).toBe(version);
    await page.close();
  });

  it('popup shows Ready with the version after a message round trip', async () => {
    const popup = await h.openPopup();
    await waitForSelectorIn(popup, '.parley-status[data-status="connected"]');
    expect(await waitForTextIn(popup, '.parley-status')).toBe(`Ready (v${version})`);
    await popup.close();
  });

  it('does not run on a host that is not Seller Central', async () => {
    const other = await h.page();
    await other.goto(h.url('/orders-v3', NON_SELLER_CENTRAL_HOST));
    // The mock serves its real orders list there: the page Parley would act on.
    await waitForSelectorIn(other, 'a[data-test-id="buyer-name-with-link"]');
    // A Seller Central tab opened afterwards gets marked: by then a content
    // script on the other tab (document_idle) would have marked it too.
    const control = await h.page();
    await control.goto(h.url('/orders-v3'));
    expect(await waitForParleyMark(control)).toBe(version);
    expect(await readParleyMark(other)).toBeNull();
    expect(await evaluateIn(other, () => document.querySelectorAll('[data-parley]').length)).toBe(0);
    await Promise.all([other.close(), control.close()]);
  });

  it('cannot reach hosts outside the mock (tests never touch the internet)', async () => {
    const page = await h.page();
    await expect(page.goto('https://example.org/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
    await page.close();
  });

  it('the service worker answers ping after being stopped and started again', async () => {
    // A global set now must be gone after the restart: proof it really stopped.
    await h.worker.evaluate(() => Object.assign(globalThis, { parleyE2eMarker: 1 }));
    await h.stopWorker();
    expect(await h.workerStatus()).toBe('stopped');
    // A page load wakes the worker: the content script's ping starts it.
    const page = await h.page();
    await page.goto(h.url('/orders-v3'));
    expect(await waitForParleyMark(page)).toBe(version);
    const worker = await h.waitForWorker();
    expect(await h.workerStatus()).toBe('running');
    expect(await worker.evaluate(() => 'parleyE2eMarker' in globalThis)).toBe(false);
    expect(await worker.evaluate(() => (globalThis as unknown as WithChrome).chrome.runtime.getManifest().version)).toBe(version);
    await page.close();
  });

  it('comes back after a browser restart with the same extension id and its storage', async () => {
    const id = h.extensionId;
    await h.worker.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.local.set({ e2eRestartProbe: 'kept' }));
    await h.restart();
    expect(h.extensionId).toBe(id);
    expect(await h.worker.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.local.get('e2eRestartProbe'))).toEqual({
      e2eRestartProbe: 'kept',
    });
    await h.worker.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.local.remove('e2eRestartProbe'));
    const page = await h.page();
    await page.goto(h.url('/orders-v3'));
    expect(await waitForParleyMark(page)).toBe(version);
  });
});
