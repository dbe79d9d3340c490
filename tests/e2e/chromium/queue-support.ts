/**
 * Helpers for the send-queue e2e tests in Chromium. Storage is read from an
 * extension page (options.html) with chrome.storage directly: that never wakes
 * the service worker, so a stopped worker stays stopped until the extension's
 * own events (alarms, page messages) start it.
 */
import type { Page } from 'playwright-core';
import type { ChromeApi, ChromiumHarness } from '../support/chromium.ts';
import { poll } from '../support/poll.ts';

type WithChrome = { chrome: ChromeApi };

export const US = { marketplaceId: 'ATVPDKIKX0DER', host: 'sellercentral.amazon.com' } as const;
/** Mock data set (tests/fixtures/seller-central/README.md). */
export const ORDERS = {
  usUnshipped: '112-3456789-0123456',
  usPending: '111-2233445-5667788',
  usSpanish: '112-6060606-1212121',
  usBulky: '114-5550001-7770002',
  usCustomized: '113-9081726-3544321',
} as const;

export interface RawJob {
  id: string;
  orderId: string;
  state: string;
  heldFor?: string;
  attempts: number;
  lastError?: { code: string; message?: string };
  history: { event: string; from: string; to: string; code?: string }[];
}

export interface EnqueueInput {
  orderId: string;
  reason: string;
  text: string;
  autoSubmit?: boolean;
}

/** An extension page to talk through (options: it does not follow the queue). */
export async function controlPage(h: ChromiumHarness): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.extensionUrl('options.html'));
  return page;
}

/**
 * The popup's home with the queue view, opened in a tab. The tab is brought to
 * the front first: with a Seller Central order in the active tab the popup
 * opens that order's composer instead of the home.
 */
export async function openQueueView(h: ChromiumHarness): Promise<Page> {
  const page = await h.context.newPage();
  await page.bringToFront();
  await page.goto(h.extensionUrl('popup.html'));
  await page.waitForSelector('#parley-queue-title');
  return page;
}

export async function enqueue(page: Page, input: EnqueueInput): Promise<string> {
  const answer = await page.evaluate(
    (payload) => (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({ parley: 1, type: 'queue/enqueue', input: payload }),
    { ...US, transport: 'form' as const, ...input },
  );
  const result = answer as { ok: boolean; value?: { jobId: string }; error?: { message: string } };
  if (!result.ok) throw new Error(`enqueue refused: ${result.error?.message}`);
  return result.value!.jobId;
}

export async function jobs(page: Page): Promise<RawJob[]> {
  const raw = await page.evaluate(() => (globalThis as unknown as WithChrome).chrome.storage.local.get('queue'));
  return ((raw as { queue?: { jobs?: RawJob[] } }).queue?.jobs ?? []) as RawJob[];
}

export async function jobById(page: Page, id: string): Promise<RawJob | undefined> {
  return (await jobs(page)).find((j) => j.id === id);
}

export function waitForJob(page: Page, id: string, states: string[], timeout = 15_000, interval = 50): Promise<RawJob> {
  return poll(
    async () => {
      const job = await jobById(page, id);
      return job && states.includes(job.state) ? job : undefined;
    },
    { timeout, interval, message: `job ${id} in ${states.join('|')}` },
  ).catch(async (e: unknown) => {
    // Say where the job is (and with what error) instead of only that it is not there yet.
    const job = await jobById(page, id).catch(() => undefined);
    throw new Error(
      `${e instanceof Error ? e.message : String(e)}; it is ${job ? JSON.stringify({ state: job.state, heldFor: job.heldFor, attempts: job.attempts, lastError: job.lastError, history: job.history.slice(-4) }) : 'missing'}`,
    );
  });
}

/** The Parley tab showing this order's Contact Buyer page. */
/** The open Contact Buyer tabs of `orderId`, oldest first. */
export function contactTabsOf(h: ChromiumHarness, orderId: string): Page[] {
  return h.context.pages().filter((p) => p.url().includes('/messaging/contact?') && p.url().includes(`orderID=${orderId}`));
}

export function parleyTab(h: ChromiumHarness, orderId: string, timeout = 15_000): Promise<Page> {
  return poll(() => contactTabsOf(h, orderId)[0], {
    timeout,
    message: `the Contact Buyer tab of ${orderId}`,
  });
}

/**
 * The Contact Buyer tab of `orderId` whose form holds `text`: the one Parley handed over. A worker
 * stopped between opening its tab and writing the tab's id down opens another on resume, and the
 * first stays behind with its form half filled (its Send disabled).
 */
export function filledTab(h: ChromiumHarness, orderId: string, text: string, timeout = 15_000): Promise<Page> {
  return poll(
    async () => {
      for (const p of contactTabsOf(h, orderId)) if ((await pageText(p).catch(() => undefined)) === text) return p;
      return undefined;
    },
    { timeout, message: `the Contact Buyer tab of ${orderId} filled with the message` },
  );
}

/** The seller presses Amazon's Send. */
export async function pressAmazonSend(tab: Page): Promise<void> {
  await tab.click('kat-button.ayb-contact-form-send-button');
}

/** What the page believes the message is (kat-textarea's value, main world). */
export function pageText(tab: Page): Promise<string | undefined> {
  return tab.evaluate(() => (document.querySelector('kat-textarea') as (Element & { value?: string }) | null)?.value);
}

export const sentWith = (h: ChromiumHarness, text: string): number => h.site.sent().filter((s) => s.text === text).length;
