import type { SellerAction } from '@/lib/domain/queue';
import { MAX_ATTEMPTS } from '@/lib/domain/queue';
import type { JobView } from '@/lib/domain/queue-view';
import { t, type MessageKey } from '@/lib/i18n';
import { detailOf, errorText, formatTime, reasonLabel, stateLabel } from '@/lib/ui/queue-labels';
import { CopyPageReport } from './CopyPageReport';
import { QueueEmailAction } from './QueueEmailAction';

/** Failures that mean the Contact Buyer page was not what Parley expected: a page report helps us fix it. */
const PAGE_NOT_UNDERSTOOD = new Set([
  'noForm',
  'noTextBox',
  'textNotAccepted',
  'textUnreadable',
  'reasonUnavailable',
  'noFileInput',
  'filesNotListed',
]);

const ACTION_TEXT: Record<SellerAction, [MessageKey, MessageKey]> = {
  retry: ['queueActionRetry', 'queueActionRetryLabel'],
  cancel: ['queueActionCancel', 'queueActionCancelLabel'],
  confirmSent: ['queueActionConfirmSent', 'queueActionConfirmSentLabel'],
  requeue: ['queueActionRequeue', 'queueActionRequeueLabel'],
};

interface Props {
  job: JobView;
  busy: boolean;
  refusal?: string;
  onAction(action: SellerAction): void;
}

/** One message in the queue: order, reason, state in words, what went wrong, and what the seller can do. */
export function QueueJob({ job, busy, refusal, onAction }: Props) {
  const detail = detailOf(job);
  const error = errorText(job);
  const titleId = `parley-job-${job.id}`;
  return (
    <li
      class="parley-queue-job"
      data-parley-job={job.id}
      data-state={job.state}
      data-needs-seller={job.needsSeller ? 'true' : undefined}
      aria-labelledby={titleId}
    >
      <div class="parley-queue-job__head">
        <span id={titleId} class="parley-queue-job__order">
          {t('queueOrder', job.orderId)}
        </span>
        <span class="parley-queue-job__state" data-state={job.state}>
          {stateLabel(job.state)}
        </span>
      </div>
      <div class="parley-queue-job__reason">
        {reasonLabel(job.reason)}
        {job.autoSubmit && job.state !== 'sent' && <span class="parley-badge">{t('queueAutoSubmitTag')}</span>}
      </div>
      {detail && <p class="parley-queue-job__detail">{detail}</p>}
      {error && <p class="parley-queue-job__error">{error}</p>}
      {job.state === 'failed' && job.lastError && PAGE_NOT_UNDERSTOOD.has(job.lastError.code) && <CopyPageReport queueTab />}
      {job.state === 'queued' && job.nextAttemptAt !== undefined && (
        <p class="parley-queue-job__meta">
          {t('queueAttempt', [String(job.attempts + 1), String(MAX_ATTEMPTS)])} · {t('queueNextAttempt', formatTime(job.nextAttemptAt))}
        </p>
      )}
      {job.state === 'sent' && job.sentAt !== undefined && <p class="parley-queue-job__meta">{t('queueSentAt', formatTime(job.sentAt))}</p>}
      {refusal && (
        <p class="parley-queue-job__error" role="alert">
          {refusal}
        </p>
      )}
      {/* Email (issue 6): a released email job waits for the seller to open it in the mail client. */}
      {job.transport === 'email' && job.state === 'queued' && <QueueEmailAction job={job} />}
      {job.actions.length > 0 && (
        <div class="parley-queue-job__actions">
          {job.actions.map((action) => (
            <button
              key={action}
              type="button"
              class={`parley-button${action === 'confirmSent' ? ' parley-button--primary' : ''}`}
              data-action={action}
              aria-label={t(ACTION_TEXT[action][1], job.orderId)}
              disabled={busy}
              onClick={() => onAction(action)}
            >
              {t(ACTION_TEXT[action][0])}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}
