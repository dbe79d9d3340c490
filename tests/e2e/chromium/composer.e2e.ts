/**
 * The composer in Chromium: the Contact button on the mock's Manage Orders
 * page opens the real toolbar popup on that order; there a quick reply by
 * keyboard makes a clean message ready to send, and a violating message is
 * blocked with its findings. Real background, storage and rules check. Then
 * the same story in the composer window (popup.html?order=ID) with the real
 * keyboard, and Send hands the message to the queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumHarness } from '../support/chromium.ts';
import { poll, waitForParleyMark, waitForSelectorIn } from '../support/poll.ts';
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
  waitForPopupSettled,
  waitForSend,
} from '../composer-steps.ts';

let h: ChromiumHarness;
let options: Page;

beforeAll(async () => {
  h = await launchChromium();
  options = await h.page();
  await options.goto(h.extensionUrl('options.html#settings'));
});
afterAll(async () => {
  await h?.close();
});

describe('Chromium: composer', () => {
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
    await poll(
      () =>
        options.evaluate(
          () =>
            (globalThis as unknown as { chrome: typeof import('wxt/browser').browser }).chrome.extension.getViews({ type: 'popup' })
              .length === 1,
        ),
      {
        message: 'the toolbar popup',
      },
    );
    const state = await waitForComposer(toolbarPopupDriver(options));
    await waitForPopupSettled(options, 'chrome');
    expect(state.orderId).toBe(ORDER);
    expect(state.buyer).toBe('To John Smith');
  });

  it('in the toolbar popup: a quick reply by keyboard makes a clean message, Send enabled', async () => {
    await expectCleanQuickReply(toolbarPopupDriver(options));
  });

  it('in the toolbar popup: a violating message is blocked with its findings and the span marked', async () => {
    const d = toolbarPopupDriver(options);
    await expectViolationBlocked(d);
    // The popup closes as soon as it loses focus: the draft is saved as the seller types.
    await waitForDraftSaved(d);
  });

  it('the composer window (popup.html?order=ID) restores the draft, and the same checks hold with the real keyboard', async () => {
    const page = await h.openPopup({ order: ORDER });
    const d = tabDriver(page);
    // The toolbar popup saved the violating text as the order's draft.
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
    await waitForSend(d, true);
    await page.click('button:text-is("Send")');
    const queued = await poll(async () => (await composerState(d)).queued || undefined, { message: 'the queued confirmation' });
    expect(queued).toContain('Queued: Parley will open the Contact Buyer form');
  });
});
