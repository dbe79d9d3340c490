import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/lib/background/router';
import { queueHandlers, setupQueue } from '@/lib/background/handlers/queue';
import { QUEUE_ALARM, settled, stopTimer } from '@/lib/background/queue-runner';
import { readJobs } from '@/lib/background/queue-store';
import { settingsItem } from '@/lib/storage';
import { T0 } from './queue-fixtures';

// The vault is tested on its own (and with the store, tests/unit/queue-store.test.ts);
// here a transparent stand-in keeps IndexedDB out of fake-timer tests.
vi.mock('@/lib/background/vault', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/background/vault')>()),
  seal: async (value: unknown) => ({ v: 1, iv: 'AAAAAAAAAAAAAAAA', ct: Buffer.from(JSON.stringify(value)).toString('base64') }),
  unseal: async (s: { ct: string }) => JSON.parse(Buffer.from(s.ct, 'base64').toString()),
}));

const ORDER = '112-1234567-1234567';
const CONTACT_URL = `https://sellercentral.amazon.com/messaging/contact?orderID=${ORDER}&marketplaceID=ATVPDKIKX0DER`;
const popup = () => ({ id: fakeBrowser.runtime.id, url: `${fakeBrowser.runtime.getURL('/')}popup.html` });
const page = (tabId: number, url = CONTACT_URL) => ({ id: fakeBrowser.runtime.id, url, frameId: 0, tab: { id: tabId } });
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many message types, checked by shape
type Answer = { ok: boolean; value?: any; error?: { code: string; message: string } };
const send = (type: string, input: unknown, sender: object = popup()) =>
  dispatch({ parley: 1, type, input }, sender as never, queueHandlers) as Promise<Answer>;

const input = (patch: object = {}) => ({
  orderId: ORDER,
  marketplaceId: 'ATVPDKIKX0DER',
  host: 'sellercentral.amazon.com',
  reason: 'confirmOrderDetails',
  text: 'Hello, your order ships tomorrow.',
  transport: 'form',
  ...patch,
});
const job = async (id?: string) => (await readJobs()).find((j) => !id || j.id === id)!;
const parleyTabId = async () => (await fakeBrowser.storage.session.get('queueTab')).queueTab as number;
const badge = () => fakeBrowser.action.getBadgeText({});

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

async function enqueueAndOpen(patch: object = {}) {
  const answer = await send('queue/enqueue', input(patch));
  expect(answer).toMatchObject({ ok: true });
  await settled();
  return { jobId: answer.value.jobId as string, tabId: await parleyTabId() };
}

describe('enqueue', () => {
  it('opens the order in one background tab and writes filling first', async () => {
    const { jobId, tabId } = await enqueueAndOpen();
    const tab = await fakeBrowser.tabs.get(tabId);
    expect(tab).toMatchObject({ url: CONTACT_URL, active: false });
    expect(await job(jobId)).toMatchObject({ state: 'filling', attempts: 1, autoSubmit: false });
  });

  it.each([
    ['an empty text', input({ text: '  \n ' }), popup(), 'empty-text'],
    ['a text over 4000 characters', input({ text: 'x'.repeat(4001) }), popup(), 'text-too-long'],
    ['a foreign host', input({ host: 'evil.example' }), popup(), 'invalid-input'],
    ['an unknown field', { ...input(), buyerEmail: 'a@b.c' }, popup(), 'invalid-input'],
    ['a content script', input(), page(9), 'bad-sender'],
  ])('refuses %s', async (_name, payload, sender, code) => {
    const answer = await send('queue/enqueue', payload, sender);
    expect(answer).toMatchObject({ ok: false, error: { code } });
    expect(await readJobs()).toEqual([]);
  });

  it('refuses the same message while it is on its way, and after it was sent', async () => {
    const { jobId, tabId } = await enqueueAndOpen();
    const again = await send('queue/enqueue', input({ text: 'Hello,  your order ships tomorrow. ' }));
    expect(again).toMatchObject({ ok: false, error: { code: 'duplicate-live' } });
    expect(again.error!.message).toContain(ORDER);
    await send('queue/formReport', { jobId, attempt: 1, outcome: 'filled' }, page(tabId));
    await send('queue/formReport', { jobId, attempt: 1, outcome: 'sent' }, page(tabId));
    expect(await send('queue/enqueue', input())).toMatchObject({ ok: false, error: { code: 'duplicate-sent' } });
    expect(await send('queue/enqueue', input({ text: 'Another message' }))).toMatchObject({ ok: true });
  });
});

describe('the contact form conversation', () => {
  it('gives the text only to the Parley tab on that order', async () => {
    const { jobId, tabId } = await enqueueAndOpen();
    expect(await send('queue/formReady', { orderId: ORDER }, page(tabId + 1))).toEqual({ ok: true, value: { work: null } });
    expect(await send('queue/formReady', { orderId: '112-7654321-7654321' }, page(tabId))).toEqual({ ok: true, value: { work: null } });
    expect(await send('queue/formReady', { orderId: ORDER }, popup())).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
    expect(await send('queue/formReady', { orderId: ORDER }, page(tabId))).toEqual({
      ok: true,
      value: {
        work: {
          mode: 'fill',
          jobId,
          attempt: 1,
          reason: 'confirmOrderDetails',
          text: 'Hello, your order ships tomorrow.',
          autoSubmit: false,
        },
      },
    });
  });

  it('hand-over: filled -> the tab comes to the front, the seller sends, the banner makes it sent', async () => {
    const focus = vi.spyOn(fakeBrowser.windows, 'update');
    const { jobId, tabId } = await enqueueAndOpen();
    expect(await send('queue/formReport', { jobId, attempt: 1, outcome: 'filled' }, page(tabId))).toEqual({
      ok: true,
      value: { next: 'watch' },
    });
    expect(await job(jobId)).toMatchObject({ state: 'awaiting-seller' });
    expect(await fakeBrowser.tabs.get(tabId)).toMatchObject({ active: true });
    expect(focus).toHaveBeenCalledWith(expect.any(Number), { focused: true });
    expect(await badge()).toBe('1');
    // The page reloads (the seller refreshed): it only watches, it never fills again.
    expect((await send('queue/formReady', { orderId: ORDER }, page(tabId))).value.work).toEqual({ mode: 'watch', jobId, attempt: 1 });
    expect(await send('queue/formReport', { jobId, attempt: 1, outcome: 'sent' }, page(tabId))).toEqual({
      ok: true,
      value: { next: 'stop' },
    });
    expect(await job(jobId)).toMatchObject({ state: 'sent', sentAt: T0 });
    expect(await badge()).toBe('');
  });

  it('opt-in: submitting is written before the page is told to press Send', async () => {
    const { jobId, tabId } = await enqueueAndOpen({ autoSubmit: true });
    const answer = await send('queue/formReport', { jobId, attempt: 1, outcome: 'filled' }, page(tabId));
    expect(answer).toEqual({ ok: true, value: { next: 'submit' } });
    expect(await job(jobId)).toMatchObject({ state: 'submitting' });
    // A repeated report (the answer was lost) never yields a second press: the page only watches.
    expect((await send('queue/formReport', { jobId, attempt: 1, outcome: 'filled' }, page(tabId))).value).toEqual({ next: 'watch' });
    expect(await job(jobId)).toMatchObject({ state: 'submitting' });
    await send('queue/formReport', { jobId, attempt: 1, outcome: 'sent' }, page(tabId));
    expect(await job(jobId)).toMatchObject({ state: 'sent' });
  });

  it('the setting opts in when the composer does not say', async () => {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), autoSubmit: true });
    const { jobId } = await enqueueAndOpen();
    expect(await job(jobId)).toMatchObject({ autoSubmit: true });
  });

  it('a reason the page does not offer fails the job with the page words; the notification names only the order', async () => {
    const { jobId, tabId } = await enqueueAndOpen();
    await send(
      'queue/formReport',
      { jobId, attempt: 1, outcome: 'reasonUnavailable', message: 'Ask about a return, Send an invoice' },
      page(tabId),
    );
    expect(await job(jobId)).toMatchObject({
      state: 'failed',
      lastError: { code: 'reasonUnavailable', message: 'Ask about a return, Send an invoice' },
    });
    const notes = Object.values(fakeBrowser.notifications.getAllCreateOptions()) as { message: string }[];
    expect(notes).toHaveLength(1);
    expect(notes[0]!.message).toContain(ORDER);
    expect(notes[0]!.message).not.toMatch(/Hello|return|invoice/);
  });

  it('ignores reports of an old attempt and from other tabs', async () => {
    const { jobId, tabId } = await enqueueAndOpen();
    expect((await send('queue/formReport', { jobId, attempt: 2, outcome: 'filled' }, page(tabId))).value).toEqual({ next: 'stop' });
    expect((await send('queue/formReport', { jobId, attempt: 1, outcome: 'noTextBox' }, page(tabId + 5))).value).toEqual({ next: 'stop' });
    expect(await job(jobId)).toMatchObject({ state: 'filling' });
  });
});

describe('the runner', () => {
  it('keeps a polite pace between jobs', async () => {
    const first = await enqueueAndOpen();
    const second = (await send('queue/enqueue', input({ orderId: '112-7654321-7654321' }))).value.jobId as string;
    await send('queue/formReport', { jobId: first.jobId, attempt: 1, outcome: 'filled' }, page(first.tabId));
    vi.advanceTimersByTime(1000);
    await send('queue/formReport', { jobId: first.jobId, attempt: 1, outcome: 'sent' }, page(first.tabId));
    await settled();
    expect(await job(second)).toMatchObject({ state: 'queued' });
    await vi.advanceTimersByTimeAsync(4100);
    await settled();
    expect(await job(second)).toMatchObject({ state: 'filling' });
    expect(await fakeBrowser.tabs.get(first.tabId)).toMatchObject({ url: expect.stringContaining('112-7654321-7654321') });
  });

  it('pause stops a fill at once; resume starts it again', async () => {
    const { jobId, tabId } = await enqueueAndOpen();
    expect(await send('queue/pause', { paused: true })).toEqual({ ok: true, value: { paused: true } });
    await settled();
    expect(await job(jobId)).toMatchObject({ state: 'held', heldFor: 'paused', attempts: 0 });
    expect((await send('queue/formReport', { jobId, attempt: 1, outcome: 'filled' }, page(tabId))).value).toEqual({ next: 'stop' });
    await send('queue/pause', { paused: false });
    await settled();
    expect(await job(jobId)).toMatchObject({ state: 'queued' }); // the polite pace since the last start
    await vi.advanceTimersByTimeAsync(5100);
    await settled();
    expect(await job(jobId)).toMatchObject({ state: 'filling', attempts: 1 });
  });

  it('the daily cap holds what does not fit, and lists it', async () => {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), dailyCap: 1 });
    const { jobId } = await enqueueAndOpen();
    const second = (await send('queue/enqueue', input({ orderId: '112-7654321-7654321' }))).value.jobId as string;
    await settled();
    expect(await job(second)).toMatchObject({ state: 'held', heldFor: 'dailyCap' });
    const list = (await send('queue/list', {})).value;
    expect(list).toMatchObject({ dailyCap: 1, sentToday: 1 });
    expect(list.jobs.map((j: { id: string }) => j.id)).toEqual(expect.arrayContaining([jobId, second]));
  });

  it('forgets finished jobs after the retention period', async () => {
    const { jobId, tabId } = await enqueueAndOpen();
    await send('queue/formReport', { jobId, attempt: 1, outcome: 'filled' }, page(tabId));
    await send('queue/formReport', { jobId, attempt: 1, outcome: 'sent' }, page(tabId));
    vi.setSystemTime(T0 + 31 * 86_400_000);
    await fakeBrowser.alarms.onAlarm.trigger({ name: QUEUE_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false } as never);
    await settled();
    expect(await readJobs()).toEqual([]);
  });

  it('a page that never answers is a failed attempt, retried after 30 s', async () => {
    const { jobId } = await enqueueAndOpen();
    vi.setSystemTime(T0 + 45_000);
    await fakeBrowser.alarms.onAlarm.trigger({ name: QUEUE_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false } as never);
    await settled();
    expect(await job(jobId)).toMatchObject({ state: 'queued', nextAttemptAt: T0 + 75_000, lastError: { code: 'pageTimeout' } });
    vi.setSystemTime(T0 + 75_000);
    await fakeBrowser.alarms.onAlarm.trigger({ name: QUEUE_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false } as never);
    await settled();
    expect(await job(jobId)).toMatchObject({ state: 'filling', attempts: 2 });
    expect(fakeBrowser.tabs.reload).toHaveBeenCalledTimes(1);
  });

  it('the sign-in page holds the job until the seller retries', async () => {
    const { jobId, tabId } = await enqueueAndOpen();
    await fakeBrowser.tabs.update(tabId, { url: 'https://sellercentral.amazon.com/ap/signin?openid.return_to=x' });
    await settled();
    expect(await job(jobId)).toMatchObject({ state: 'held', heldFor: 'signedOut' });
    expect(await badge()).toBe('1');
    // From here the tab keeps showing the sign-in page while a new load would start (a slow navigation).
    vi.spyOn(fakeBrowser.tabs, 'update').mockImplementation((async (id: number) => fakeBrowser.tabs.get(id)) as never);
    const answer = await send('queue/action', { jobId, action: 'retry' });
    expect(answer.value.job).toMatchObject({ state: 'queued' });
    expect(answer.value.job).not.toHaveProperty('personal');
    await vi.advanceTimersByTimeAsync(5100);
    await settled();
    expect(await job(jobId)).toMatchObject({ state: 'filling' });
    // The tab still shows the old sign-in page while the new load starts: that is not a new sign-in.
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, (await fakeBrowser.tabs.get(tabId))!);
    await fakeBrowser.alarms.onAlarm.trigger({ name: QUEUE_ALARM, scheduledTime: Date.now(), persistAcrossSessions: false } as never);
    await settled();
    expect(await job(jobId)).toMatchObject({ state: 'filling', attempts: 1 });
  });

  it('the tab closed while the seller had the form: needs-check, then the seller confirms', async () => {
    const { jobId, tabId } = await enqueueAndOpen();
    await send('queue/formReport', { jobId, attempt: 1, outcome: 'filled' }, page(tabId));
    // (the fake's tabs.remove fires onRemoved only half-way: do its part by hand)
    await fakeBrowser.tabs.remove(tabId).catch(() => undefined);
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { isWindowClosing: false, windowId: 0 });
    await settled();
    expect(await job(jobId)).toMatchObject({ state: 'needs-check', lastError: { code: 'tabClosed' } });
    const list = await send('queue/list', {});
    expect(list.value.jobs[0]).toMatchObject({ id: jobId, actions: ['cancel', 'confirmSent', 'requeue'], needsSeller: true });
    expect(JSON.stringify(list.value)).not.toContain('Hello');
    await send('queue/action', { jobId, action: 'confirmSent' });
    expect(await job(jobId)).toMatchObject({ state: 'sent' });
  });

  it('canceling a filled form closes the Parley tab', async () => {
    const { jobId, tabId } = await enqueueAndOpen();
    await send('queue/formReport', { jobId, attempt: 1, outcome: 'filled' }, page(tabId));
    expect((await send('queue/action', { jobId, action: 'cancel' })).value.job.state).toBe('canceled');
    expect(await fakeBrowser.tabs.get(tabId)).toBeUndefined();
    expect(await send('queue/action', { jobId, action: 'retry' })).toMatchObject({ ok: false, error: { code: 'action-refused' } });
  });
});

describe('start-up', () => {
  it('after a browser restart, nothing that may have been sent runs again', async () => {
    const { jobId, tabId } = await enqueueAndOpen({ autoSubmit: true });
    await send('queue/formReport', { jobId, attempt: 1, outcome: 'filled' }, page(tabId));
    teardown();
    await fakeBrowser.storage.session.clear();
    teardown = setupQueue();
    await settled();
    expect(await job(jobId)).toMatchObject({ state: 'needs-check', lastError: { code: 'browserRestart' } });
  });

  it('after a worker restart, the form in the tab keeps its job', async () => {
    const { jobId, tabId } = await enqueueAndOpen();
    await send('queue/formReport', { jobId, attempt: 1, outcome: 'filled' }, page(tabId));
    teardown();
    teardown = setupQueue();
    await settled();
    expect(await job(jobId)).toMatchObject({ state: 'awaiting-seller' });
  });
});
