import type { QuarantineView } from '@/lib/domain/queue-view';
import { t } from '@/lib/i18n';

/** Stored jobs that failed validation: set aside (never sent), shown until the seller dismisses them. */
export function QueueQuarantine({ entries, busy, onDismiss }: { entries: QuarantineView[]; busy?: string; onDismiss(id: string): void }) {
  if (entries.length === 0) return null;
  return (
    <div class="parley-notice parley-notice--error parley-queue__quarantine" role="alert" aria-labelledby="parley-quarantine-title">
      <h3 id="parley-quarantine-title">{t('queueQuarantineTitle')}</h3>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id} data-parley-quarantined={entry.id}>
            <span>{entry.orderId ? t('queueQuarantinedOrder', entry.orderId) : t('queueQuarantinedUnknown')}</span>{' '}
            <button
              type="button"
              class="parley-link"
              aria-label={t('queueDismissLabel', entry.orderId ?? entry.id)}
              disabled={busy === entry.id}
              onClick={() => onDismiss(entry.id)}
            >
              {t('queueDismiss')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
