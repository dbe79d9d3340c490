import { t } from '@/lib/i18n';

interface Props {
  /** Back to the popup's home (recent orders). */
  onClose?: () => void;
  /** To the home's send queue. */
  onQueue?: () => void;
  /** Jobs that wait for the seller. */
  needYou: number;
}

/**
 * The composer's way out: the popup opens the composer whenever the active tab
 * is an order page, so the recent orders and the send queue must be one click away.
 */
export function ComposerNav({ onClose, onQueue, needYou }: Props) {
  if (!onClose && !onQueue) return null;
  return (
    <nav class="parley-composer__nav" aria-label={t('composerNavLabel')}>
      {onClose && (
        <button type="button" class="parley-link" onClick={onClose}>
          {t('composerBackHome')}
        </button>
      )}
      {onQueue && (
        <button
          type="button"
          class="parley-link"
          data-testid="composer-queue-link"
          data-need-you={needYou > 0 ? 'true' : undefined}
          onClick={onQueue}
        >
          {needYou > 0 ? t('composerNavQueueNeeds', String(needYou)) : t('composerNavQueue')}
        </button>
      )}
    </nav>
  );
}
