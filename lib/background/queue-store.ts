/**
 * The queue in storage.local: every change is a read-modify-write of the
 * whole item, serialised by a promise chain (several events can arrive in the
 * same tick: a page report, an alarm, a popup click). A transition is written
 * before the caller performs the action it announces.
 *
 * Loading validates each job: a damaged one is moved to the quarantine item
 * and reported, the rest of the queue goes on.
 */
import { writeChain } from './write-chain';
import * as v from 'valibot';
import { transition, type JobPersonal, type QueueEvent, type TransitionResult } from '../domain/queue';
import type { PlannedEvent } from '../domain/queue-plan';
import { queueItem, queueQuarantineItem } from '../storage';
import {
  QUARANTINE_LIMIT,
  QuarantineDataSchema,
  QueueDataSchema,
  StoredJobSchema,
  type QuarantineEntry,
  type StoredJob,
} from '../storage/queue';
import { seal, unseal, type Sealed } from './vault';

export type { StoredJob };

export interface Change {
  before?: StoredJob;
  after: StoredJob;
}

type Listener = (changes: Change[], jobs: StoredJob[]) => void;
const changeListeners = new Set<Listener>();
const quarantineListeners = new Set<(entries: QuarantineEntry[]) => void>();

/** Called after every write that changed jobs (badge, notifications). */
export function onQueueChange(fn: Listener): () => void {
  changeListeners.add(fn);
  return () => changeListeners.delete(fn);
}
export function onQuarantine(fn: (entries: QuarantineEntry[]) => void): () => void {
  quarantineListeners.add(fn);
  return () => quarantineListeners.delete(fn);
}

/** Run `fn` after every earlier queue operation has finished (a mutex for this worker). */
export const serialised = writeChain();

/** Personal fields at rest: the one place the vault is called for jobs. */
export const sealPersonal = (p: JobPersonal) => seal(p);
export const unsealPersonal = (job: StoredJob) => unseal<JobPersonal>(job.personal);

async function quarantine(entries: QuarantineEntry[]): Promise<void> {
  const raw = await queueQuarantineItem.getValue();
  const parsed = v.safeParse(QuarantineDataSchema, raw);
  const kept = parsed.success ? parsed.output.entries : [];
  await queueQuarantineItem.setValue({ entries: [...kept, ...entries].slice(-QUARANTINE_LIMIT) });
  for (const fn of quarantineListeners) fn(entries);
}

function describeDamage(raw: unknown, index: number, now: number, issue: string): QuarantineEntry {
  const rec = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const id = typeof rec.id === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(rec.id) ? rec.id : `damaged-${now}-${index}`;
  const orderId = typeof rec.orderId === 'string' && /^(?:\d{3}|D\d{2})-\d{7}-\d{7}$/.test(rec.orderId) ? rec.orderId : undefined;
  return { id, at: now, why: issue.slice(0, 300), raw, ...(orderId ? { orderId } : {}) };
}

/** Read and validate; damaged jobs (or a damaged item) go to quarantine and storage is rewritten without them. */
async function load(now: number): Promise<StoredJob[]> {
  const raw = await queueItem.getValue();
  const whole = v.safeParse(QueueDataSchema, raw);
  const records = whole.success ? whole.output.jobs : [raw];
  const jobs: StoredJob[] = [];
  const damaged: QuarantineEntry[] = [];
  records.forEach((record, i) => {
    const parsed = v.safeParse(StoredJobSchema, record);
    if (parsed.success && !jobs.some((j) => j.id === parsed.output.id)) jobs.push(parsed.output as StoredJob);
    else damaged.push(describeDamage(record, i, now, parsed.success ? 'duplicate job id' : (parsed.issues[0]?.message ?? 'invalid')));
  });
  if (damaged.length > 0) {
    await quarantine(damaged);
    await queueItem.setValue({ jobs });
  }
  return jobs;
}

async function save(changes: Change[], jobs: StoredJob[]): Promise<void> {
  await queueItem.setValue({ jobs });
  for (const fn of changeListeners) {
    try {
      fn(changes, jobs);
    } catch {
      // a badge or notification failure never undoes a written transition
    }
  }
}

/** All jobs, validated. */
export function readJobs(now = Date.now()): Promise<StoredJob[]> {
  return serialised(() => load(now));
}

/**
 * Read, let `fn` decide, write. `fn` returns the new list (or undefined for
 * no change) and a value; nothing is written when no job changed.
 */
export function updateJobs<T>(
  fn: (
    jobs: StoredJob[],
  ) => { jobs?: StoredJob[]; changes?: Change[]; value: T } | Promise<{ jobs?: StoredJob[]; changes?: Change[]; value: T }>,
  now = Date.now(),
): Promise<T> {
  return serialised(async () => {
    const jobs = await load(now);
    const out = await fn(jobs);
    if (out.jobs) await save(out.changes ?? [], out.jobs);
    return out.value;
  });
}

/** Apply one event to one job and write it; the answer says whether it happened. */
export function transitionJob(jobId: string, event: QueueEvent, now = Date.now()): Promise<TransitionResult<Sealed>> {
  return updateJobs<TransitionResult<Sealed>>((jobs) => {
    const index = jobs.findIndex((j) => j.id === jobId);
    const job = jobs[index];
    if (!job) return { value: { ok: false as const, why: 'not-found' } };
    const result = transition(job, event, now);
    if (!result.ok) return { value: result };
    const next = jobs.with(index, result.job);
    return { jobs: next, changes: [{ before: job, after: result.job }], value: result };
  }, now);
}

/** Apply planned events in order; refused ones are skipped (the plan was made from the same snapshot). */
export function applyPlanned(jobs: StoredJob[], planned: readonly PlannedEvent[], now: number): { jobs: StoredJob[]; changes: Change[] } {
  let list = jobs;
  const changes: Change[] = [];
  for (const { jobId, event } of planned) {
    const index = list.findIndex((j) => j.id === jobId);
    const job = list[index];
    if (!job) continue;
    const result = transition(job, event, now);
    if (!result.ok) continue;
    list = list.with(index, result.job);
    changes.push({ before: job, after: result.job });
  }
  return { jobs: list, changes };
}

export async function readQuarantine(): Promise<QuarantineEntry[]> {
  const parsed = v.safeParse(QuarantineDataSchema, await queueQuarantineItem.getValue());
  return parsed.success ? parsed.output.entries : [];
}

export function dismissQuarantined(id: string): Promise<boolean> {
  return serialised(async () => {
    const entries = await readQuarantine();
    const kept = entries.filter((e) => e.id !== id);
    if (kept.length === entries.length) return false;
    await queueQuarantineItem.setValue({ entries: kept });
    return true;
  });
}
