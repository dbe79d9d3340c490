/**
 * Order pages in Chromium: Contact buttons on Manage Orders and Order Details
 * (English and Chinese UI), canceled and FBA rows, hostile names, re-render
 * storms and single-page navigation, the composer opening, the popup deep
 * link, copying the encrypted address through the context-menu handler, the
 * self-check notice, and the buttons going away when the extension reloads.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromeApi, type ChromiumHarness } from '../support/chromium.ts';
import { evaluateIn, poll, waitForParleyMark, waitForSelectorIn, waitForTextIn } from '../support/poll.ts';
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

let h: ChromiumHarness;
const dialogs: string[] = [];

beforeAll(async () => {
  h = await launchChromium();
  h.context.on('page', (p) => p.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss())));
});
afterAll(async () => {
  await h?.close();
});

async function open(path: string, host?: string): Promise<Page> {
  const page = await h.page();
  page.on('dialog', (d) => void (dialogs.push(d.message()), d.dismiss()));
  await page.goto(h.url(path, host));
  await waitForParleyMark(page);
  return page;
}

/** The background's context-menu click handler, as Chrome would call it for a right-click on this buyer link. */
function menuClick(page: Page, orderId: string) {
  return h.worker.evaluate(
    async ({ url, orderId }) => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      const [tab] = await api.tabs.query({ url: url.split('#')[0] });
      const link = `https://${new URL(url).host}/messaging/contact?orderID=${orderId}&marketplaceID=ATVPDKIKX0DER`;
      const click = (globalThis as unknown as { parleyOnCopyMenuClick: (info: object, tab: object) => Promise<unknown> })
        .parleyOnCopyMenuClick;
      return click({ menuItemId: 'parley-copy-buyer-address', linkUrl: link, pageUrl: url, frameId: 0 }, tab!);
    },
    { url: page.url(), orderId },
  );
}

describe('Chromium: Contact buttons on Manage Orders', () => {
  it('one button beside every buyer name (English UI), none on FBA rows without a buyer link', async () => {
    const page = await open('/orders-v3?pageSize=100');
    const c = await waitForButtons(page, { atLeast: 20 });
    expect(c).toMatchObject({ links: 25, wrappers: 25, wrong: 0, strays: 0 });
    const b = await button(page, JOHN);
    expect(b).toMatchObject({ tag: 'BUTTON', type: 'button', text: 'Contact', disabled: false });
    expect(b!.label).toBe(`Contact buyer John Smith about order ${JOHN}`);
    expect(await button(page, FBA_TEXT)).toBeNull();
    await page.close();
  });

  it('a canceled order’s button is disabled and says why', async () => {
    const page = await open('/orders-v3/mfn/canceled');
    await waitForButtons(page);
    const b = await button(page, CANCELED);
    expect(b!.disabled).toBe(true);
    expect(b!.description).toContain('Contact Us form');
    expect(b!.title).toContain('Contact Us form');
    await page.close();
  });

  it('the Chinese UI page gets the same buttons, canceled recognised from 已取消', async () => {
    const page = await open('/orders-v3?pageSize=100&mons_sel_locale=zh_CN');
    expect(await evaluateIn(page, () => document.documentElement.lang)).toBe('zh-CN');
    expect(await waitForButtons(page, { atLeast: 20 })).toMatchObject({ links: 25, wrong: 0 });
    expect((await button(page, CANCELED))!.disabled).toBe(true);
    expect((await button(page, JOHN))!.disabled).toBe(false);
    // Back to English for the next tests (the UI language cookie is sticky).
    await page.goto(h.url('/orders-v3?mons_sel_locale=en_US'));
    await page.close();
  });

  it('keyboard: Tab reaches the button after the buyer name', async () => {
    const page = await open('/orders-v3?pageSize=100');
    await waitForButtons(page);
    await page.focus(`a[href*="orderID=${JOHN}"]`);
    await page.keyboard.press('Tab');
    expect(await evaluateIn(page, () => document.activeElement?.closest('[data-parley="contact"]')?.getAttribute('data-order-id'))).toBe(
      JOHN,
    );
    await page.close();
  });

  it('hostile buyer names stay text: nothing runs, nothing loads', async () => {
    const page = await open('/orders-v3?pageSize=100');
    await waitForButtons(page);
    await rerenderStorm(page, 5);
    await waitForButtons(page);
    expect(await hostileTraces(page)).toEqual({ pwned: false, imgX: 0, scripts: 0 });
    expect((await button(page, HOSTILE_IMG))!.label).toBe(`Contact buyer <img src=x onerror=alert(1)> about order ${HOSTILE_IMG}`);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('exactly one button per buyer name through a storm of re-renders and shuffles', async () => {
    const page = await open('/orders-v3?pageSize=100');
    await waitForButtons(page);
    expect(await rerenderStorm(page, 60)).toBe(28);
    expect(await waitForButtons(page)).toMatchObject({ links: 25, wrappers: 25, wrong: 0, strays: 0 });
    // And still exactly one a moment later (nothing trickles in after the storm).
    await new Promise((r) => setTimeout(r, 500));
    expect(await census(page)).toMatchObject({ links: 25, wrappers: 25, wrong: 0 });
    await page.close();
  });

  it('follows pagination, tabs, page size and search without a page load', async () => {
    const page = await open('/orders-v3');
    await waitForButtons(page);
    await evaluateIn(page, () => ((window as unknown as { __parleyNoReload: boolean }).__parleyNoReload = true));
    for (const [click, path] of [
      ['.a-pagination a[href*="page=2"]', 'page=2'],
      ['a.myo-tab[href="/orders-v3/mfn/unshipped"]', '/orders-v3/mfn/unshipped'],
      ['a.myo-tab[href="/orders-v3/mfn/shipped"]', '/orders-v3/mfn/shipped'],
    ] as const) {
      await page.click(click);
      await poll(() => page.url().includes(path) && evaluateIn(page, () => !document.querySelector('#MYO-app[aria-busy]')), {
        message: path,
      });
      await waitForButtons(page);
    }
    await page.selectOption('select[name="myo-table-results-per-page"]', '50');
    await poll(() => page.url().includes('pageSize=50'), { message: 'page size 50' });
    await waitForButtons(page);
    await page.fill('input[name="q"]', CUSTOMIZED);
    await page.click('form.myo-search button[type="submit"]');
    await poll(async () => (await census(page)).links === 1, { message: 'the search result' });
    expect(await waitForButtons(page)).toMatchObject({ links: 1, wrappers: 1 });
    expect(await evaluateIn(page, () => (window as unknown as { __parleyNoReload?: boolean }).__parleyNoReload)).toBe(true);
    await page.close();
  });
});

describe('Chromium: Order Details', () => {
  it('one button after the shipping section’s buyer name, also after navigating from the list', async () => {
    const page = await open('/orders-v3');
    await waitForButtons(page);
    await page.click(`a[href="/orders-v3/order/${JOHN}"]`);
    await waitForSelectorIn(page, '[data-test-id="shipping-section-contact-buyer-value"] + [data-parley="contact"]');
    expect(await evaluateIn(page, () => document.querySelectorAll('[data-parley="contact"]').length)).toBe(1);
    // The accessible name is written in the frame after insertion (before paint): wait for that frame.
    const label = await poll(async () => (await button(page, JOHN))?.label, { message: 'the Contact button named' });
    expect(label).toBe(`Contact buyer John Smith about order ${JOHN}`);
    await page.close();
  });

  it('Chinese UI details of a canceled order: disabled; FBA with a plain name: no button', async () => {
    const page = await open(`/orders-v3/order/${CANCELED}?mons_sel_locale=zh_CN`);
    await waitForSelectorIn(page, '[data-parley="contact"]');
    expect((await button(page, CANCELED))!.disabled).toBe(true);
    await page.goto(h.url(`/orders-v3/order/${FBA_TEXT}?mons_sel_locale=en_US`));
    await waitForParleyMark(page);
    await waitForSelectorIn(page, '[data-test-id="shipping-section-contact-buyer-value"]');
    await new Promise((r) => setTimeout(r, 300));
    expect(await evaluateIn(page, () => document.querySelectorAll('[data-parley="contact"]').length)).toBe(0);
    await page.close();
  });
});

describe('Chromium: the composer', () => {
  it('Contact opens the composer for that order: the toolbar popup, which takes the order', async () => {
    // An extension page to look into the popup from, opened first: focusing a tab later would close the popup.
    const ext = await h.page();
    await ext.goto(h.extensionUrl('options.html'));
    const page = await open('/orders-v3/mfn/unshipped');
    await waitForButtons(page);
    // Record what the background hands the popup (storage.session), to see the popup take it.
    await h.worker.evaluate(() => {
      const g = globalThis as unknown as { chrome: ChromeApi; parleyPendingLog: unknown[] };
      g.parleyPendingLog = [];
      g.chrome.storage.session.onChanged.addListener((changes) => {
        if ('ordersPending' in changes) g.parleyPendingLog.push(changes.ordersPending!.newValue ?? null);
      });
    });
    await page.click(`[data-parley="contact"][data-order-id="${CUSTOMIZED}"] > button`);
    // Chromium lets the extension open its toolbar popup (action.openPopup): a popup context appears,
    // and the popup takes the pending order (set, then cleared by orders/takePending).
    const popups = await poll(
      () =>
        h.worker.evaluate(async () => {
          const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
          const contexts = await api.runtime.getContexts({ contextTypes: ['POPUP' as never] });
          return contexts.length > 0 ? contexts.map((c) => c.contextType) : false;
        }),
      { message: 'the toolbar popup' },
    );
    expect(popups).toEqual(['POPUP']);
    const log = await poll(
      () =>
        h.worker.evaluate(() => {
          const l = (globalThis as unknown as { parleyPendingLog: ({ orderId: string } | null)[] }).parleyPendingLog;
          return l.length >= 2 ? l : false;
        }),
      { message: 'the popup taking the order' },
    );
    expect(log.map((e) => e?.orderId ?? null)).toEqual([CUSTOMIZED, null]);
    // And the popup shows that order: read its document from the other extension page.
    const text = await poll(
      () =>
        evaluateIn(ext, () => {
          const api = (globalThis as unknown as { chrome: { extension: { getViews(o: object): Window[] } } }).chrome;
          const body = api.extension
            .getViews({ type: 'popup' })
            .map((w) => w.document.body.textContent ?? '')
            .join('');
          return body.includes("Sarah O'Connor") ? body : false;
        }),
      { message: 'the order in the toolbar popup' },
    );
    expect(text).toContain(CUSTOMIZED);
    await ext.close();
    await page.close();
  });

  it('the deep link popup.html?order=ID shows a cached order on its own, and says so for an unknown one', async () => {
    const popup = await h.openPopup({ order: CUSTOMIZED });
    await poll(() => evaluateIn(popup, () => document.body.textContent?.includes("Sarah O'Connor") || false), {
      message: 'the buyer in the popup',
    });
    await popup.goto(h.extensionUrl('popup.html?order=999-9999999-9999999'));
    const text = await poll(
      () => evaluateIn(popup, () => (document.body.textContent?.includes('999-9999999-9999999') ? document.body.textContent : false)),
      {
        message: 'the not-cached message',
      },
    );
    expect(text).toContain('does not know order 999-9999999-9999999');
    await popup.close();
  });
});

describe('Chromium: copy the encrypted address (context menu)', () => {
  it('copies the buyer’s relay address from the order’s Contact Buyer page, without putting it in the page', async () => {
    const page = await open('/orders-v3?pageSize=100');
    await waitForButtons(page);
    await evaluateIn(page, () => navigator.clipboard.writeText('before'));
    const answer = await menuClick(page, JOHN);
    expect(answer).toEqual({ ok: true, value: { copied: true } });
    expect(await evaluateIn(page, () => navigator.clipboard.readText())).toBe(JOHN_RELAY);
    expect(await toastText(page)).toContain('copied');
    expect(await pageHas(page, JOHN_RELAY)).toBe(false);
    expect(await evaluateIn(page, () => document.querySelectorAll('iframe').length)).toBe(0);
    await page.close();
  });

  it('says why not: canceled order, logged out', async () => {
    const page = await open('/orders-v3?pageSize=100');
    await waitForButtons(page);
    expect(await menuClick(page, CANCELED)).toMatchObject({ ok: false, error: { code: 'no-messaging' } });
    expect(await toastText(page)).toContain('Contact Us form');
    // The mock sends ?mock=login requests to the sign-in page, like an expired session.
    await evaluateIn(
      page,
      (id: string) => {
        const link = document.querySelector<HTMLAnchorElement>(`a[data-test-id="buyer-name-with-link"][href*="orderID=${id}"]`)!;
        link.setAttribute('href', `${link.getAttribute('href')}&mock=login`);
      },
      JOHN,
    );
    const answer = await menuClick(page, JOHN);
    expect(answer).toMatchObject({ ok: false, error: { code: 'logged-out' } });
    await page.close();
  });

  it('the menu exists only for buyer links on Seller Central', async () => {
    const props = await h.worker.evaluate(() => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      return new Promise((resolve) => api.contextMenus.update('parley-copy-buyer-address', {}, () => resolve(!api.runtime.lastError)));
    });
    expect(props).toBe(true);
  });
});

describe('Chromium: self-check', () => {
  async function tabId(page: Page): Promise<number> {
    return h.worker.evaluate(async (url) => {
      const api = (globalThis as unknown as { chrome: ChromeApi }).chrome;
      return (await api.tabs.query({ url }))[0]!.id!;
    }, page.url());
  }

  it('the popup reports the buyer names found on the orders tab', async () => {
    const page = await open('/orders-v3');
    await waitForButtons(page);
    const { links } = await census(page);
    const popup = await h.openPopup({ tab: String(await tabId(page)) });
    expect(await waitForTextIn(popup, '.parley-check', /Contact buttons beside/)).toBe(
      `Manage Orders: Contact buttons beside ${links} buyer names.`,
    );
    await popup.close();
    await page.close();
  });

  it('says what it expected when the page shows rows but no buyer name Parley knows', async () => {
    const page = await h.page();
    await page.goto(h.url('/orders-v3'));
    // Amazon "changes the page" before Parley's check runs: no test id, another link target.
    await waitForSelectorIn(page, 'a[data-test-id="buyer-name-with-link"]');
    await evaluateIn(page, () => {
      for (const a of document.querySelectorAll('a[data-test-id="buyer-name-with-link"]')) {
        a.removeAttribute('data-test-id');
        a.setAttribute('href', '/messages/new');
      }
    });
    const id = await tabId(page);
    const text = await poll(
      async () => {
        const popup = await h.openPopup({ tab: String(id) });
        const t = await waitForTextIn(popup, '.parley-check');
        await popup.close();
        return t.includes('found no buyer names') ? t : false;
      },
      { message: 'the self-check notice', timeout: 15_000, interval: 1000 },
    );
    expect(text).toBe(
      'This looks like Manage Orders, but Parley found no buyer names in 15 order rows. Amazon may have changed the page; Contact buttons are unavailable.',
    );
    await page.close();
  });
});

describe('Chromium: Parley in Chinese (browser UI zh-CN)', () => {
  it('the button, its accessible name and the canceled explanation are in Chinese', async () => {
    const zh = await launchChromium({ site: h.site, locale: 'zh-CN' });
    try {
      const page = await zh.page();
      await page.goto(zh.url('/orders-v3?pageSize=100&mons_sel_locale=zh_CN'));
      await waitForParleyMark(page);
      await waitForButtons(page, { atLeast: 20 });
      const b = await button(page, JOHN);
      expect(b!.text).toBe('联系');
      expect(b!.label).toBe(`就订单 ${JOHN} 联系买家 John Smith`);
      const canceled = await button(page, CANCELED);
      expect(canceled!.disabled).toBe(true);
      expect(canceled!.description).toContain('联系我们');
    } finally {
      await zh.close();
    }
  });
});

describe('Chromium: extension reload', () => {
  it('removes the buttons of the old content script when the extension reloads', async () => {
    const page = await open('/orders-v3?pageSize=100');
    await waitForButtons(page, { atLeast: 20 });
    await h.worker.evaluate(() => (globalThis as unknown as { chrome: ChromeApi }).chrome.runtime.reload()).catch(() => undefined);
    await poll(() => evaluateIn(page, () => document.querySelectorAll('[data-parley="contact"]').length === 0), {
      message: 'the old buttons to go',
      timeout: 15_000,
    });
    expect(await census(page)).toMatchObject({ wrappers: 0 });
    await page.close();
  });
});
