/**
 * Foundation checks in Firefox ESR: the built MV2 extension installs, its
 * content script reaches the background page from Seller Central (and only
 * from there), and the popup page reaches it too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from '../support/firefox.ts';
import { firefoxExtensionDir, NON_SELLER_CENTRAL_HOST, readBuiltManifest } from '../support/env.ts';
import { evaluateIn, readParleyMark, waitForParleyMark, waitForSelectorIn, waitForTextIn } from '../support/poll.ts';

const version = readBuiltManifest(firefoxExtensionDir()).version;
let h: FirefoxHarness;

beforeAll(async () => {
  h = await launchFirefox();
});
afterAll(async () => {
  await h?.close();
});

describe('Firefox: foundation', () => {
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
    // page.url() stays about:blank on extension pages in Firefox: ask the page.
    expect(await evaluateIn(popup, () => location.href)).toBe(h.extensionUrl('popup.html'));
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
    await expect(page.goto('https://example.org/')).rejects.toThrow(/NS_ERROR_PROXY_FORBIDDEN/);
    await page.close();
  });
});
