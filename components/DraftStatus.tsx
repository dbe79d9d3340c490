import { t } from '@/lib/i18n';
import type { ComposerState } from '@/lib/ui/composer-store';

/** Whether the draft is safe (the popup may close any moment), and a way to start over. */
export function DraftStatus({ draft, onDiscard }: { draft: ComposerState['draft']; onDiscard(): void }) {
  if (draft === 'none') return null;
  const text = {
    restored: t('composerDraftRestored'),
    saving: t('composerDraftSaving'),
    saved: t('composerDraftSaved'),
    failed: t('composerDraftFailed'),
  }[draft];
  return (
    <p class="parley-draft" data-draft={draft}>
      <span role="status">{text}</span>{' '}
      <button type="button" class="parley-link" onClick={onDiscard}>
        {t('composerDraftDiscard')}
      </button>
    </p>
  );
}
