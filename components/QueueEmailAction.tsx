import { useState } from 'preact/hooks';
import type { JobView } from '@/lib/domain/queue-view';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';

/**
 * For an email job the queue released (its sender was approved, or the pause
 * ended): open it in the seller's mail client. The background resolves the
 * buyer's relay address, opens the compose window and records the hand-off.
 */
export function QueueEmailAction({ job }: { job: Pick<JobView, 'id' | 'orderId'> }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const open = async () => {
    setBusy(true);
    const answer = await sendMessage('contacts/handOff', { jobId: job.id });
    setBusy(false);
    setProblem(answer.ok ? undefined : answer.error.message);
  };
  return (
    <>
      <button
        type="button"
        class="parley-button parley-button--primary"
        disabled={busy}
        aria-label={t('contactsOpenEmailLabel', job.orderId)}
        onClick={() => void open()}
      >
        {t('contactsOpenEmail')}
      </button>
      {problem && (
        <p class="parley-queue-job__error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
