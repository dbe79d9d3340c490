/**
 * The one way into the queue. The composer's Send, the email hand-off and the
 * bulk review's Confirm all come here: each message is checked again in the
 * worker (lib/domain/message-check.ts: reason offered for this order, limits,
 * the rules check's errors), becomes a job, is sealed before it is written, and
 * is refused when it duplicates a job sent or on its way. All of a call's jobs
 * are written in one go.
 */
import { refusalOf, type MessageRefusal, type MessageToCheck } from '../domain/message-check';
import type { JobPersonal, Transport } from '../domain/queue';
import { createJob, findDuplicate, MAX_TEXT_LENGTH } from '../domain/queue-plan';
import { reasonById } from '../domain/reasons';
import { t } from '../i18n';
import { err, type ParleyError } from '../result';
import { getOrder } from './orders-cache';
import { sealPersonal, updateJobs, type StoredJob } from './queue-store';

export interface NewMessage extends MessageToCheck {
  transport: Transport;
  autoSubmit: boolean;
  /** What the job carries besides the text (email: subject, sender, relay address). */
  personal?: Omit<JobPersonal, 'text'>;
}

export type EnqueueRefusal = { orderId: string; why: MessageRefusal } | { orderId: string; why: 'duplicate'; duplicateOf: 'sent' | 'live' };

export interface EnqueueOptions {
  /** Refuse messages for orders the worker has no facts of (bulk: its review was built from them). */
  requireFacts?: boolean;
  /**
   * The state a new job starts in (email: held, or handed to the mail client), decided
   * with the jobs already stored; undefined refuses it ('transition').
   */
  place?: (job: StoredJob, jobs: readonly StoredJob[]) => StoredJob | undefined | Promise<StoredJob | undefined>;
}

export interface Enqueued {
  queued: StoredJob[];
  refused: (EnqueueRefusal | { orderId: string; why: 'transition' })[];
}

export async function enqueueMessages(messages: readonly NewMessage[], options: EnqueueOptions = {}, now = Date.now()): Promise<Enqueued> {
  const refused: Enqueued['refused'] = [];
  const ready: StoredJob[] = [];
  for (const message of messages) {
    const why = refusalOf(message, await getOrder(message.orderId), new Date(now), options.requireFacts === true);
    if (why) {
      refused.push({ orderId: message.orderId, why });
      continue;
    }
    const job = createJob(crypto.randomUUID(), message, now);
    // Sealed before the write: the text is never at rest in the clear.
    ready.push({ ...job, personal: await sealPersonal({ ...message.personal, text: message.text }) });
  }
  const queued = await updateJobs(async (jobs) => {
    const added: StoredJob[] = [];
    for (const job of ready) {
      const dup = findDuplicate([...jobs, ...added], job.idempotencyKey);
      if (dup) {
        refused.push({ orderId: job.orderId, why: 'duplicate', duplicateOf: dup.why });
        continue;
      }
      const placed = options.place ? await options.place(job, [...jobs, ...added]) : job;
      if (placed) added.push(placed);
      else refused.push({ orderId: job.orderId, why: 'transition' });
    }
    return { jobs: added.length ? [...jobs, ...added] : undefined, changes: added.map((after) => ({ after })), value: added };
  }, now);
  return { queued, refused };
}

/** The composer's words for a message the worker refused to queue. */
export function refusalError(
  refusal: Enqueued['refused'][number] | undefined,
  { orderId, reason }: { orderId: string; reason: string },
): { ok: false; error: ParleyError } {
  switch (refusal?.why) {
    case 'empty':
      return err('empty-text', t('queueErrEmptyText'));
    case 'tooLong':
      return err('text-too-long', t('queueErrTooLong', String(reasonById(reason)?.text.max ?? MAX_TEXT_LENGTH)));
    case 'duplicate':
      return refusal.duplicateOf === 'sent'
        ? err('duplicate-sent', t('queueErrDuplicateSent', orderId))
        : err('duplicate-live', t('queueErrDuplicateLive', orderId));
    case 'rules':
      return err('rules', t('queueErrRules'));
    case 'canceled':
      return err('canceled', t('contactsBulkWhy_canceled'));
    case 'mismatch':
      return err('mismatch', t('contactsBulkWhy_mismatch'));
    case 'reason':
      return err('reason', t('queueErrReason'));
    case 'files':
      return err('files', t('queueErrFiles'));
    default:
      return err('internal', t('errInternal'));
  }
}
