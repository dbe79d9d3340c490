import { useEffect, useState } from 'preact/hooks';
import { currentUiLanguage, t } from '@/lib/i18n';
import type { TemplateInput } from '@/lib/protocol/composer-schemas';
import { templateName, type Template } from '@/lib/domain/templates';
import { toInput, useTemplates } from '@/lib/ui/templates-store';
import { reasonLabel } from '@/lib/ui/composer-text';
import { SetAsideItems } from './SetAsideItems';
import { TemplateForm } from './TemplateForm';

type Editing = { input: TemplateInput; builtIn: boolean } | null;

const EMPTY: TemplateInput = { name: '', reasons: [], bodies: {} };

/**
 * The seller's quick replies and Parley's starters: create, edit, duplicate,
 * delete (starters are hidden, never destroyed, and can be restored).
 */
export function TemplatesEditor() {
  const { status, templates, hidden, error, load, save, remove, restore } = useTemplates();
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<{ text: string; undo?: Template }>();
  const ui = currentUiLanguage();
  useEffect(() => {
    void load();
  }, [load]);

  const mine = templates.filter((x) => !x.builtIn);
  const starters = templates.filter((x) => x.builtIn);
  const name = (x: Template) => templateName(x, ui);

  const duplicate = async (x: Template) => {
    const copy = { ...toInput(x), id: undefined, name: t('optionsCopyOf', x.name) };
    if (copy.names) copy.names = { ...copy.names, en: copy.name, ...(copy.names.zh ? { zh: t('optionsCopyOf', copy.names.zh) } : {}) };
    const answer = await save(copy);
    if (answer.ok && 'saved' in answer.value) setNotice({ text: t('optionsDuplicated', name(answer.value.saved)) });
  };
  const del = async (x: Template) => {
    const answer = await remove(x.id);
    if (answer.ok) setNotice({ text: t(x.builtIn ? 'optionsHidden' : 'optionsDeleted', name(x)), undo: x.builtIn ? undefined : x });
  };
  const undo = async (x: Template) => {
    await save(toInput(x));
    setNotice({ text: t('optionsRestored', name(x)) });
  };

  const row = (x: Template) => (
    <li key={x.id} class="parley-tpl">
      <span class="parley-tpl__name">{name(x)}</span>
      <span class="parley-tpl__reasons">{x.reasons.map(reasonLabel).join(' · ') || t('optionsAnyReason')}</span>
      <span class="parley-tpl__actions">
        <button
          type="button"
          class="parley-button"
          aria-label={t('optionsEditNamed', name(x))}
          onClick={() => setEditing({ input: toInput(x), builtIn: x.builtIn })}
        >
          {t('optionsEdit')}
        </button>
        <button type="button" class="parley-button" aria-label={t('optionsDuplicateNamed', name(x))} onClick={() => void duplicate(x)}>
          {t('optionsDuplicate')}
        </button>
        <button
          type="button"
          class="parley-button"
          aria-label={t(x.builtIn ? 'optionsHideNamed' : 'optionsDeleteNamed', name(x))}
          onClick={() => void del(x)}
        >
          {t(x.builtIn ? 'optionsHide' : 'optionsDelete')}
        </button>
      </span>
    </li>
  );

  if (editing) {
    return (
      <TemplateForm
        initial={editing.input}
        builtIn={editing.builtIn}
        onCancel={() => setEditing(null)}
        onSaved={(saved) => {
          setEditing(null);
          setNotice({ text: t('optionsSaved', name(saved)) });
        }}
      />
    );
  }
  return (
    <div class="parley-templates">
      <SetAsideItems onRestored={() => void load()} />
      <p>
        <button type="button" class="parley-button parley-button--primary" onClick={() => setEditing({ input: EMPTY, builtIn: false })}>
          {t('optionsNewTemplate')}
        </button>
      </p>
      {notice && (
        <p class="parley-notice parley-notice--ok" role="status">
          {notice.text}{' '}
          {notice.undo && (
            <button type="button" class="parley-link" onClick={() => void undo(notice.undo!)}>
              {t('optionsUndo')}
            </button>
          )}
        </p>
      )}
      {status === 'failed' && <p role="alert">{error?.message}</p>}
      <h3 id="parley-tpl-mine">{t('optionsMyTemplates', String(mine.length))}</h3>
      {mine.length ? (
        <ul class="parley-tpl-list" aria-labelledby="parley-tpl-mine">
          {mine.map(row)}
        </ul>
      ) : (
        <p class="parley-hint">{t('optionsNoTemplates')}</p>
      )}
      <h3 id="parley-tpl-starters">{t('optionsStarters', String(starters.length))}</h3>
      <p class="parley-hint">{t('optionsStartersHelp')}</p>
      <ul class="parley-tpl-list" aria-labelledby="parley-tpl-starters">
        {starters.map(row)}
      </ul>
      {hidden.length > 0 && (
        <>
          <h3 id="parley-tpl-hidden">{t('optionsHiddenStarters', String(hidden.length))}</h3>
          <ul class="parley-tpl-list" aria-labelledby="parley-tpl-hidden">
            {hidden.map((h) => (
              <li key={h.template.id} class="parley-tpl">
                <span class="parley-tpl__name">{name(h.template)}</span>
                <span class="parley-tpl__reasons">{t(h.why === 'edited' ? 'optionsHiddenEdited' : 'optionsHiddenDeleted')}</span>
                <span class="parley-tpl__actions">
                  <button
                    type="button"
                    class="parley-button"
                    aria-label={t('optionsRestoreNamed', name(h.template))}
                    onClick={() => void restore(h.template.id)}
                  >
                    {t('optionsRestore')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
