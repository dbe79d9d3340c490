import type { Ref } from 'preact';
import { t } from '@/lib/i18n';
import { LANGS, type Lang } from '@/lib/domain/language';
import { languageName } from '@/lib/ui/composer-text';

interface Props {
  langs: Lang[];
  active: Lang;
  bodies: Partial<Record<Lang, string>>;
  subject: Partial<Record<Lang, string>>;
  bodyRef: Ref<HTMLTextAreaElement>;
  onSelect(lang: Lang): void;
  onAdd(lang: Lang): void;
  onBody(lang: Lang, text: string): void;
  onSubject(lang: Lang, text: string): void;
}

/**
 * One tab per language of the template (tabs pattern: arrows move between
 * tabs, the panel holds that language's text and e-mail subject).
 */
export function TemplateBodyTabs({ langs, active, bodies, subject, bodyRef, onSelect, onAdd, onBody, onSubject }: Props) {
  const others = LANGS.filter((l) => !langs.includes(l));
  const onKeyDown = (e: KeyboardEvent) => {
    const i = langs.indexOf(active);
    const next =
      e.key === 'ArrowRight'
        ? langs[(i + 1) % langs.length]
        : e.key === 'ArrowLeft'
          ? langs[(i - 1 + langs.length) % langs.length]
          : undefined;
    if (!next) return;
    e.preventDefault();
    onSelect(next);
    document.getElementById(`parley-tab-${next}`)?.focus();
  };
  return (
    <div class="parley-bodies">
      <div class="parley-bodies__bar">
        <div role="tablist" aria-label={t('optionsLanguages')} onKeyDown={onKeyDown}>
          {langs.map((lang) => (
            <button
              key={lang}
              type="button"
              role="tab"
              id={`parley-tab-${lang}`}
              aria-selected={lang === active}
              aria-controls="parley-tab-panel"
              tabIndex={lang === active ? 0 : -1}
              data-empty={bodies[lang]?.trim() ? 'false' : 'true'}
              onClick={() => onSelect(lang)}
            >
              {languageName(lang)}
            </button>
          ))}
        </div>
        {others.length > 0 && (
          <select
            aria-label={t('optionsAddLanguage')}
            value=""
            onChange={(e) => e.currentTarget.value && onAdd(e.currentTarget.value as Lang)}
          >
            <option value="">{t('optionsAddLanguage')}</option>
            {others.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        )}
      </div>
      <div id="parley-tab-panel" role="tabpanel" aria-labelledby={`parley-tab-${active}`}>
        <label class="parley-field">
          <span>{t('optionsBody', languageName(active))}</span>
          <textarea ref={bodyRef} rows={10} value={bodies[active] ?? ''} onInput={(e) => onBody(active, e.currentTarget.value)} />
        </label>
        <label class="parley-field">
          <span>{t('optionsSubject', languageName(active))}</span>
          <input type="text" value={subject[active] ?? ''} onInput={(e) => onSubject(active, e.currentTarget.value)} />
        </label>
      </div>
    </div>
  );
}
