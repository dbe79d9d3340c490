import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { recordJobs } from '@/lib/background/history';
import { readJobs, transitionJob, unsealPersonal } from '@/lib/background/queue-store';
import { BULK_LIMIT, bulkJobs, planBulk } from '@/lib/domain/bulk';
import { cacheOrders, order, send, sellerCentralTab } from './contacts-fixtures';

vi.mock('@/lib/background/queue-runner', () => ({ kick: vi.fn() }));

const id = (n: number) => `113-0000000-${String(n).padStart(7, '0')}`;
const TEMPLATE = { bodies: { en: 'Hello {{buyer_first_name}}, please confirm the engraving text for order {{order_id}}.' } };

/** Twenty orders: 17 plain, 2 canceled, 1 never seen by Parley (not in the cache). */
async function twenty(): Promise<string[]> {
  const ids = Array.from({ length: 20 }, (_, i) => id(i + 1));
  await cacheOrders(...ids.filter((_, i) => i !== 19).map((o, i) => order(o, i === 3 || i === 7 ? { status: 'canceled' } : {})));
  return ids;
}

/** Mark a queued job sent, as the runner and the page would, and record it. */
async function sendJob(jobId: string): Promise<void> {
  for (const event of [{ type: 'startFill' }, { type: 'formFilled' }, { type: 'confirmedSent' }] as const) {
    const out = await transitionJob(jobId, event);
    if (!out.ok) throw new Error(out.why);
  }
  await recordJobs(await readJobs());
}

describe('bulk: 20 selected orders', () => {
  it('prepares facts and past contacts, then queues exactly the ready messages, with skips explained', async () => {
    const ids = await twenty();
    // Order 5 was already contacted for the same reason.
    const first = await send('contacts/bulkEnqueue', {
      items: [
        {
          orderId: id(5),
          marketplaceId: 'ATVPDKIKX0DER',
          host: 'sellercentral.amazon.com',
          reason: 'confirmCustomizationDetails',
          text: `Hello, please confirm the engraving for order ${id(5)}.`,
        },
      ],
      autoSubmit: false,
    });
    expect(first.value.queued).toHaveLength(1);
    await sendJob(first.value.queued[0].jobId);

    const prepared = await send('contacts/bulkPrepare', { orderIds: ids });
    expect(prepared.ok).toBe(true);
    expect(prepared.value.orders.filter((o: { facts?: unknown }) => !o.facts).map((o: { orderId: string }) => o.orderId)).toEqual([id(20)]);
    expect(prepared.value.past).toEqual([{ orderId: id(5), reason: 'confirmCustomizationDetails', at: expect.any(Number) }]);

    const plan = planBulk(prepared.value.orders, {
      template: TEMPLATE,
      reason: 'confirmCustomizationDetails',
      now: new Date(),
      past: prepared.value.past,
    });
    const left = plan.filter((i) => i.status !== 'ready').map((i) => [i.orderId, i.why]);
    expect(left).toEqual([
      [id(4), 'canceled'],
      [id(5), 'alreadyContacted'],
      [id(8), 'canceled'],
      [id(20), 'notCached'],
    ]);
    const items = bulkJobs(plan, 'confirmCustomizationDetails');
    expect(items).toHaveLength(16);

    const before = (await readJobs()).length;
    const answer = await send('contacts/bulkEnqueue', { items, autoSubmit: false });
    expect(answer.value.refused).toEqual([]);
    expect(answer.value.queued.map((q: { orderId: string }) => q.orderId)).toEqual(items.map((i) => i.orderId));
    const jobs = (await readJobs()).slice(before);
    expect(jobs).toHaveLength(16);
    for (const [i, job] of jobs.entries()) {
      expect(job).toMatchObject({
        orderId: items[i]!.orderId,
        state: 'queued',
        transport: 'form',
        reason: 'confirmCustomizationDetails',
        autoSubmit: false,
      });
      // The text queued is the text the review showed, sealed.
      expect((await unsealPersonal(job)).text).toBe(items[i]!.text);
    }
  });

  it('checks every item again: canceled, unknown, tampered text, duplicates in the batch', async () => {
    await twenty();
    const item = (n: number, text = `Hello, please confirm the engraving for order ${id(n)}.`) => ({
      orderId: id(n),
      marketplaceId: 'ATVPDKIKX0DER',
      host: 'sellercentral.amazon.com',
      reason: 'confirmCustomizationDetails',
      text,
    });
    const answer = await send('contacts/bulkEnqueue', {
      items: [item(1), item(4), item(20), item(2, 'Write me at me@shop.example about order'), item(3), item(3), item(6, '')],
      autoSubmit: true,
    });
    expect(answer.value.queued.map((q: { orderId: string }) => q.orderId)).toEqual([id(1), id(3)]);
    expect(answer.value.refused.map((r: { orderId: string; code: string }) => [r.orderId, r.code])).toEqual([
      [id(4), 'canceled'],
      [id(20), 'not-cached'],
      [id(2), 'rules'],
      [id(6), 'empty'],
      [id(3), 'duplicate-live'],
    ]);
    expect((await readJobs()).every((j) => j.autoSubmit)).toBe(true);
  });

  it('opens the review with the order ids only, next to the Seller Central tab', async () => {
    const opened = vi.spyOn((await import('wxt/testing/fake-browser')).fakeBrowser.tabs, 'create').mockResolvedValue({ id: 5 } as never);
    const answer = await send('contacts/openBulk', { orderIds: [id(1), id(2)] }, sellerCentralTab(7));
    expect(answer.ok).toBe(true);
    const url = new URL(opened.mock.calls[0]![0].url!);
    expect(url.pathname).toBe('/bulk.html');
    expect(url.search).toBe(`?orders=${encodeURIComponent(`${id(1)},${id(2)}`)}`);
    expect(opened.mock.calls[0]![0]).toMatchObject({ index: 1, windowId: 1, active: true });
    // Only a Seller Central content script may ask; an extension page may not, a list over BULK_LIMIT is refused.
    expect(await send('contacts/openBulk', { orderIds: [id(1)] })).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
    expect(
      await send('contacts/openBulk', { orderIds: Array.from({ length: BULK_LIMIT + 1 }, (_, i) => id(i)) }, sellerCentralTab()),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });
});

describe('contacted marks', () => {
  it('answers a content script only with times for the order ids it asked about', async () => {
    await twenty();
    const answer = await send('contacts/bulkEnqueue', {
      items: [1, 2].map((n) => ({
        orderId: id(n),
        marketplaceId: 'ATVPDKIKX0DER',
        host: 'sellercentral.amazon.com',
        reason: 'confirmCustomizationDetails',
        text: `Please confirm the engraving for order ${id(n)}.`,
      })),
      autoSubmit: false,
    });
    for (const q of answer.value.queued) await sendJob(q.jobId);
    const marks = await send('contacts/marks', { orderIds: [id(1), id(3)] }, sellerCentralTab());
    expect(marks).toEqual({ ok: true, value: { marks: { [id(1)]: expect.any(Number) } } });
    expect(JSON.stringify(marks)).not.toContain('engraving');
    // Extension pages read history through contacts/history; marks are for content scripts only.
    expect(await send('contacts/marks', { orderIds: [id(1)] })).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
    const history = await send('contacts/history', { orderId: id(1) });
    expect(history.value.messages).toEqual([
      {
        at: expect.any(Number),
        reason: 'confirmCustomizationDetails',
        transport: 'form',
        outcome: 'sent',
        text: `Please confirm the engraving for order ${id(1)}.`,
      },
    ]);
    // A content script may not read history.
    expect(await send('contacts/history', { orderId: id(1) }, sellerCentralTab())).toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });
  });
});
