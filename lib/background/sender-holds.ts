/**
 * Email jobs and the approved-sender rule. A job whose From is not approved is
 * held ('senderNotApproved'); approving that address releases it (queued, the
 * seller then opens it in the mail client). Withdrawing approval holds again
 * the released jobs that were not handed off yet. The sender sits in the
 * job's sealed personal part, so each candidate is unsealed to compare.
 */
import { transition, type QueueEvent } from '../domain/queue';
import { sameAddress } from '../domain/senders';
import { unsealPersonal, updateJobs, type Change, type StoredJob } from './queue-store';

async function senderOf(job: StoredJob): Promise<string | undefined> {
  try {
    return (await unsealPersonal(job)).from;
  } catch {
    return undefined;
  }
}

/** Apply `event` to every email job `pick` chooses whose sender is one of `addresses`. Answers the changed jobs. */
function forSenders(addresses: readonly string[], pick: (job: StoredJob) => boolean, event: QueueEvent, now: number): Promise<StoredJob[]> {
  if (addresses.length === 0) return Promise.resolve([]);
  return updateJobs(async (jobs) => {
    const changes: Change[] = [];
    let list = jobs;
    for (const job of jobs) {
      if (job.transport !== 'email' || !pick(job)) continue;
      const from = await senderOf(job);
      if (!from || !addresses.some((a) => sameAddress(a, from))) continue;
      const result = transition(job, event, now);
      if (!result.ok) continue;
      list = list.map((j) => (j.id === job.id ? result.job : j));
      changes.push({ before: job, after: result.job });
    }
    return { jobs: changes.length ? list : undefined, changes, value: changes.map((c) => c.after) };
  }, now);
}

/** The addresses became approved: release the jobs waiting for them. */
export function releaseHeldFor(addresses: readonly string[], now = Date.now()): Promise<StoredJob[]> {
  return forSenders(addresses, (j) => j.state === 'held' && j.heldFor === 'senderNotApproved', { type: 'release' }, now);
}

/** The addresses are no longer approved: jobs released for them but not handed off wait again. */
export function holdAgainFor(addresses: readonly string[], now = Date.now()): Promise<StoredJob[]> {
  return forSenders(addresses, (j) => j.state === 'queued', { type: 'hold', reason: 'senderNotApproved' }, now);
}

/** Jobs waiting for a sender, with the sender: for the options page ("2 messages wait for this address"). */
export async function waitingEmailJobs(
  jobs: readonly StoredJob[],
): Promise<{ jobId: string; orderId: string; from: string; state: 'held' | 'queued' }[]> {
  const out: { jobId: string; orderId: string; from: string; state: 'held' | 'queued' }[] = [];
  for (const job of jobs) {
    if (job.transport !== 'email') continue;
    const waiting = (job.state === 'held' && job.heldFor === 'senderNotApproved') || job.state === 'queued';
    if (!waiting) continue;
    const from = await senderOf(job);
    if (from) out.push({ jobId: job.id, orderId: job.orderId, from, state: job.state as 'held' | 'queued' });
  }
  return out;
}
