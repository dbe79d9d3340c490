import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/lib/background/router';
import { queueHandlers, setupQueue } from '@/lib/background/handlers/queue';
import { settled, stopTimer } from '@/lib/background/queue-runner';
import { readJobs } from '@/lib/background/queue-store';
import { reasonChoicesItem } from '@/lib/storage';
import { T0 } from './queue-fixtures';

// When the Contact Buyer page offers options Parley cannot tell apart, the seller
// chooses: the job waits for them (never "Send for me"), and their choice, once the
// page confirmed the send, is remembered for that marketplace and reason.
vi.mock('@/lib/background/vault', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/background/vault')>()),
  seal: async (value: unknown) => ({ v: 1, iv: 'AAAAAAAAAAAAAAAA', ct: Buffer.from(JSON.stringify(value)).toString('base64') }),
  unseal: async (s: { ct: string }) => JSON.parse(Buffer.from(s.ct, 'base64').toString()),
}));

const ORDER = '112-1234567-1234567';
const OTHER = '112-7654321-7654321';
const contactUrl = (order: string) => `https://sellercentral.amazon.com/messaging/contact?orderID=${order}&marketplaceID=ATVPDKIKX0DER`;
const popup = () => ({ id: fakeBrowser.runtime.id, url: `${fakeBrowser.runtime.getURL('/')}popup.html` });
const page = (tabId: number, order = ORDER) => ({ id: fakeBrowser.runtime.id, url: contactUrl(order), frameId: 0, tab: { id: tabId } });
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of several message types, checked by shape
type Answer = { ok: boolean; value?: any; error?: { code: string } };
const send = (type: string, input: unknown, sender: object = popup()) =>
  dispatch({ parley: 1, type, input }, sender as never, queueHandlers) as Promise<Answer>;
const job = async (id: string) => (await readJobs()).find((j) => j.id === id)!;
const CHOSEN = { label: 'Order questions', value: '300' };

async function enqueueAndOpen(patch: object = {}) {
  const answer = await send('queue/enqueue', {
    orderId: ORDER,
    marketplaceId: 'ATVPDKIKX0DER',
    host: 'sellercentral.amazon.com',
    reason: 'confirmOrderDetails',
    text: 'Hello, your order ships tomorrow.',
    transport: 'form',
    ...patch,
  });
  expect(answer).toMatchObject({ ok: true });
  await settled();
  const tabId = (await fakeBrowser.storage.session.get('queueTab')).queueTab as number;
  return { jobId: answer.value.jobId as string, tabId };
}
const ask = (jobId: string, tabId: number) =>
  send('queue/formReport', { jobId, attempt: 1, outcome: 'reasonAsked', message: 'Order questions, Returns' }, page(tabId));

let teardown: () => void;
beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  vi.setSystemTime(T0);
  fakeBrowser.tabs.reload = vi.fn(async () => undefined) as never;
  teardown = setupQueue();
  await settled();
});
afterEach(() => {
  teardown();
  stopTimer();
  vi.useRealTimers();
});

describe('a reason the page does not let Parley tell', () => {
  it('hands over even with "Send for me": the job waits for the seller with the note, the tab in front', async () => {
    const { jobId, tabId } = await enqueueAndOpen({ autoSubmit: true });
    expect(await ask(jobId, tabId)).toEqual({ ok: true, value: { next: 'watch' } });
    expect(await job(jobId)).toMatchObject({
      state: 'awaiting-seller',
      lastError: { code: 'reasonAsked', message: 'Order questions, Returns' },
    });
    expect(await fakeBrowser.tabs.get(tabId)).toMatchObject({ active: true });
    // The same report again (a lost answer) changes nothing.
    expect(await ask(jobId, tabId)).toEqual({ ok: true, value: { next: 'watch' } });
    expect(await job(jobId)).toMatchObject({ state: 'awaiting-seller' });
  });

  it('a reload while the seller chooses gives the text again, so the form can be filled after their choice', async () => {
    const { jobId, tabId } = await enqueueAndOpen();
    await ask(jobId, tabId);
    expect((await send('queue/formReady', { orderId: ORDER }, page(tabId))).value.work).toMatchObject({
      mode: 'fill',
      jobId,
      text: 'Hello, your order ships tomorrow.',
    });
  });

  it("remembers the seller's choice when the page confirms, and gives it with the next job's work", async () => {
    const first = await enqueueAndOpen();
    await ask(first.jobId, first.tabId);
    await send('queue/formReport', { jobId: first.jobId, attempt: 1, outcome: 'sent', chosen: CHOSEN }, page(first.tabId));
    expect(await job(first.jobId)).toMatchObject({ state: 'sent' });
    expect(await reasonChoicesItem.getValue()).toEqual({ ATVPDKIKX0DER: { confirmOrderDetails: CHOSEN } });

    // Another order of the same marketplace, after the polite pace between jobs.
    const second = await enqueueAndOpen({ orderId: OTHER, text: 'A second message about the order.' });
    await vi.advanceTimersByTimeAsync(5100);
    await settled();
    expect((await send('queue/formReady', { orderId: OTHER }, page(second.tabId, OTHER))).value.work).toMatchObject({
      mode: 'fill',
      jobId: second.jobId,
      remembered: CHOSEN,
    });
  });

  it('remembers nothing Parley did not ask for', async () => {
    const { jobId, tabId } = await enqueueAndOpen();
    await send('queue/formReport', { jobId, attempt: 1, outcome: 'filled' }, page(tabId));
    await send('queue/formReport', { jobId, attempt: 1, outcome: 'sent', chosen: CHOSEN }, page(tabId));
    expect(await job(jobId)).toMatchObject({ state: 'sent' });
    expect(await reasonChoicesItem.getValue()).toEqual({});
  });

  it('a damaged choices item is no choice: Parley asks again', async () => {
    await fakeBrowser.storage.local.set({ reasonChoices: { ATVPDKIKX0DER: { confirmOrderDetails: { label: 42 } } } });
    const { tabId } = await enqueueAndOpen();
    const work = (await send('queue/formReady', { orderId: ORDER }, page(tabId))).value.work;
    expect(work).toMatchObject({ mode: 'fill' });
    expect(work.remembered).toBeUndefined();
  });
});
