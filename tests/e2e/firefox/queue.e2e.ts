/**
 * The send queue in Firefox ESR (MV2 build) against the mock Contact Buyer
 * page: the hand-over flow and "Send for me", each ending with exactly one
 * message recorded by the mock, and the queue view showing the result.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from '../support/firefox.ts';
import { evaluateIn, poll, waitForSelectorIn } from '../support/poll.ts';

type Ext = {
  browser: {
    runtime: { sendMessage(m: unknown): Promise<unknown> };
    storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
  };
};
interface RawJob {
  id: string;
  state: string;
  history: { to: string }[];
}

const US = { marketplaceId: 'ATVPDKIKX0DER', host: 'sellercentral.amazon.com', transport: 'form' } as const;
const USUNSHIPPED = '112-3456789-0123456';
const USPENDING = '111-2233445-5667788';

let h: FirefoxHarness;
let control: Page;

beforeAll(async () => {
  h = await launchFirefox();
  control = await h.page();
  await h.gotoExtensionPage(control, 'options.html');
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.site.reset());

async function enqueue(input: { orderId: string; reason: string; text: string; autoSubmit?: boolean }): Promise<string> {
  const answer = (await evaluateIn(
    control,
    (payload) => (globalThis as unknown as Ext).browser.runtime.sendMessage({ parley: 1, type: 'queue/enqueue', input: payload }),
    { ...US, ...input },
  )) as {
    ok: boolean;
    value?: { jobId: string };
  };
  expect(answer.ok).toBe(true);
  return answer.value!.jobId;
}

function waitForJob(id: string, state: string): Promise<RawJob> {
  return poll(
    async () => {
      const raw = await evaluateIn(control, () => (globalThis as unknown as Ext).browser.storage.local.get('queue'));
      const job = ((raw as { queue?: { jobs: RawJob[] } }).queue?.jobs ?? []).find((j) => j.id === id);
      return job?.state === state ? job : undefined;
    },
    { timeout: 30_000, message: `job ${id} ${state}` },
  );
}

function parleyTab(orderId: string): Promise<Page> {
  return poll(async () => (await h.browser.pages()).find((p) => p.url().includes(`/messaging/contact?orderID=${orderId}`)), {
    message: `the Contact Buyer tab of ${orderId}`,
  });
}

const sentWith = (text: string) => h.site.sent().filter((s) => s.text === text).length;

describe('Firefox: send queue', () => {
  it('hand-over: Parley fills the form, the seller presses Send, exactly one message goes out', async () => {
    const text = 'Hello John, your order 112-3456789-0123456 ships tomorrow. (Firefox hand-over)';
    const id = await enqueue({ orderId: USUNSHIPPED, reason: 'confirmOrderDetails', text });
    const tab = await parleyTab(USUNSHIPPED);
    await waitForJob(id, 'awaiting-seller');
    expect(await tab.evaluate(() => (document.querySelector('kat-textarea') as Element & { value: string }).value)).toBe(text);
    expect(sentWith(text)).toBe(0);
    await tab.click('kat-button.ayb-contact-form-send-button');
    await waitForJob(id, 'sent');
    expect(h.site.sent()).toEqual([expect.objectContaining({ orderId: USUNSHIPPED, reason: 'confirmOrderDetails', text })]);
    const popup = await h.openPopup();
    await waitForSelectorIn(popup, `[data-parley-job="${id}"][data-state="sent"]`);
    await popup.close();
  });

  it('Send for me: Parley presses Send itself, exactly one message goes out', async () => {
    const text = 'Hello Emily, order 111-2233445-5667788: your item is being prepared. (Firefox opt-in)';
    const id = await enqueue({ orderId: USPENDING, reason: 'confirmOrderDetails', text, autoSubmit: true });
    const job = await waitForJob(id, 'sent');
    expect(job.history.map((e) => e.to)).toEqual(['filling', 'submitting', 'sent']);
    expect(sentWith(text)).toBe(1);
    expect(h.site.sent()).toHaveLength(1);
  });
});
