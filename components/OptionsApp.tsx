import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { useSettingsStore } from '@/lib/ui/settings-store';
import { optionsSections } from './options-sections';

const sectionFromHash = () => {
  const id = location.hash.replace(/^#/, '');
  return optionsSections.some((s) => s.id === id) ? id : optionsSections[0]!.id;
};

/** The options page: a nav of sections (templates, import/export, settings, and what other areas add). */
export function OptionsApp() {
  const [current, setCurrent] = useState(sectionFromHash);
  // Bumped when the seller switches the UI language: every string is read again.
  const uiVersion = useSettingsStore((s) => s.uiVersion);
  useEffect(() => {
    const onHash = () => setCurrent(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    document.title = `${t('optionsTitle')} · ${t('extName')}`;
  }, [uiVersion]);
  const section = optionsSections.find((s) => s.id === current) ?? optionsSections[0]!;
  return (
    <div class="parley-options" key={uiVersion}>
      <header class="parley-options__head">
        <h1>{t('optionsTitle')}</h1>
        <nav aria-label={t('optionsNav')}>
          <ul class="parley-options__nav">
            {optionsSections.map((s) => (
              <li key={s.id}>
                <a href={`#${s.id}`} aria-current={s.id === section.id ? 'page' : undefined} onClick={() => setCurrent(s.id)}>
                  {s.title()}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id={`parley-section-${section.id}`} aria-labelledby={`parley-section-${section.id}-title`}>
        <h2 id={`parley-section-${section.id}-title`}>{section.title()}</h2>
        <section.Component />
      </main>
    </div>
  );
}
