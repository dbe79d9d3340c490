/**
 * Send by email. The composer's message becomes an email job in the queue:
 * held ('senderNotApproved') when From is not approved, else handed off at
 * once: the buyer's relay address is resolved, the compose URL built, the job
 * written as sent ("handed to email", history follows), then the compose
 * window opens. A job released later is handed off with handOffJob().
 */
import { browser } from 'wxt/browser';
import { checkSubject, composeUrl, isComposeUrl, type EmailClient } from '../domain/email';
import { transition, type HoldReason, type JobPersonal } from '../domain/queue';
import { countTowardCap, dailyCapOf } from '../domain/queue-plan';
import { reasonById } from '../domain/reasons';
import { checkAddress, isApproved } from '../domain/senders';
import { t } from '../i18n';
import { err, ok, type Result } from '../result';
import { getSettings } from '../storage';
import { readSenders } from './contacts-items';
import { resolveRelay, type RelayFailure } from './email-relay-lookup';
import { enqueueMessages, refusalError } from './queue-enqueue';
import { readJobs, sealPersonal, unsealPersonal, updateJobs, type StoredJob } from './queue-store';
import type { EmailAnswer } from '../protocol/contacts';

export interface EmailRequest {
  orderId: string;
  marketplaceId: string;
  host: string;
  reason: string;
  text: string;
  subject: string;
  from: string;
  client?: EmailClient;
  /** The seller copies the body and pastes it: open the compose window without it (too long for a URL). */
  omitBody?: boolean;
}

const relayWhy = (reason: RelayFailure): string => t(`contactsRelay_${reason.replace('-', '_')}` as 'contactsRelay_noTab');

/** Build the URL for a message, or the error the seller sees (too long: code 'email-too-long'). */
function urlFor(client: EmailClient, to: string, p: JobPersonal, omitBody: boolean): Result<{ url: string; bodyOmitted: boolean }> {
  const out = composeUrl(client, { to, from: p.from, subject: p.subject ?? '', body: p.text }, { omitBody });
  if (out.ok) return ok({ url: out.url, bodyOmitted: out.bodyOmitted });
  if (out.why === 'badTo') return err('relay', relayWhy('unexpected-address'));
  return err('email-too-long', t('contactsEmailTooLong', [t(`contactsClient_${client}`), String(out.length), String(out.limit)]));
}

async function open(client: EmailClient, url: string): Promise<boolean> {
  if (!isComposeUrl(client, url)) return false;
  try {
    await browser.tabs.create({ url, active: true });
    return true;
  } catch {
    return false; // the page still has the URL and offers it as a link
  }
}

/** Why the queue would make this job wait right now, if it would. */
async function runnerHold(jobs: readonly StoredJob[], now: number): Promise<HoldReason | undefined> {
  const settings = await getSettings();
  if (settings.paused) return 'paused';
  return countTowardCap(jobs, now) >= dailyCapOf(settings) ? 'dailyCap' : undefined;
}

export async function emailHandoff(req: EmailRequest, now = Date.now()): Promise<Result<EmailAnswer>> {
  const reason = reasonById(req.reason);
  if (!reason?.composable) return err('reason', t('contactsErrReason'));
  const subject = checkSubject(req.subject, reason.critical);
  if (!subject.ok) return err('subject', t(`contactsSubject_${subject.why}`));
  if (req.text.trim() === '') return err('empty-text', t('contactsErrEmptyText'));
  if (req.text.length > reason.text.max) return err('text-too-long', t('contactsErrTooLong', String(reason.text.max)));
  const from = checkAddress(req.from);
  if (!from.ok) return err('from', t(`contactsAddressWhy_${from.why}`));
  const client = req.client ?? (await getSettings()).emailClient;
  const personal: Omit<JobPersonal, 'text'> = { subject: subject.subject, from: from.address };
  const approved = isApproved(await readSenders(), from.address);

  let handed: { url: string; bodyOmitted: boolean } | undefined;
  if (approved) {
    const relay = await resolveRelay(req);
    if (!relay.ok) return err('relay', relayWhy(relay.reason));
    personal.to = relay.address;
    const built = urlFor(client, relay.address, { ...personal, text: req.text }, req.omitBody === true);
    if (!built.ok) return built;
    handed = built.value;
  }
  // The one way into the queue; the job starts held (sender not approved, paused, cap) or handed to the mail client.
  let hold: HoldReason | undefined;
  const { queued, refused } = await enqueueMessages(
    [{ ...req, transport: 'email', autoSubmit: false, personal }],
    {
      async place(job, jobs) {
        hold = approved ? await runnerHold(jobs, now) : 'senderNotApproved';
        const next = transition(job, hold ? { type: 'hold', reason: hold } : { type: 'handedToEmail' }, now);
        return next.ok ? next.job : undefined;
      },
    },
    now,
  );
  const job = queued[0];
  if (!job) return refusalError(refused[0], req);
  const outcome = { job, hold };
  if (outcome.hold || !handed) return ok({ state: 'held', jobId: outcome.job.id, heldFor: outcome.hold ?? 'senderNotApproved' });
  const opened = await open(client, handed.url);
  return ok({ state: 'handedOff', jobId: outcome.job.id, url: handed.url, client, bodyOmitted: handed.bodyOmitted, opened });
}

/** Hand off a queued email job (released after its sender was approved, or after a pause). */
export async function handOffJob(
  jobId: string,
  options: { client?: EmailClient; omitBody?: boolean } = {},
  now = Date.now(),
): Promise<Result<EmailAnswer>> {
  const job = (await readJobs(now)).find((j) => j.id === jobId);
  if (!job || job.transport !== 'email') return err('not-found', t('queueErrNotFound'));
  if (job.state !== 'queued') return err('action-refused', t('queueErrActionRefused'));
  let personal: JobPersonal;
  try {
    personal = await unsealPersonal(job);
  } catch {
    return err('unreadable', t('contactsErrUnreadable'));
  }
  const client = options.client ?? (await getSettings()).emailClient;
  if (!personal.from || !isApproved(await readSenders(), personal.from)) {
    return err('sender-not-approved', t('contactsWillReject', personal.from ?? '?'));
  }
  const relay = await resolveRelay(job);
  if (!relay.ok) return err('relay', relayWhy(relay.reason));
  const withTo = { ...personal, to: relay.address };
  const built = urlFor(client, relay.address, withTo, options.omitBody === true);
  if (!built.ok) return built;
  const sealed = await sealPersonal(withTo);
  const done = await updateJobs((jobs) => {
    const index = jobs.findIndex((j) => j.id === jobId);
    const current = jobs[index];
    const next = current ? transition({ ...current, personal: sealed }, { type: 'handedToEmail' }, now) : undefined;
    if (!current || !next?.ok) return { value: false };
    return { jobs: jobs.with(index, next.job), changes: [{ before: current, after: next.job }], value: true };
  }, now);
  if (!done) return err('action-refused', t('queueErrActionRefused'));
  const opened = await open(client, built.value.url);
  return ok({ state: 'handedOff', jobId, url: built.value.url, client, bodyOmitted: built.value.bodyOmitted, opened });
}
