/**
 * The background's side of the contact-form feature. A content script gets a
 * job's text only when it runs in the Parley tab on that job's order page
 * while the job is being filled; it reports what the page did, and the answer
 * to "filled" is the only way Parley ever presses Amazon's Send (after
 * `submitting` is written).
 */
import { BUSY_STATES, type JobPersonal, type QueueEvent } from '../domain/queue';
import { fileData } from './composer-files';
import { jobOwner } from './file-store';
import type { FormOutcome, FormReportOutput, FormWork } from '../domain/queue-view';
import { choiceFor, rememberChoice } from '../domain/reason-choices';
import type { PageReasonOption } from '../domain/reason-labels';
import { getReasonChoices, getSettings, reasonChoicesItem } from '../storage';
import { readJobs, unsealPersonal, updateJobs, transitionJob, type StoredJob } from './queue-store';
import { transition } from '../domain/queue';
import { focusParleyTab, parleyTabId } from './queue-tab';
import { kick } from './queue-runner';

export async function formReady(orderId: string, tabId: number | undefined): Promise<FormWork> {
  if (tabId === undefined || tabId !== (await parleyTabId())) return null;
  const job = (await readJobs()).find((j) => j.orderId === orderId && BUSY_STATES.includes(j.state));
  if (!job) return null;
  // A page reloaded while the seller was to choose the reason asks them again (and fills the text after).
  const asked = job.state === 'awaiting-seller' && job.lastError?.code === REASON_ASKED;
  if (job.state !== 'filling' && !asked) return { mode: 'watch', jobId: job.id, attempt: job.attempts };
  let text: string;
  let files: NonNullable<JobPersonal['files']>;
  try {
    const personal = await unsealPersonal(job);
    text = personal.text;
    files = personal.files ?? [];
  } catch {
    // The vault key is gone (buyer data was deleted): this text can never be sent.
    await transitionJob(job.id, { type: 'pageError', error: { code: 'textUnreadable' } });
    return null;
  }
  const remembered = choiceFor(await getReasonChoices(), job.marketplaceId, job.reason);
  return {
    mode: 'fill',
    jobId: job.id,
    attempt: job.attempts,
    reason: job.reason,
    text,
    autoSubmit: job.autoSubmit,
    ...(remembered ? { remembered } : {}),
    ...(files.length ? { files: files.map(({ id, name, size, type }) => ({ id, name, size, type })) } : {}),
  };
}

/** One of a job's files for the page: only to the Parley tab, only while the job is being filled or handed over. */
export async function formFileData(
  jobId: string,
  fileId: string,
  tabId: number | undefined,
): Promise<{ name: string; type: string; data: string } | undefined> {
  if (tabId === undefined || tabId !== (await parleyTabId())) return undefined;
  const job = (await readJobs()).find((j) => j.id === jobId);
  if (!job || !['filling', 'awaiting-seller', 'submitting'].includes(job.state)) return undefined;
  return fileData(jobOwner(job.id), fileId);
}

export interface FormReport {
  jobId: string;
  attempt: number;
  outcome: FormOutcome;
  /** The page's own words (an error alert), or the reason names it offers. */
  message?: string;
  /** With 'sent' after Parley asked: the option the seller chose for the job's reason. */
  chosen?: PageReasonOption;
}

/** Parley asked the seller to choose the reason (see 'reasonAsked'): the note the queue view shows. */
export const REASON_ASKED = 'reasonAsked';

/** The seller's choice, remembered for the job's marketplace and reason once the page confirmed the send. */
async function rememberSellerChoice(job: StoredJob, chosen: PageReasonOption): Promise<void> {
  const choices = await getReasonChoices();
  await reasonChoicesItem.setValue(rememberChoice(choices, job.marketplaceId, job.reason, chosen));
}

const STOP: FormReportOutput = { next: 'stop' };

/** The event a report stands for (not 'filled', which depends on the opt-in). */
function eventFor(report: FormReport): QueueEvent {
  const error = { code: report.outcome, ...(report.message ? { message: report.message } : {}) };
  switch (report.outcome) {
    case 'sent':
      return { type: 'confirmedSent' };
    case 'notConfirmed':
      return { type: 'interrupted', error };
    default:
      return { type: 'pageError', error };
  }
}

export async function formReport(report: FormReport, tabId: number | undefined): Promise<FormReportOutput> {
  if (tabId === undefined || tabId !== (await parleyTabId())) return STOP;
  if (report.outcome === 'reasonAsked') return handOver(report);
  if (report.outcome !== 'filled') {
    // The success banner is the truth for any attempt; other verdicts must come from the current one.
    const result = await updateJobs((jobs) => {
      const index = jobs.findIndex((j) => j.id === report.jobId);
      const job = jobs[index];
      if (!job || (report.outcome !== 'sent' && job.attempts !== report.attempt)) return { value: undefined };
      const next = transition(job, eventFor(report), Date.now());
      if (!next.ok) return { value: undefined };
      return { jobs: jobs.with(index, next.job), changes: [{ before: job, after: next.job }], value: job };
    });
    // Only a choice Parley asked for, on a send the page confirmed, is remembered.
    if (result && report.chosen && result.lastError?.code === REASON_ASKED)
      await rememberSellerChoice(result, report.chosen).catch(() => {});
    if (result) kick();
    return STOP;
  }
  const settings = await getSettings();
  const next = await updateJobs<FormReportOutput>((jobs) => {
    const index = jobs.findIndex((j) => j.id === report.jobId);
    const job: StoredJob | undefined = jobs[index];
    if (!job || job.attempts !== report.attempt) return { value: STOP };
    // The same report again (its answer was lost when the worker stopped): watch, never a second "submit".
    if (job.state === 'awaiting-seller' || job.state === 'submitting') return { value: { next: 'watch' } };
    if (job.state !== 'filling') return { value: STOP };
    const submit = job.autoSubmit && !settings.paused;
    const result = transition(job, { type: submit ? 'submitStarted' : 'formFilled' }, Date.now());
    if (!result.ok) return { value: STOP };
    return {
      jobs: jobs.with(index, result.job),
      changes: [{ before: job, after: result.job }],
      value: { next: submit ? 'submit' : 'watch' },
    };
  });
  if (next.next === 'watch' && !settings.paused) await focusParleyTab().catch(() => undefined);
  return next;
}

/**
 * The page offers options Parley does not understand and none is surely the job's
 * reason: the seller chooses. The job waits in awaiting-seller with a note (never
 * "Send for me": Parley does not press Send on a reason it did not pick), and the
 * tab comes to the front.
 */
async function handOver(report: FormReport): Promise<FormReportOutput> {
  const settings = await getSettings();
  const note = { code: REASON_ASKED, ...(report.message ? { message: report.message } : {}) };
  const next = await updateJobs<FormReportOutput>((jobs) => {
    const index = jobs.findIndex((j) => j.id === report.jobId);
    const job: StoredJob | undefined = jobs[index];
    if (!job || job.attempts !== report.attempt) return { value: STOP };
    if (job.state === 'awaiting-seller') return { value: { next: 'watch' } };
    const result = transition(job, { type: 'formFilled', note }, Date.now());
    if (!result.ok) return { value: STOP };
    return { jobs: jobs.with(index, result.job), changes: [{ before: job, after: result.job }], value: { next: 'watch' } };
  });
  if (next.next === 'watch' && !settings.paused) await focusParleyTab().catch(() => undefined);
  return next;
}
