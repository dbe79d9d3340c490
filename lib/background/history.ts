/**
 * Contact history in the background: records are made when a queue job
 * reaches `sent` (form or handed to email) or `failed` (the queue store's
 * change listener), and again at start-up for any finished job that has no
 * record yet (the worker may stop between the two writes). Buyer data goes
 * into the record sealed; only Parley's pages get it back.
 */
import { browser } from 'wxt/browser';
import {
  addRecords,
  contactMarks,
  isDelivered,
  missingRecords,
  outcomeOf,
  recordFromJob,
  recordsFor,
  type ContactPersonal,
} from '../domain/history';
import { SELLER_CENTRAL_MATCHES } from '../domain/marketplaces';
import type { StoredRecord } from '../storage/contacts';
import { getOrder } from './orders-cache';
import { readHistory, updateHistory } from './contacts-items';
import { readJobs, unsealPersonal, type Change, type StoredJob } from './queue-store';
import { seal, unseal } from './vault';
import type { PastMessage } from '../protocol/contacts';
import { sendToTab } from '../tab-messaging';

/** The job's buyer data for the record, and the sender (the seller's own address, kept beside the sealed part). */
async function personalOf(job: StoredJob): Promise<{ personal: ContactPersonal; from?: string }> {
  const personal: ContactPersonal = { text: '' };
  let from: string | undefined;
  try {
    const p = await unsealPersonal(job);
    personal.text = p.text;
    if (p.subject) personal.subject = p.subject;
    if (p.to) personal.to = p.to;
    if (p.files?.length) personal.files = p.files.map(({ name, size, sha256 }) => ({ name, size, sha256 }));
    from = p.from;
  } catch {
    // Unreadable (key shredded by "Delete all buyer data"): the record keeps the facts without the text.
  }
  const buyerName = (await getOrder(job.orderId).catch(() => undefined))?.buyerName;
  if (buyerName) personal.buyerName = buyerName;
  return from ? { personal, from } : { personal };
}

/** Record the outcome of finished jobs (idempotent per job and outcome). Answers how many records are new. */
export async function recordJobs(jobs: readonly StoredJob[]): Promise<number> {
  const finished = jobs.filter((j) => outcomeOf(j) !== undefined);
  if (finished.length === 0) return 0;
  const records: StoredRecord[] = [];
  for (const job of finished) {
    const { personal, from } = await personalOf(job);
    const record = recordFromJob(job, await seal(personal), from);
    if (record) records.push(record);
  }
  const added = await updateHistory((state) => {
    const next = addRecords(state.records, records);
    const known = new Set(state.records.map((r) => r.id));
    const count = next.filter((r) => !known.has(r.id)).length;
    return count === 0 ? { value: 0 } : { state: { ...state, records: next }, value: count };
  });
  if (added > 0 && records.some((r) => isDelivered(r.outcome))) void broadcastMarksChanged();
  return added;
}

/** Queue store listener: the jobs that just reached an outcome. */
export function onJobChanges(changes: readonly Change[]): Promise<number> {
  const reached = changes.filter((c) => outcomeOf(c.after) !== undefined && c.before?.state !== c.after.state).map((c) => c.after);
  return reached.length ? recordJobs(reached) : Promise.resolve(0);
}

/** Start-up: finished jobs without a record (the worker stopped in between). */
export async function reconcileHistory(): Promise<number> {
  const [jobs, { records }] = await Promise.all([readJobs(), readHistory()]);
  return recordJobs(missingRecords(jobs, records));
}

/** One order's past messages from Parley, newest first (extension pages only). */
export async function pastMessages(orderId: string): Promise<PastMessage[]> {
  const { records } = await readHistory();
  const out: PastMessage[] = [];
  for (const r of recordsFor(records, orderId)) {
    let personal: ContactPersonal = { text: '' };
    try {
      personal = await unseal<ContactPersonal>(r.personal);
    } catch {
      // unreadable after a key shred: show the facts without the text
    }
    out.push({
      at: r.at,
      reason: r.reason,
      transport: r.transport,
      outcome: r.outcome,
      text: personal.text,
      ...(personal.subject ? { subject: personal.subject } : {}),
      ...(r.from ? { from: r.from } : {}),
    });
  }
  return out;
}

/** For content scripts: the time each of these orders was last contacted. Nothing else. */
export async function marksFor(orderIds: readonly string[]): Promise<Record<string, number>> {
  return contactMarks((await readHistory()).records, orderIds);
}

/** Delivered messages (order, reason, when) of these orders, for the bulk review's skip rule. */
export async function deliveredTo(orderIds: readonly string[]): Promise<{ orderId: string; reason: string; at: number }[]> {
  const wanted = new Set(orderIds);
  return (await readHistory()).records
    .filter((r) => wanted.has(r.orderId) && isDelivered(r.outcome))
    .map((r) => ({ orderId: r.orderId, reason: r.reason, at: r.at }));
}

export async function broadcastMarksChanged(): Promise<void> {
  const tabs = await browser.tabs.query({ url: [...SELLER_CENTRAL_MATCHES] }).catch(() => []);
  // "Marks changed, ask again for yours" (no data); a tab without Parley simply does not answer.
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : sendToTab(tab.id, 'contacts/marksChanged', {}))));
}
