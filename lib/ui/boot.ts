import { currentUiLanguage, loadUiLanguage, t } from '../i18n';
import { getSettings } from '../storage';

/** Before an extension page renders: apply the UI language setting and set lang/title. */
export async function bootPage(): Promise<void> {
  const settings = await getSettings().catch(() => undefined);
  await loadUiLanguage(settings?.uiLanguage ?? 'auto');
  document.documentElement.lang = currentUiLanguage();
  document.title = t('extName');
}
