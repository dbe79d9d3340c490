import { t } from '@/lib/i18n';

/**
 * Exactly what the buyer will read: the rendered text (variables filled) as
 * plain text, line breaks kept. Unfilled variables stay visible as written.
 */
export function MessagePreview({ text, lang }: { text: string; lang?: string }) {
  return (
    <section class="parley-preview" aria-labelledby="parley-preview-title">
      <h3 id="parley-preview-title">{t('composerPreview')}</h3>
      {text.trim() ? (
        <div class="parley-preview__text" lang={lang} data-testid="composer-preview">
          {text}
        </div>
      ) : (
        <p class="parley-hint">{t('composerPreviewEmpty')}</p>
      )}
    </section>
  );
}
