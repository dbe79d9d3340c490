/**
 * What the composer benchmarks store before they measure, written the way
 * Parley stores it (lib/storage: `local:composerTemplates`, version 1, through
 * chrome.storage.local from an extension page), and the orders they open
 * (put in the order cache by Parley's own content script on the mock's
 * Manage Orders).
 *
 * The seller's quick replies are copies of Parley's starters (real letters in
 * English, Chinese, German and Japanese, every one valid for the rules check),
 * each with a name of its own in en and zh, so n of them look like a seller's n.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { STARTER_TEMPLATES } from '../../lib/domain/quick-replies/index.ts';
import { searchTemplates } from '../../lib/domain/template-search.ts';
import { startsMessages, type Template } from '../../lib/domain/templates.ts';
import type { ChromeApi } from '../e2e/support/chromium.ts';
import { poll, waitForParleyMark } from '../e2e/support/poll.ts';

/** The mock's unshipped, seller-fulfilled US order (John Smith, a mug). */
export const ORDER = '112-3456789-0123456';

const TOPICS = [
  ['Holiday shipping', '节日发货'],
  ['Wholesale buyer', '批发买家'],
  ['Gift order', '礼品订单'],
  ['Fragile item', '易碎商品'],
  ['Back order', '缺货订单'],
  ['Express upgrade', '加急升级'],
  ['Large parcel', '大件包裹'],
  ['Repeat customer', '回头客'],
] as const;

const STARTS = STARTER_TEMPLATES.filter(startsMessages);

/** n quick replies of the seller's own, in four languages each, named "<topic> <starter name> <i>". */
export function sellerQuickReplies(n: number): Template[] {
  return Array.from({ length: n }, (_, i) => {
    const from = STARTS[i % STARTS.length]!;
    const [en, zh] = TOPICS[i % TOPICS.length]!;
    return {
      id: `bench-${i}`,
      name: `${en}: ${from.names.en} ${i + 1}`,
      names: { en: `${en}: ${from.names.en} ${i + 1}`, zh: `${zh}：${from.names.zh} ${i + 1}` },
      reasons: [...from.reasons],
      bodies: { ...from.bodies },
      kind: 'start',
      builtIn: false,
      updatedAt: Date.UTC(2026, 0, 2) + i,
    };
  });
}

/** What the composer's picker lists for n stored: the seller's, then the starters that start messages. */
export const pickerList = (n: number): Template[] => [...sellerQuickReplies(n), ...STARTS];

/** How many the picker finds for a query (no reason chosen), as Parley's own search counts them. */
export const expectedMatches = (n: number, query: string): number => searchTemplates(pickerList(n), query).length;

/** Replace the stored quick replies with n of the seller's and `extra` (no starter hidden). */
export async function seedQuickReplies(extensionPage: Page, n: number, extra: Template[] = []): Promise<void> {
  const templates = [...sellerQuickReplies(n), ...extra];
  await extensionPage.evaluate(
    (templates) =>
      (globalThis as unknown as { chrome: ChromeApi }).chrome.storage.local.set({
        composerTemplates: { templates, hiddenStarters: {} },
        composerTemplates$: { v: 1 },
      }),
    templates,
  );
}

/**
 * Select every order of a mock Manage Orders page with Parley's bulk selection and press "Message
 * selected…", as the seller does: the page reports the selected rows to the order cache and the
 * background opens the review. Answers the review's URL (the tab it opened is closed).
 */
export async function selectForBulk(context: BrowserContext, url: string, count: number): Promise<string> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await waitForParleyMark(page);
    await poll(async () => (await page.locator('[data-parley="bulk-select"]').count()) === count, {
      message: `${count} bulk checkboxes`,
    });
    await page.locator('[data-parley-action="select-all"]').check();
    await poll(async () => (await page.locator(`[data-parley-count="${count}"]`).count()) === 1, { message: `${count} selected` });
    const [review] = await Promise.all([context.waitForEvent('page'), page.locator('[data-parley-action="message"]').click()]);
    await review.waitForLoadState('domcontentloaded');
    const opened = review.url();
    await review.close();
    return opened;
  } finally {
    await page.close();
  }
}

/**
 * Open a mock Manage Orders page with Parley, so its content script puts the page's orders in the order
 * cache (in idle time); answers the page's order ids once the cache has every one of them.
 */
export async function cacheOrders(context: BrowserContext, extensionPage: Page, url: string, count?: number): Promise<string[]> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await waitForParleyMark(page);
    const ids = await poll(
      async () => {
        const found = await page.$$eval('[data-parley="contact"]', (els) => els.map((el) => el.getAttribute('data-order-id') ?? ''));
        return found.length > 0 && (count === undefined || found.length === count) ? found : undefined;
      },
      { message: `${count ?? 'the'} Contact buttons` },
    );
    await poll(
      () =>
        extensionPage.evaluate(async (ids) => {
          const chrome = (globalThis as unknown as { chrome: ChromeApi }).chrome;
          const answers = await Promise.all(
            ids.map(
              (orderId) => chrome.runtime.sendMessage({ parley: 1, type: 'orders/get', input: { orderId } }) as Promise<{ ok: boolean }>,
            ),
          );
          return answers.every((a) => a.ok);
        }, ids),
      { message: 'the orders in the order cache' },
    );
    return ids;
  } finally {
    await page.close();
  }
}
