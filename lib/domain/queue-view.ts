/**
 * What leaves the background about the queue: the popup's view of a job (no
 * message text, no key, no history) and the contact-form feature's work order
 * (the text for one job, only to the Parley tab showing that order).
 */
import { actionsFor, needsSeller, type Job, type SellerAction } from './queue';
import type { PageReasonOption } from './reason-labels';

/** The job without its text, key or history, plus what the seller may do with it. */
export type JobView = Pick<
  Job,
  | 'id'
  | 'orderId'
  | 'marketplaceId'
  | 'host'
  | 'reason'
  | 'transport'
  | 'state'
  | 'heldFor'
  | 'attempts'
  | 'createdAt'
  | 'updatedAt'
  | 'nextAttemptAt'
  | 'sentAt'
  | 'lastError'
  | 'autoSubmit'
> & {
  actions: SellerAction[];
  needsSeller: boolean;
};

export function toView<P>(job: Job<P>, now: number): JobView {
  const view: JobView = {
    id: job.id,
    orderId: job.orderId,
    marketplaceId: job.marketplaceId,
    host: job.host,
    reason: job.reason,
    transport: job.transport,
    state: job.state,
    attempts: job.attempts,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    autoSubmit: job.autoSubmit,
    actions: actionsFor(job, now),
    needsSeller: needsSeller(job),
  };
  if (job.heldFor) view.heldFor = job.heldFor;
  if (job.nextAttemptAt !== undefined) view.nextAttemptAt = job.nextAttemptAt;
  if (job.sentAt !== undefined) view.sentAt = job.sentAt;
  if (job.lastError) view.lastError = job.lastError;
  return view;
}

export interface QuarantineView {
  id: string;
  at: number;
  orderId?: string;
}

export interface QueueListOutput {
  jobs: JobView[];
  quarantine: QuarantineView[];
  paused: boolean;
  dailyCap: number;
  sentToday: number;
}

/** The contact-form feature's orders: fill the form, or only watch for the page's verdict. */
export type FormWork =
  | {
      mode: 'fill';
      jobId: string;
      attempt: number;
      reason: string;
      text: string;
      autoSubmit: boolean;
      /** The page option the seller chose for this reason on this marketplace before. */
      remembered?: PageReasonOption;
      /** Files to put into the page's file input (bytes asked for one by one: queue/fileData). */
      files?: { id: string; name: string; size: number; type: string }[];
    }
  | { mode: 'watch'; jobId: string; attempt: number }
  | null;

/** What the feature saw. */
export const FORM_OUTCOMES = [
  'filled',
  'sent',
  'sendFailed',
  'notConfirmed',
  'reasonUnavailable',
  /** Some option is not understood and none is surely ours: the seller chooses (hand-over). */
  'reasonAsked',
  'reasonDisabled',
  'noTextBox',
  'textNotAccepted',
  'noForm',
  /** The message has files and the page shows no file input. */
  'noFileInput',
  /** The page refused a file (its own words in the message). */
  'filesRefused',
  /** The page did not list every file Parley put into its input. */
  'filesNotListed',
] as const;
export type FormOutcome = (typeof FORM_OUTCOMES)[number];

export interface FormReportOutput {
  /** submit: press Amazon's Send now (the job is written as submitting); watch: wait for the banner; stop: do nothing more. */
  next: 'submit' | 'watch' | 'stop';
}

/** Newest first, jobs that need the seller on top. */
export function sortViews(views: readonly JobView[]): JobView[] {
  return [...views].sort((a, b) => Number(b.needsSeller) - Number(a.needsSeller) || b.createdAt - a.createdAt);
}
