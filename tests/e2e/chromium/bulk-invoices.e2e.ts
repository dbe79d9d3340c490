/**
 * Bulk invoices in Chromium: 10 orders in the bulk review with the invoice reason,
 * 12 files dropped on it (9 named by a reviewed order, 1 by another order, 2 with
 * no id). The review shows 9 pairs, 1 order without a file and 3 files unmatched;
 * Confirm queues exactly 9 jobs, each with its own file.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromeApi, type ChromiumHarness } from '../support/chromium.ts';
import { poll, waitForParleyMark, waitForTextIn } from '../support/poll.ts';
import { jobs } from './queue-support.ts';

type WithChrome = { chrome: ChromeApi };
let h: ChromiumHarness;
let control: Page;

beforeAll(async () => {
  h = await launchChromium();
  control = await h.context.newPage();
  await control.goto(h.extensionUrl('options.html'));
  // The seller's own quick reply for invoices: every variable fills from the list page.
  const saved = (await control.evaluate(() =>
    (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({
      parley: 1,
      type: 'composer/saveTemplate',
      input: {
        template: {
          name: 'Invoice attached',
          reasons: ['invoice'],
          bodies: { en: 'Hello, the invoice for your order {{order_id}} is attached.' },
        },
      },
    }),
  )) as { ok: boolean; value: { saved: { id: string } } };
  templateId = saved.value.saved.id;
});
afterAll(async () => {
  await h?.close();
});

let templateId = '';

async function review(orderIds: readonly string[]): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(h.extensionUrl(`bulk.html?orders=${orderIds.join(',')}`));
  await page.waitForSelector('select');
  await page.selectOption('select >> nth=0', templateId);
  await page.selectOption('select >> nth=1', 'invoice');
  await waitForTextIn(page, '.parley-bulk__summary', /ready/);
  return page;
}

const readyIds = (page: Page) =>
  page.$$eval('[data-parley-bulk-order][data-status="ready"]', (els) => els.map((el) => el.getAttribute('data-parley-bulk-order')!));

/** Drop files on the invoices section, as a drag from the file manager would. */
function drop(page: Page, files: { name: string; text: string }[]): Promise<void> {
  return page.evaluate((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([f.text], f.name, { type: 'application/pdf' }));
    const target = document.querySelector('.parley-bulk__invoices')!;
    target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
    target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, files);
}

describe('Chromium: bulk invoices', () => {
  it('12 files for 10 orders: 9 pairs, 1 order without, 3 unmatched; Confirm queues exactly the 9, each with its file', async () => {
    const orders = await h.context.newPage();
    await orders.goto(h.url('/orders-v3?pageSize=100'));
    await waitForParleyMark(orders);
    const all = await poll(
      async () => {
        const ids = await orders.$$eval('[data-parley="contact"] > button:not([disabled])', (els) =>
          els.map((el) => el.parentElement!.getAttribute('data-order-id')!),
        );
        return ids.length >= 12 ? ids : undefined;
      },
      { message: 'Contact buttons on Manage Orders' },
    );
    const canceled = await orders.$eval('[data-parley="contact"] > button[disabled]', (el) =>
      el.parentElement!.getAttribute('data-order-id')!,
    );
    // The 10 orders the seller reviews: the first ten the invoice reason is ready for.
    const probe = await review(all.slice(0, 30));
    const ten = (await readyIds(probe)).slice(0, 10);
    if (ten.length < 10)
      throw new Error(
        JSON.stringify(
          await probe.$$eval('[data-parley-bulk-order]', (els) =>
            els.map((e) => [e.getAttribute('data-parley-bulk-order'), e.getAttribute('data-status'), e.getAttribute('data-why')]),
          ),
        ),
      );
    await probe.close();
    expect(ten).toHaveLength(10);
    await control.evaluate(() =>
      (globalThis as unknown as WithChrome).chrome.runtime.sendMessage({ parley: 1, type: 'queue/pause', input: { paused: true } }),
    );

    const page = await review(ten);
    expect(await readyIds(page)).toHaveLength(10);
    const files = [
      ...ten.slice(0, 9).map((id, i) => ({ name: `Rechnung_${id}.pdf`, text: `%PDF invoice ${i} for ${id}` })),
      { name: `invoice-${canceled}.pdf`, text: '%PDF another order' },
      { name: 'terms-and-conditions.pdf', text: '%PDF terms' },
      { name: 'scan 2026-12-01.pdf', text: '%PDF scan' },
    ];
    await drop(page, files);
    const section = page.locator('.parley-bulk__invoices');
    await poll(async () => (await section.getAttribute('data-pairs')) === '9', { message: '9 pairs' });
    expect(await section.getAttribute('data-without')).toBe('1');
    expect(await section.getAttribute('data-unmatched')).toBe('3');
    expect(await page.$$eval('[data-parley-pair]', (els) => els.length)).toBe(9);
    expect(await page.$eval('[data-parley-without]', (el) => el.textContent)).toBe(ten[9]);
    expect((await page.$$eval('[data-parley-unmatched]', (els) => els.map((e) => e.getAttribute('data-parley-unmatched')))).sort()).toEqual(
      [`invoice-${canceled}.pdf`, 'scan 2026-12-01.pdf', 'terms-and-conditions.pdf'].sort(),
    );

    const before = (await jobs(control)).length;
    await page.click('button:has-text("Queue 9 messages")');
    await waitForTextIn(page, '[data-queued]', /joined the queue/);
    const made = (await jobs(control)).slice(before);
    expect(made.map((j) => j.orderId).sort()).toEqual(ten.slice(0, 9).sort());
    // Each job owns exactly one file, the one named by its order.
    const owners = await control.evaluate(
      () =>
        new Promise<{ owner: string; name: string }[]>((resolve) => {
          const open = indexedDB.open('parley-files');
          open.onsuccess = () => {
            const req = open.result.transaction('files').objectStore('files').getAll();
            req.onsuccess = () =>
              resolve((req.result as { owner: string; meta: { name: string } }[]).map((r) => ({ owner: r.owner, name: r.meta.name })));
          };
        }),
    );
    for (const job of made) {
      const mine = owners.filter((o) => o.owner === `job:${job.id}`);
      expect(mine.map((o) => o.name)).toEqual([`Rechnung_${job.orderId}.pdf`]);
    }
    expect(owners).toHaveLength(9);
    await page.close();
  });
});
