import { t } from '@/lib/i18n';
import { useDebounced } from '@/lib/ui/use-debounced';

/**
 * The preview follows the text this long after it stops changing: after the
 * keystroke's own frame has painted the findings, and sooner than a seller can
 * reach Send.
 */
export const PREVIEW_DELAY_MS = 60;

/**
 * Exactly what the buyer will read: the rendered text (variables filled) as
 * plain text, line breaks kept. Unfilled variables stay visible as written.
 * It repeats the whole message (up to 4000 characters), and laying that out
 * in the keystroke's frame delayed the findings by a millisecond or two, so
 * it is drawn in a frame of its own (PREVIEW_DELAY_MS). Send takes the
 * current text, never this copy.
 */
export function MessagePreview({ text: current, lang }: { text: string; lang?: string }) {
  const text = useDebounced(current, PREVIEW_DELAY_MS);
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
