/**
 * Buyer data's lifetime. Daily (an alarm) and at every worker start, records
 * and queue jobs past the retention setting are removed (drafts by the
 * composer's own purge, which this calls too). "Delete all buyer data now"
 * removes history, finished jobs, drafts, the order cache and the quarantine,
 * then shreds the vault key; jobs still waiting or running are re-sealed under
 * the new key so nothing the seller queued is lost or left unreadable.
 */
import { browser } from 'wxt/browser';
import { DELETABLE_JOB_STATES, jobExpired, purgeByAge } from '../domain/retention';
import { contactsImportItem, getSettings, queueQuarantineItem } from '../storage';
import { purgeDrafts } from './composer-drafts';
import { purgeQuarantinedDrafts } from './composer-quarantine';
import { deleteAllFiles, jobOwner, openFilesOf, purgeFiles, resealFiles } from './file-store';
import { updateDrafts } from './composer-store';
import { readHistory, updateHistory } from './contacts-items';
import { clearOrders, readOrders } from './orders-cache';
import { sealPersonal, serialised, unsealPersonal, updateJobs, type StoredJob } from './queue-store';
import { shredVaultKey } from './vault';
import { broadcastMarksChanged } from './history';
import type { DeleteCounts } from '../protocol/contacts';

export const PURGE_ALARM = 'contacts-purge';
const DAY_MINUTES = 24 * 60;

export interface PurgeCounts {
  history: number;
  jobs: number;
  drafts: number;
}

/** Remove everything older than the retention setting. Answers what went. */
export async function purgeExpired(now = Date.now()): Promise<PurgeCounts> {
  const { retentionDays } = await getSettings();
  const history = await updateHistory((state) => {
    const { kept, purged } = purgeByAge(state.records, (r) => r.at, now, retentionDays);
    return {
      state: { records: kept, lastPurge: { at: now, removed: purged + (state.lastPurge?.at === now ? state.lastPurge.removed : 0) } },
      value: purged,
    };
  });
  const jobs = await updateJobs((list) => {
    const kept = list.filter((j) => !jobExpired(j, now, retentionDays));
    return { jobs: kept.length === list.length ? undefined : kept, value: list.length - kept.length };
  }, now);
  const drafts = (await purgeDrafts(now).catch(() => 0)) + (await purgeQuarantinedDrafts(now).catch(() => 0));
  await purgeFiles(now, retentionDays * 86_400_000).catch(() => 0);
  if (history > 0) void broadcastMarksChanged();
  return { history, jobs, drafts };
}

/** Everything the confirm dialog lists, before the seller agrees. */
export async function buyerDataCounts(jobs: readonly StoredJob[]): Promise<DeleteCounts> {
  const [{ records }, orders] = await Promise.all([readHistory(), readOrders()]);
  const drafts = await updateDrafts((data) => Object.keys(data).length);
  const deletable = jobs.filter((j) => DELETABLE_JOB_STATES.includes(j.state)).length;
  return { history: records.length, jobs: deletable, keptJobs: jobs.length - deletable, drafts, orders: orders.length };
}

/** "Delete all buyer data now" (after the seller confirmed). Answers what went and what was kept. */
export async function deleteAllBuyerData(now = Date.now()): Promise<DeleteCounts> {
  const history = await updateHistory((state) => ({
    state: { records: [], lastPurge: { at: now, removed: state.records.length } },
    value: state.records.length,
  }));
  const drafts = await updateDrafts((data) => {
    const count = Object.keys(data).length;
    for (const key of Object.keys(data)) delete data[key];
    return count;
  });
  await purgeQuarantinedDrafts(now, true);
  const orders = (await readOrders()).length;
  await clearOrders();
  await contactsImportItem.setValue(null);
  await serialised(() => queueQuarantineItem.setValue({ entries: [] }));
  // Inside the queue's own chain: no queue write can slip between the shred and the re-seal.
  const jobCounts = await updateJobs(async (list) => {
    const live = list.filter((j) => !DELETABLE_JOB_STATES.includes(j.state));
    const plain = await Promise.all(live.map((j) => unsealPersonal(j).catch(() => undefined)));
    const files = await openFilesOf(live.map((j) => jobOwner(j.id))).catch(() => []);
    await shredVaultKey();
    // Every other file (drafts, finished jobs) goes; the live jobs' files come back under the new key.
    await deleteAllFiles();
    await resealFiles(files);
    const kept: StoredJob[] = [];
    for (const [i, job] of live.entries()) {
      const p = plain[i];
      if (p) kept.push({ ...job, personal: await sealPersonal(p) });
    }
    return { jobs: kept, value: { jobs: list.length - kept.length, keptJobs: kept.length } };
  }, now);
  void broadcastMarksChanged();
  return { history, drafts, orders, ...jobCounts };
}

/** Daily purge alarm (created only when missing, so a worker start does not push it back) and a purge now. Answers a teardown. */
export function setupRetention(): () => void {
  const onAlarm = (alarm: { name: string }) => {
    if (alarm.name === PURGE_ALARM) void purgeExpired().catch(report);
  };
  browser.alarms.onAlarm.addListener(onAlarm);
  void browser.alarms
    .get(PURGE_ALARM)
    .then((existing) =>
      existing ? undefined : browser.alarms.create(PURGE_ALARM, { delayInMinutes: DAY_MINUTES, periodInMinutes: DAY_MINUTES }),
    )
    .catch(report);
  void purgeExpired().catch(report);
  return () => browser.alarms.onAlarm.removeListener(onAlarm);
}

function report(e: unknown): void {
  console.warn('[parley] contacts purge failed', e instanceof Error ? e.name : 'error');
}
