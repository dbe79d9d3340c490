import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createJob } from '@/lib/domain/queue-plan';
import {
  dismissQuarantined,
  onQuarantine,
  onQueueChange,
  readJobs,
  readQuarantine,
  sealPersonal,
  transitionJob,
  unsealPersonal,
  updateJobs,
  type StoredJob,
} from '@/lib/background/queue-store';
import { T0 } from './queue-fixtures';

const TEXT = 'Dear Zoë, your order 112-1234567-1234567 ships tomorrow.';

async function stored(id: string, patch: Partial<StoredJob> = {}): Promise<StoredJob> {
  const draft = createJob(
    id,
    {
      orderId: '112-1234567-1234567',
      marketplaceId: 'ATVPDKIKX0DER',
      host: 'sellercentral.amazon.com',
      reason: 'confirmOrderDetails',
      text: `${TEXT} ${id}`,
      transport: 'form',
      autoSubmit: false,
    },
    T0,
  );
  return { ...draft, personal: await sealPersonal(draft.personal), ...patch };
}

const rawQueue = async () => (await fakeBrowser.storage.local.get('queue')).queue as { jobs: unknown[] } | undefined;

describe('queue store', () => {
  it('writes jobs with the text sealed, and reads them back', async () => {
    const job = await stored('a1');
    await updateJobs((jobs) => ({ jobs: [...jobs, job], changes: [{ after: job }], value: undefined }));
    expect(JSON.stringify(await rawQueue())).not.toContain('Zoë');
    const [back] = await readJobs();
    expect(back).toEqual(job);
    expect((await unsealPersonal(back!)).text).toBe(`${TEXT} a1`);
  });

  it('serialises concurrent transitions: none is lost, and only one start wins', async () => {
    const jobs = await Promise.all(Array.from({ length: 12 }, (_, i) => stored(`c${i}`)));
    await updateJobs(() => ({ jobs, value: undefined }));
    const holds = await Promise.all(jobs.map((j) => transitionJob(j.id, { type: 'hold', reason: 'paused' })));
    expect(holds.every((r) => r.ok)).toBe(true);
    expect((await readJobs()).map((j) => j.state)).toEqual(Array(12).fill('held'));

    await Promise.all(jobs.map((j) => transitionJob(j.id, { type: 'release' })));
    const starts = await Promise.all(Array.from({ length: 5 }, () => transitionJob('c0', { type: 'startFill' })));
    expect(starts.filter((r) => r.ok)).toHaveLength(1);
    expect((await readJobs()).find((j) => j.id === 'c0')).toMatchObject({ state: 'filling', attempts: 1 });
  });

  it('tells listeners what changed, and a failing listener changes nothing', async () => {
    const seen = vi.fn();
    const off1 = onQueueChange(() => {
      throw new Error('badge broke');
    });
    const off2 = onQueueChange(seen);
    const job = await stored('l1');
    await updateJobs(() => ({ jobs: [job], changes: [{ after: job }], value: undefined }));
    const result = await transitionJob('l1', { type: 'cancel' });
    expect(result.ok).toBe(true);
    expect(seen).toHaveBeenLastCalledWith(
      [{ before: job, after: expect.objectContaining({ state: 'canceled' }) }],
      [expect.objectContaining({ id: 'l1' })],
    );
    off1();
    off2();
  });

  it('refuses unknown jobs and impossible events without writing', async () => {
    await updateJobs(async () => ({ jobs: [await stored('r1', { state: 'sent', sentAt: T0 })], value: undefined }));
    const before = await rawQueue();
    expect(await transitionJob('nope', { type: 'cancel' })).toEqual({ ok: false, why: 'not-found' });
    expect(await transitionJob('r1', { type: 'cancel' })).toEqual({ ok: false, why: 'finished' });
    expect(await rawQueue()).toEqual(before);
  });
});

describe('quarantine', () => {
  it.each([
    ['an unknown state', { state: 'exploded' }],
    ['a held job without a reason', { state: 'held' }],
    ['a text stored in the clear', { personal: { text: 'plain' } }],
    ['a foreign host', { host: 'evil.example' }],
    ['negative attempts', { attempts: -1 }],
  ])('moves a job with %s aside, reports it, and keeps the rest', async (_name, damage) => {
    const reported = vi.fn();
    const off = onQuarantine(reported);
    const good = await stored('g1');
    const bad = { ...(await stored('b1')), ...damage };
    await fakeBrowser.storage.local.set({ queue: { jobs: [bad, good] } });

    expect((await readJobs()).map((j) => j.id)).toEqual(['g1']);
    const entries = await readQuarantine();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ id: 'b1', orderId: '112-1234567-1234567', raw: bad });
    expect(reported).toHaveBeenCalledWith([expect.objectContaining({ id: 'b1' })]);
    // Storage no longer holds it: the next load does not report it again.
    expect((await rawQueue())!.jobs).toHaveLength(1);
    await readJobs();
    expect(reported).toHaveBeenCalledTimes(1);
    off();
  });

  it('quarantines a whole item that is not a queue at all', async () => {
    await fakeBrowser.storage.local.set({ queue: 'garbage' });
    expect(await readJobs()).toEqual([]);
    const [entry] = await readQuarantine();
    expect(entry).toMatchObject({ raw: 'garbage', id: expect.stringMatching(/^damaged-/) });
    expect(entry).not.toHaveProperty('orderId');
  });

  it('keeps the first of two jobs with one id', async () => {
    const a = await stored('d1');
    await fakeBrowser.storage.local.set({ queue: { jobs: [a, { ...a, reason: 'invoice' }] } });
    expect(await readJobs()).toEqual([a]);
    expect((await readQuarantine())[0]!.why).toBe('duplicate job id');
  });

  it('dismisses a quarantined record', async () => {
    await fakeBrowser.storage.local.set({ queue: { jobs: [{ id: 'x1', orderId: '112-1234567-1234567' }] } });
    await readJobs();
    expect(await dismissQuarantined('x1')).toBe(true);
    expect(await dismissQuarantined('x1')).toBe(false);
    expect(await readQuarantine()).toEqual([]);
  });
});
