/**
 * The send queue in Chromium against the mock Contact Buyer page: the shared
 * stories (tests/e2e/queue-steps.ts), then what only this harness can do: a
 * sign-in redirect by request interception and a browser restart on the same profile.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumHarness } from '../support/chromium.ts';
import { poll, waitForTextIn } from '../support/poll.ts';
import { damagedJobQuarantined, handOver, reasonNotOffered, sameAgainRefused, sendForMe, type QueueViewDriver } from '../queue-steps.ts';
import {
  controlPage,
  enqueue,
  jobById,
  openQueueView,
  ORDERS,
  pageText,
  parleyTab,
  pressAmazonSend,
  sentWith,
  waitForJob,
} from './queue-support.ts';

let h: ChromiumHarness;
let control: Page;

beforeAll(async () => {
  h = await launchChromium();
  control = await controlPage(h);
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.site.reset());

describe('Chromium: send queue', () => {
  const d = (): QueueViewDriver => ({
    site: h.site,
    control,
    pages: async () => h.context.pages(),
    openQueueView: () => openQueueView(h),
    listsNotifications: true,
  });
  it('hand-over: Parley fills the form, the seller presses Send, exactly one message goes out', () => handOver(d(), 'Chromium', true));
  it('the same message again is refused with the reason', () => sameAgainRefused(d(), 'Chromium'));
  it('Send for me: Parley presses Send, confirms the language review, exactly one message goes out', () => sendForMe(d(), 'Chromium'));
  it('a reason the page does not offer fails the job with the page’s reason names, and the view offers a page report', () =>
    reasonNotOffered(d()));
  it('a damaged stored job is quarantined and reported; the rest of the queue runs', () => damagedJobQuarantined(d()));

  // Chromium only: Playwright's request interception (sign-in redirect) and a restart on the same profile.
  it('Seller Central asks to sign in: the job waits with that reason until the seller retries', async () => {
    const text = 'Hello Sarah, order 113-9081726-3544321: your engraving is ready. (signed out)';
    // Playwright intercepts requests only in tabs it has attached to: a tab the extension
    // creates is attached too late for its first request. So the Parley tab must exist first.
    if (!h.context.pages().some((p) => p.url().includes('/messaging/contact?'))) {
      const warmUp = 'Hello Emily, order 111-2233445-5667788 is confirmed. (warm-up)';
      const w = await enqueue(control, { orderId: ORDERS.usPending, reason: 'confirmOrderDetails', text: warmUp });
      await waitForJob(control, w, ['awaiting-seller']);
      await pressAmazonSend(await parleyTab(h, ORDERS.usPending));
      await waitForJob(control, w, ['sent']);
    }
    const signedOut = (url: URL) => url.pathname === '/messaging/contact' && url.searchParams.get('orderID') === ORDERS.usCustomized;
    // What Amazon does to a session that expired: the page redirects to its sign-in page.
    await h.context.route(signedOut, (route) =>
      route.fulfill({ status: 302, headers: { location: `/ap/signin?openid.return_to=${encodeURIComponent('/messaging/contact')}` } }),
    );
    const id = await enqueue(control, { orderId: ORDERS.usCustomized, reason: 'confirmCustomizationDetails', text });
    const held = await waitForJob(control, id, ['held'], 30_000);
    expect(held.heldFor).toBe('signedOut');
    const popup = await openQueueView(h);
    const job = `[data-parley-job="${id}"]`;
    await waitForTextIn(popup, job, /Sign in to Seller Central, then retry/);
    // Signed in again; the seller presses Retry in the queue view.
    await h.context.unroute(signedOut);
    await popup.getByRole('button', { name: `Retry the message for order ${ORDERS.usCustomized}` }).click();
    const tab = await parleyTab(h, ORDERS.usCustomized);
    await waitForJob(control, id, ['awaiting-seller'], 30_000);
    await pressAmazonSend(tab);
    await waitForJob(control, id, ['sent']);
    expect(sentWith(h, text)).toBe(1);
    await popup.close();
  });

  it('a browser restart with the same profile resumes the queue; a form left with the seller needs a check', async () => {
    const first = 'Hello Emily, order 111-2233445-5667788: confirming your details. (restart 1)';
    const second = 'Hello Sarah, order 113-9081726-3544321: please confirm the engraving text. (restart 2)';
    const a = await enqueue(control, { orderId: ORDERS.usPending, reason: 'confirmOrderDetails', text: first });
    await waitForJob(control, a, ['awaiting-seller']);
    const b = await enqueue(control, { orderId: ORDERS.usCustomized, reason: 'confirmCustomizationDetails', text: second });
    expect((await jobById(control, b))?.state).toBe('queued'); // one at a time: the seller has the first form

    await h.restart();
    control = await controlPage(h);
    // The first form was in a tab that is gone: the seller may have pressed Send, so Parley asks instead of re-filling.
    expect((await waitForJob(control, a, ['needs-check'])).lastError?.code).toBe('browserRestart');
    const tab = await parleyTab(h, ORDERS.usCustomized);
    await waitForJob(control, b, ['awaiting-seller']);
    expect(await pageText(tab)).toBe(second);
    await pressAmazonSend(tab);
    await waitForJob(control, b, ['sent']);
    expect(sentWith(h, second)).toBe(1);
    expect(sentWith(h, first)).toBe(0);
    const popup = await openQueueView(h);
    await poll(
      () =>
        popup
          .evaluate((jobId) => document.querySelector(`[data-parley-job="${jobId}"]`)?.getAttribute('data-state'), a)
          .then((s) => s === 'needs-check'),
      {
        message: 'the needs-check job in the queue view',
      },
    );
  });
});
