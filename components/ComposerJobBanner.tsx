import { t } from '@/lib/i18n';
import type { JobView } from '@/lib/domain/queue-view';
import { detailOf, stateLabel } from '@/lib/ui/queue-labels';

interface Props {
  job: JobView;
  onQueue?: () => void;
  /** Shown only while the composer is folded away: the seller may still write another message. */
  onWrite?: () => void;
}

/**
 * A message for this order is already being filled, waiting for the seller's
 * Send, being sent, or unclear: say so first, instead of inviting a second one.
 */
export function ComposerJobBanner({ job, onQueue, onWrite }: Props) {
  const detail = detailOf(job);
  return (
    <div class="parley-composer__job parley-notice parley-notice--warning" role="status" data-testid="composer-job" data-state={job.state}>
      <p>
        <strong>{t('composerJobInFlight', [job.orderId, stateLabel(job.state)])}</strong>
      </p>
      {detail && <p>{detail}</p>}
      <p class="parley-composer__job-actions">
        {onQueue && (
          <button type="button" class="parley-button" onClick={onQueue}>
            {t('composerOpenQueue')}
          </button>
        )}
        {onWrite && (
          <button type="button" class="parley-link" onClick={onWrite}>
            {t('composerWriteAnother')}
          </button>
        )}
      </p>
    </div>
  );
}
