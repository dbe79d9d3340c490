import { t } from '@/lib/i18n';

/** The options page: templates, senders, settings, buyer data. */
export function OptionsApp() {
  return (
    <main class="parley-options">
      <h1>{t('optionsTitle')}</h1>
    </main>
  );
}
