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
import { poll, waitForParleyMark, waitForSelectorIn } from '../support/poll.ts';
import {
  CLEAN_TEXT,
  closeComposerWindow,
  composerWindowDriver,
  type Driver,
  composerState,
  expectCleanQuickReply,
  expectViolationBlocked,
  openComposerView,
  ORDER,
  SELLER_NAME,
  setMessage,
  setSellerName,
  tabDriver,
  toolbarPopupDriver,
  VIOLATING_TEXT,
  waitForComposer,
  waitForDraftSaved,
  waitForPreview,
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
        const seen = await openComposerView(options);
        if (seen === 'toolbar popup') return { driver: toolbarPopupDriver(options), as: seen };
        if (seen === 'window') return { driver: composerWindowDriver(options), as: seen };
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
    await closeComposerWindow(options);
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
    expect((await waitForSend(d, true)).text).toBe(CLEAN_TEXT);
    await waitForPreview(d, CLEAN_TEXT);
  });
});
