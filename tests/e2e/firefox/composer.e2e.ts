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

beforeAll(async () => {
  h = await launchFirefox();
  options = await h.page();
  await h.gotoExtensionPage(options, 'options.html#settings');
});
afterAll(async () => {
  await h?.close();
});

describe('Firefox: composer', () => {
  it('the seller name is set on the options page', async () => {
    await setSellerName(options, SELLER_NAME);
  });

  it('the Contact button on Manage Orders opens the toolbar popup on that order', async () => {
    const orders = await h.page();
    await orders.goto(h.url('/orders-v3/mfn/unshipped'));
    await waitForParleyMark(orders);
    const button = `[data-parley="contact"][data-order-id="${ORDER}"] > button`;
    await waitForSelectorIn(orders, button);
    await orders.click(button);
    // Automation cannot reach the toolbar popup: the options page (same origin) can.
    await poll(
      () =>
        evaluateIn(
          options,
          () =>
            (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser.extension.getViews({ type: 'popup' })
              .length === 1,
        ),
      {
        message: 'the toolbar popup',
      },
    );
    const state = await waitForComposer(toolbarPopupDriver(options));
    expect(state.orderId).toBe(ORDER);
    expect(state.buyer).toBe('To John Smith');
  });

  it('in the toolbar popup: a quick reply by keyboard makes a clean message, Send enabled', async () => {
    await expectCleanQuickReply(toolbarPopupDriver(options));
  });

  it('in the toolbar popup: a violating message is blocked with its findings and the span marked', async () => {
    const d = toolbarPopupDriver(options);
    await expectViolationBlocked(d);
    await waitForDraftSaved(d);
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
