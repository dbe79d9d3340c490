import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { queueHandlers } from '@/lib/background/handlers/queue';
import * as enqueue from '@/lib/background/queue-enqueue';
import { readJobs, unsealPersonal } from '@/lib/background/queue-store';
import { dispatch } from '@/lib/background/router';
import { cacheOrders, emailInput, ORDER, order, send, sellerCentralAnswers, TEXT } from './contacts-fixtures';

vi.mock('@/lib/background/queue-runner', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/background/queue-runner')>()),
  kick: vi.fn(),
  wakeSoon: vi.fn(async () => undefined),
}));

const popup = () => ({ id: fakeBrowser.runtime.id, url: `${fakeBrowser.runtime.getURL('/')}popup.html` });
const single = (patch: object = {}) =>
  dispatch(
    {
      parley: 1,
      type: 'queue/enqueue',
      input: {
        orderId: ORDER,
        marketplaceId: 'ATVPDKIKX0DER',
        host: 'sellercentral.amazon.com',
        reason: 'confirmOrderDetails',
        text: TEXT,
        transport: 'form',
        ...patch,
      },
    },
    popup() as never,
    queueHandlers,
  ) as Promise<{ ok: boolean; value?: { jobId: string }; error?: { code: string; message: string } }>;
const bulkItem = (patch: object = {}) => ({
  orderId: ORDER,
  marketplaceId: 'ATVPDKIKX0DER',
  host: 'sellercentral.amazon.com',
  reason: 'confirmOrderDetails',
  text: TEXT,
  ...patch,
});
const BLOCKED = `Write to me at seller@shop.example about order ${ORDER}.`;

describe('one way into the queue', () => {
  it('is the function the composer, the email hand-off and the bulk review all go through', async () => {
    const spy = vi.spyOn(enqueue, 'enqueueMessages');
    await cacheOrders(order(ORDER));
    expect(await single()).toMatchObject({ ok: true });
    await send('contacts/senderAdd', { address: 'seller@shop.example', status: 'approved' });
    sellerCentralAnswers();
    expect(await send('contacts/emailHandoff', emailInput({ text: `${TEXT} (email)` }))).toMatchObject({ ok: true });
    expect(await send('contacts/bulkEnqueue', { items: [bulkItem({ text: `${TEXT} (bulk)` })], autoSubmit: false })).toMatchObject({
      ok: true,
      value: { refused: [] },
    });
    expect(spy.mock.calls.map(([messages]) => messages.map((m) => m.transport))).toEqual([['form'], ['email'], ['form']]);
    expect(await readJobs()).toHaveLength(3);
  });

  it('refuses a single Send whose text the rules check blocks, writing nothing', async () => {
    await cacheOrders(order(ORDER));
    const answer = await single({ text: BLOCKED });
    expect(answer).toMatchObject({ ok: false, error: { code: 'rules' } });
    expect(answer.error?.message).toMatch(/rules check/);
    expect(await readJobs()).toEqual([]);
  });

  it('refuses a single Send with a reason Amazon does not offer for the order now', async () => {
    // Return questions are offered only once the order has shipped.
    await cacheOrders(order(ORDER, { status: 'unshipped' }));
    expect(await single({ reason: 'returnQuestion' })).toMatchObject({ ok: false, error: { code: 'reason' } });
    expect(await single({ reason: 'requestReview' })).toMatchObject({ ok: false, error: { code: 'reason' } });
    expect(await readJobs()).toEqual([]);
    await cacheOrders(order(ORDER, { status: 'canceled' }));
    expect(await single()).toMatchObject({ ok: false, error: { code: 'canceled' } });
  });

  it("refuses a single Send over the reason's own limit, naming it", async () => {
    await cacheOrders(order(ORDER));
    const answer = await single({ text: `${TEXT} ${'x'.repeat(2000)}` });
    expect(answer).toMatchObject({ ok: false, error: { code: 'text-too-long' } });
    expect(answer.error?.message).toContain('2000');
  });

  it('refuses an email hand-off whose text the rules check blocks', async () => {
    await cacheOrders(order(ORDER));
    await send('contacts/senderAdd', { address: 'seller@shop.example', status: 'approved' });
    sellerCentralAnswers();
    expect(await send('contacts/emailHandoff', emailInput({ text: BLOCKED }))).toMatchObject({ ok: false, error: { code: 'rules' } });
    expect(await readJobs()).toEqual([]);
  });

  it('seals what it writes and dedupes within one call', async () => {
    await cacheOrders(order(ORDER));
    const out = await enqueue.enqueueMessages([
      { ...bulkItem(), transport: 'form', autoSubmit: false },
      { ...bulkItem(), transport: 'form', autoSubmit: false },
    ]);
    expect(out.queued).toHaveLength(1);
    expect(out.refused).toEqual([{ orderId: ORDER, why: 'duplicate', duplicateOf: 'live' }]);
    const [job] = await readJobs();
    expect(JSON.stringify(job)).not.toContain('confirm the engraving');
    expect((await unsealPersonal(job!)).text).toBe(TEXT);
  });
});
