import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveDraft } from '@/lib/background/composer-drafts';
import { readDraftsData } from '@/lib/background/composer-store';
import { recordJobs } from '@/lib/background/history';
import { PURGE_ALARM } from '@/lib/background/retention';
import { readHistory } from '@/lib/background/contacts-items';
import { setupContacts } from '@/lib/background/handlers/contacts';
import { readOrders } from '@/lib/background/orders-cache';
import { readJobs, transitionJob, unsealPersonal } from '@/lib/background/queue-store';
import { DAY_MS } from '@/lib/domain/retention';
import { settingsItem } from '@/lib/storage';
import { BUYER, cacheOrders, emailInput, order, ORDER, RELAY, send, sellerCentralAnswers, storageDump, TEXT } from './contacts-fixtures';

vi.mock('@/lib/background/queue-runner', () => ({ kick: vi.fn() }));

const T0 = Date.UTC(2026, 2, 20, 9);
const flush = () => new Promise((r) => setTimeout(r, 30));

/** An email hand-off, a bulk form message that was sent, a queued one, a draft: all the buyer data Parley holds. */
async function fill(): Promise<{ sentId: string; waitingId: string }> {
  await cacheOrders(order(ORDER, { buyerName: BUYER }), order('113-0000000-0000001'), order('113-0000000-0000002'));
  await send('contacts/senderAdd', { address: 'seller@shop.example', status: 'approved' });
  sellerCentralAnswers();
  expect((await send('contacts/emailHandoff', emailInput())).ok).toBe(true);
  const bulk = await send('contacts/bulkEnqueue', {
    items: ['113-0000000-0000001', '113-0000000-0000002'].map((orderId) => ({
      orderId,
      marketplaceId: 'ATVPDKIKX0DER',
      host: 'sellercentral.amazon.com',
      reason: 'confirmCustomizationDetails',
      text: `Dear ${BUYER}, please confirm the engraving for order ${orderId}.`,
    })),
    autoSubmit: false,
  });
  const [sentId, waitingId] = bulk.value.queued.map((q: { jobId: string }) => q.jobId);
  for (const type of ['startFill', 'formFilled', 'confirmedSent'] as const) await transitionJob(sentId, { type });
  await recordJobs(await readJobs());
  await saveDraft(ORDER, { text: `Draft for ${BUYER}` });
  return { sentId, waitingId };
}

afterEach(() => vi.useRealTimers());

describe('buyer data at rest', () => {
  it('a dump of storage.local and storage.session holds no buyer name, relay address or message text', async () => {
    await fill();
    expect((await readHistory()).records).toHaveLength(2);
    const dump = await storageDump();
    for (const secret of [BUYER, 'Zoë', 'Quintana', RELAY, 'k3x9q2abcd1234', TEXT, 'engraving', 'Draft for']) {
      expect(dump, secret).not.toContain(secret);
    }
    // Order ids and reasons stay readable: the marks and the review need them.
    expect(dump).toContain(ORDER);
  });
});

describe('retention', () => {
  it('purges history and old jobs after the retention time: daily alarm and start-up, with a fake clock', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    await fill();
    await settingsItem.setValue({ ...(await settingsItem.getValue()), retentionDays: 7 });
    const stop = setupContacts();
    await flush();
    expect(await fakeBrowser.alarms.get(PURGE_ALARM)).toMatchObject({ periodInMinutes: 1440 });
    // Start-up purge at T0: nothing is old yet.
    expect((await readHistory()).records).toHaveLength(2);

    vi.setSystemTime(T0 + 6 * DAY_MS);
    await fakeBrowser.alarms.onAlarm.trigger({ name: PURGE_ALARM, scheduledTime: Date.now() } as never);
    await flush();
    expect((await readHistory()).records).toHaveLength(2);

    vi.setSystemTime(T0 + 7 * DAY_MS + 1);
    await fakeBrowser.alarms.onAlarm.trigger({ name: PURGE_ALARM, scheduledTime: Date.now() } as never);
    await flush();
    const after = await readHistory();
    expect(after.records).toEqual([]);
    expect(after.lastPurge).toEqual({ at: T0 + 7 * DAY_MS + 1, removed: 2 });
    // Every job was last touched at T0 and none is on a page: all past retention.
    expect(await readJobs()).toEqual([]);
    expect(await readDraftsData()).toEqual({});
    stop();
  });

  it('keeps a job that is on a page, however old', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const { waitingId } = await fill();
    await transitionJob(waitingId, { type: 'startFill' });
    await transitionJob(waitingId, { type: 'formFilled' });
    vi.setSystemTime(T0 + 40 * DAY_MS);
    const stop = setupContacts();
    await flush();
    expect((await readJobs()).map((j) => [j.id, j.state])).toEqual([[waitingId, 'awaiting-seller']]);
    stop();
  });
});

describe('delete all buyer data now', () => {
  it('refuses without the confirmation, then deletes history, finished jobs, drafts and orders, and shreds the key', async () => {
    const { sentId, waitingId } = await fill();
    const overview = await send('contacts/buyerData', {});
    expect(overview.value).toMatchObject({ counts: { history: 2, jobs: 2, keptJobs: 1, drafts: 1, orders: 3 }, retentionDays: 30 });
    expect(await send('contacts/deleteAll', {})).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const oldRecord = (await fakeBrowser.storage.local.get('queue')).queue as { jobs: { id: string; personal: unknown }[] };
    const sealedBefore = oldRecord.jobs.find((j) => j.id === sentId)!.personal;

    const deleted = await send('contacts/deleteAll', { confirm: true });
    expect(deleted).toEqual({ ok: true, value: { history: 2, jobs: 2, keptJobs: 1, drafts: 1, orders: 3 } });
    expect((await readHistory()).records).toEqual([]);
    expect(await readDraftsData()).toEqual({});
    expect(await readOrders()).toEqual([]);
    const jobs = await readJobs();
    expect(jobs.map((j) => j.id)).toEqual([waitingId]);
    // The waiting message was re-sealed under the new key and still reads; the old ciphertext does not.
    expect((await unsealPersonal(jobs[0]!)).text).toContain('please confirm the engraving');
    await expect(unsealPersonal({ ...jobs[0]!, personal: sealedBefore as never })).rejects.toThrow();
  });
});
