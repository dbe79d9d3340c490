/**
 * Order pages in Firefox ESR (MV2): Contact buttons on Manage Orders and Order
 * Details (English and Chinese UI), canceled and FBA rows, hostile names,
 * re-render storms and navigation, the composer window (Firefox does not let
 * an extension open its toolbar popup from a page click), and copying the
 * encrypted address through the context-menu handler of the background page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxHarness } from '../support/firefox.ts';
import { evaluateIn, poll, waitForParleyMark, waitForSelectorIn } from '../support/poll.ts';
import { closeComposerWindow, composerWindowDriver, openComposerView, toolbarPopupDriver } from '../composer-steps.ts';
import {
  button,
  CANCELED,
  census,
  CUSTOMIZED,
  FBA_TEXT,
  HOSTILE_IMG,
  hostileTraces,
  JOHN,
  JOHN_RELAY,
  pageHas,
  rerenderStorm,
  toastText,
  waitForButtons,
} from '../orders-steps.ts';

const CUSTOMIZED_BUYER = "Sarah O'Connor";
let h: FirefoxHarness;
const dialogs: string[] = [];

beforeAll(async () => {
  h = await launchFirefox();
});
afterAll(async () => {
  await h?.close();
});

async function open(path: string): Promise<Page> {
  const page = await h.page();
  page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
  await page.goto(h.url(path));
  await waitForParleyMark(page);
  return page;
}

/**
 * Call the background page's context-menu handler as Firefox would for a
 * right-click on the buyer link of `orderId` in the tab showing `pageUrl`
 * (headless Firefox has no native menus). Runs from an extension page, which
 * can reach the background page.
 */
async function menuClick(page: Page, orderId: string): Promise<unknown> {
  // Find the tab by a title only it has (several tabs may show the same URL).
  const marker = `parley-e2e-${Math.random().toString(36).slice(2)}`;
  await evaluateIn(page, (title: string) => (document.title = title), marker);
  const ext = await h.openPopup();
  try {
    return await evaluateIn(
      ext,
      async ({ url, id, title }) => {
        const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
        const bg = (await api.runtime.getBackgroundPage()) as unknown as {
          parleyOnCopyMenuClick: (info: object, tab: object) => Promise<unknown>;
        };
        const [tab] = await api.tabs.query({ title });
        const link = `${new URL(url).origin}/messaging/contact?orderID=${id}&marketplaceID=ATVPDKIKX0DER`;
        return bg.parleyOnCopyMenuClick({ menuItemId: 'parley-copy-buyer-address', linkUrl: link, pageUrl: url, frameId: 0 }, tab!);
      },
      { url: await evaluateIn(page, () => location.href), id: orderId, title: marker },
    );
  } finally {
    await ext.close();
  }
}

describe('Firefox: Contact buttons', () => {
  it('one button beside every buyer name (English UI), none for FBA rows without a buyer link', async () => {
    const page = await open('/orders-v3?pageSize=100');
    expect(await waitForButtons(page, { atLeast: 20 })).toMatchObject({ links: 25, wrappers: 25, wrong: 0, strays: 0 });
    const b = await button(page, JOHN);
    expect(b).toMatchObject({ tag: 'BUTTON', type: 'button', text: 'Contact', disabled: false });
    expect(b!.label).toBe(`Contact buyer John Smith about order ${JOHN}`);
    expect(await button(page, FBA_TEXT)).toBeNull();
    const canceled = await button(page, CANCELED);
    expect(canceled!.disabled).toBe(true);
    expect(canceled!.description).toContain('Contact Us form');
    await page.close();
  });

  it('the Chinese UI list and details pages', async () => {
    const page = await open('/orders-v3?pageSize=100&mons_sel_locale=zh_CN');
    expect(await waitForButtons(page, { atLeast: 20 })).toMatchObject({ links: 25, wrong: 0 });
    expect((await button(page, CANCELED))!.disabled).toBe(true);
    await page.goto(h.url(`/orders-v3/order/${CUSTOMIZED}`));
    await waitForSelectorIn(page, '[data-test-id="shipping-section-contact-buyer-value"] + [data-parley="contact"]');
    expect(await evaluateIn(page, () => document.documentElement.lang)).toBe('zh-CN');
    expect((await button(page, CUSTOMIZED))!.disabled).toBe(false);
    await page.goto(h.url('/orders-v3?mons_sel_locale=en_US'));
    await page.close();
  });

  it('hostile names stay text; storms of re-renders leave exactly one button per buyer', async () => {
    const page = await open('/orders-v3?pageSize=100');
    await waitForButtons(page);
    expect(await rerenderStorm(page, 40)).toBe(28);
    expect(await waitForButtons(page)).toMatchObject({ links: 25, wrappers: 25, wrong: 0, strays: 0 });
    expect(await hostileTraces(page)).toEqual({ pwned: false, imgX: 0, scripts: 0 });
    expect((await button(page, HOSTILE_IMG))!.label).toBe(`Contact buyer <img src=x onerror=alert(1)> about order ${HOSTILE_IMG}`);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('follows tabs and pages without a page load, and into Order Details', async () => {
    const page = await open('/orders-v3');
    await waitForButtons(page);
    await evaluateIn(page, () => ((window as unknown as { __parleyNoReload: boolean }).__parleyNoReload = true));
    // The URL changes at once, the rows when the data arrives (#MYO-app[aria-busy] meanwhile).
    const settled = (want: string) =>
      poll(
        () =>
          evaluateIn(
            page,
            (w: string) => (location.pathname + location.search).includes(w) && !document.querySelector('#MYO-app[aria-busy]'),
            want,
          ),
        {
          message: want,
        },
      );
    await page.click('.a-pagination a[href*="page=2"]');
    await settled('page=2');
    await waitForButtons(page);
    await page.click('a.myo-tab[href="/orders-v3/mfn/canceled"]');
    await settled('/orders-v3/mfn/canceled');
    await waitForButtons(page);
    expect((await button(page, CANCELED))!.disabled).toBe(true);
    await page.click(`a[href="/orders-v3/order/${CANCELED}"]`);
    await waitForSelectorIn(page, '[data-test-id="shipping-section-contact-buyer-value"] + [data-parley="contact"]');
    expect(await evaluateIn(page, () => document.querySelectorAll('[data-parley="contact"]').length)).toBe(1);
    expect(await evaluateIn(page, () => (window as unknown as { __parleyNoReload?: boolean }).__parleyNoReload)).toBe(true);
    expect(await census(page)).toMatchObject({ links: 0 });
    await page.close();
  });
});

describe('Firefox: the composer', () => {
  it('Contact opens the composer for that order (toolbar popup, or a popup.html?order=ID window)', async () => {
    const page = await open('/orders-v3/mfn/unshipped');
    await waitForButtons(page);
    // Firefox ESR may open its toolbar popup here; where it refuses, a popup window opens instead. Look from the
    // options page (an extension page that takes no pending order itself): automation shows extension pages in
    // popup-type windows as about:blank, and only a page of the extension sees their views. It is opened before
    // the click, as a seller's tabs are: a tab opened just after it closed the popup as it showed, in some runs.
    const ext = await h.page();
    await h.gotoExtensionPage(ext, 'options.html');
    await page.bringToFront();
    await page.click(`[data-parley="contact"][data-order-id="${CUSTOMIZED}"] > button`);
    const shown = await poll(
      async () => {
        const seen = await openComposerView(ext);
        if (!seen) return false;
        const view = seen === 'toolbar popup' ? toolbarPopupDriver(ext) : composerWindowDriver(ext);
        const text = await view.run((doc) => doc.body?.textContent ?? '', null).catch(() => '');
        return text.includes(CUSTOMIZED_BUYER) ? seen : false;
      },
      { message: 'the composer showing the order' },
    ).catch(async (e: unknown) => {
      // Say what Parley's views showed: the page may be gone by the report.
      const views = await evaluateIn(ext, () =>
        (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } }).browser.extension
          .getViews({})
          .map((w) => `${w.location.pathname}${w.location.search}: ${(w.document.body?.innerText ?? '').slice(0, 200)}`),
      ).catch(String);
      throw new Error(`${e instanceof Error ? e.message : String(e)}; Parley's views: ${JSON.stringify(views)}`);
    });
    expect(['toolbar popup', 'window']).toContain(shown);
    // A popup-type window left focused makes Firefox refuse new tabs (browsingContext.create).
    await closeComposerWindow(ext);
    await ext.close();
    await page.close();
  });
});

describe('Firefox: copy the encrypted address (context menu)', () => {
  it('copies the relay address of the order, never into the page', async () => {
    const page = await open('/orders-v3?pageSize=100');
    await waitForButtons(page);
    const answer = await menuClick(page, JOHN);
    expect(answer).toEqual({ ok: true, value: { copied: true } });
    expect(await toastText(page)).toContain('copied');
    expect(await pageHas(page, JOHN_RELAY)).toBe(false);
    // Paste it, as the seller would, into the page's search box.
    await page.bringToFront();
    await page.click('input[name="q"]');
    await page.keyboard.down('Control');
    await page.keyboard.press('v');
    await page.keyboard.up('Control');
    expect(
      await poll(() => evaluateIn(page, () => document.querySelector<HTMLInputElement>('input[name="q"]')!.value || false), {
        message: 'the pasted address',
      }),
    ).toBe(JOHN_RELAY);
    await page.close();
  });

  it('says why not: canceled order, logged out', async () => {
    const page = await open('/orders-v3?pageSize=100');
    await waitForButtons(page);
    expect(await menuClick(page, CANCELED)).toMatchObject({ ok: false, error: { code: 'no-messaging' } });
    await evaluateIn(
      page,
      (id: string) => {
        const link = document.querySelector<HTMLAnchorElement>(`a[data-test-id="buyer-name-with-link"][href*="orderID=${id}"]`)!;
        link.setAttribute('href', `${link.getAttribute('href')}&mock=login`);
      },
      JOHN,
    );
    expect(await menuClick(page, JOHN)).toMatchObject({ ok: false, error: { code: 'logged-out' } });
    await page.close();
  });
});
