/**
 * What the composer needs from the send queue: whether a message for this
 * order is already on its way (the popup routes to the composer whenever the
 * active tab is the order's Contact Buyer page, which is also where the queue
 * fills its form), and how many jobs wait for the seller, for the way back to
 * the queue. Reads the queue view's store (queue/list), live.
 */
import { useEffect } from 'preact/hooks';
import type { JobState } from '../domain/queue';
import type { JobView } from '../domain/queue-view';
import { useQueueView } from './queue-view-store';

/** A job past 'queued' and not finished: its form is open, filled, being sent, or its outcome is unclear. */
export const IN_FLIGHT_STATES: readonly JobState[] = ['filling', 'awaiting-seller', 'submitting', 'needs-check'];

/** The order's in-flight job, the most recently changed if several. */
export function inFlightJob(jobs: readonly JobView[], orderId: string): JobView | undefined {
  return jobs.filter((j) => j.orderId === orderId && IN_FLIGHT_STATES.includes(j.state)).sort((a, b) => b.updatedAt - a.updatedAt)[0];
}

export interface ComposerQueue {
  /** The first answer came (or failed): until then the composer does not know whether to invite a message. */
  ready: boolean;
  job?: JobView;
  /** Jobs that wait for the seller (the queue view's own count). */
  needYou: number;
}

export function useComposerQueue(orderId: string): ComposerQueue {
  const { status, data, load, watch } = useQueueView();
  useEffect(() => {
    void load();
    return watch();
  }, [load, watch]);
  const jobs = data?.jobs ?? [];
  return {
    ready: status !== 'loading' || data !== undefined,
    job: inFlightJob(jobs, orderId),
    needYou: jobs.filter((j) => j.needsSeller).length,
  };
}
