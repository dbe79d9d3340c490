/**
 * The composer in Firefox ESR: the Contact button on the mock's Manage Orders
 * page opens the real toolbar popup on that order; there a quick reply by
 * keyboard makes a clean message ready to send, and a violating message is
 * blocked with its findings. Then the composer window (popup.html?order=ID)
 * restores the draft, and the same story runs with the real keyboard.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxHarness } from '../support/firefox.ts';
import { evaluateIn, poll, waitForParleyMark, waitForSelectorIn } from '../support/poll.ts';
import {
  CLEAN_TEXT,
  composerWindowDriver,
  type Driver,
  composerState,
  expectCleanQuickReply,
  expectViolationBlocked,
  ORDER,
  SELLER_NAME,
  setMessage,
  setSellerName,
  tabDriver,
  toolbarPopupDriver,
  VIOLATING_TEXT,
  waitForComposer,
  waitForDraftSaved,
  waitForSend,
} from '../composer-steps.ts';

let h: FirefoxHarness;
let options: Page;
let opened: { driver: Driver; as: string } | undefined;

beforeAll(async () => {
  h = await launchFirefox();
  options = await h.page();
  await h.gotoExtensionPage(options, 'options.html#settings');
});
afterAll(async () => {
  await h?.close?.();
});

describe('Firefox: composer', () => {
  it('the seller name is set on the options page', async () => {
    await setSellerName(options, SELLER_NAME);
  });

  it('the Contact button on Manage Orders opens the composer on that order (toolbar popup, or the window where it does not show)', async () => {
    const orders = await h.page();
    await orders.goto(h.url('/orders-v3/mfn/unshipped'));
    await waitForParleyMark(orders);
    const button = `[data-parley="contact"][data-order-id="${ORDER}"] > button`;
    await waitForSelectorIn(orders, button);
    await orders.click(button);
    // Automation cannot reach the toolbar popup: the options page (same origin) can. Headless
    // Firefox ESR 140 resolves action.openPopup without showing it; Parley then opens its window.
    opened = await poll(
      async () => {
        const views = await evaluateIn(options, () => {
          const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
          return {
            popups: api.extension.getViews({ type: 'popup' }).length,
            windows: api.extension
              .getViews({ type: 'tab' })
              .filter((w) => (w as unknown as globalThis.Window).location.href.includes('popup.html?order=')).length,
          };
        });
        if (views.popups === 1) return { driver: toolbarPopupDriver(options), as: 'toolbar popup' };
        if (views.windows === 1) return { driver: composerWindowDriver(options), as: 'window' };
        return undefined;
      },
      { message: 'the toolbar popup or the composer window' },
    );
    console.log(`Firefox opened the composer as: ${opened.as}`);
    const state = await waitForComposer(opened.driver);
    expect(state.orderId).toBe(ORDER);
    expect(state.buyer).toBe('To John Smith');
    await orders.close();
  });

  it('there: a quick reply by keyboard makes a clean message, Send enabled', async () => {
    await expectCleanQuickReply(opened!.driver);
  });

  it('there: a violating message is blocked with its findings and the span marked', async () => {
    await expectViolationBlocked(opened!.driver);
    await waitForDraftSaved(opened!.driver);
    // A popup-type window left focused makes Firefox refuse new tabs (browsingContext.create).
    if (opened!.as === 'window')
      await evaluateIn(options, () => {
        const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
        const views = api.extension.getViews({ type: 'tab' }) as unknown as globalThis.Window[];
        views.find((w) => w.location.href.includes('popup.html?order='))?.close();
      });
  });

  it('the composer window restores the draft, and the same checks hold with the real keyboard', async () => {
    const d = tabDriver(await h.openPopup({ order: ORDER }));
    const restored = await poll(
      async () => {
        const s = await composerState(d);
        return s.text === VIOLATING_TEXT ? s : undefined;
      },
      { message: 'the restored draft' },
    );
    expect(restored.sendDisabled).toBe(true);
    await setMessage(d, '');
    await expectCleanQuickReply(d);
    await expectViolationBlocked(d);
    await setMessage(d, CLEAN_TEXT);
    expect((await waitForSend(d, true)).preview).toBe(CLEAN_TEXT);
  });
});
