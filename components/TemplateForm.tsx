import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { TemplateInput } from '@/lib/protocol/composer-schemas';
import { STARTER_LANGS } from '@/lib/domain/quick-replies';
import { isLang, type Lang } from '@/lib/domain/language';
import { REASONS, type ReasonId } from '@/lib/domain/reasons';
import { TEMPLATE_KINDS, type TemplateKind } from '@/lib/domain/templates';
import { validateTemplates, type Rejection } from '@/lib/domain/template-import';
import type { Template } from '@/lib/domain/templates';
import { placeholder, type VariableName } from '@/lib/domain/variables';
import { reasonLabel, rejectionTexts } from '@/lib/ui/composer-text';
import { useSettingsStore } from '@/lib/ui/settings-store';
import { useTemplates } from '@/lib/ui/templates-store';
import { TemplateBodyTabs } from './TemplateBodyTabs';
import { TemplatePreview } from './TemplatePreview';
import { VariableList } from './VariableList';

interface Props {
  initial: TemplateInput;
  builtIn: boolean;
  onCancel(): void;
  onSaved(template: Template): void;
}

const COMPOSABLE = REASONS.filter((r) => r.composable);

/** Problems the background would refuse the template for, checked as the seller types. */
function problemsOf(input: TemplateInput): Rejection | undefined {
  const candidate = { ...input, id: 'form', updatedAt: 0 };
  return validateTemplates([candidate]).rejected[0];
}

/** Create or edit one template: names, reasons, a text per language, the variables and a live preview. */
export function TemplateForm({ initial, builtIn, onCancel, onSaved }: Props) {
  const save = useTemplates((s) => s.save);
  const { settings, load } = useSettingsStore();
  const [input, setInput] = useState<TemplateInput>(initial);
  const [langs, setLangs] = useState<Lang[]>(() => [...new Set([...STARTER_LANGS, ...Object.keys(initial.bodies).filter(isLang)])]);
  const [active, setActive] = useState<Lang>('en');
  const [tried, setTried] = useState(false);
  const [refused, setRefused] = useState<Rejection | string>();
  const body = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (!settings) void load();
  }, [settings, load]);

  const problems = problemsOf(input);
  // Before the first Save, only say what the seller cannot see for themselves (variables, lengths).
  const shown =
    problems && (tried ? problems : { ...problems, reasons: problems.reasons.filter((c) => c !== 'missingName' && c !== 'noBody') });
  const setBody = (lang: Lang, text: string) => setInput((i) => ({ ...i, bodies: { ...i.bodies, [lang]: text } }));
  const insertVariable = (name: VariableName) => {
    const area = body.current;
    const current = input.bodies[active] ?? '';
    const start = area?.selectionStart ?? current.length;
    const end = area?.selectionEnd ?? current.length;
    const token = placeholder(name);
    setBody(active, current.slice(0, start) + token + current.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    });
  };
  const toggleReason = (id: ReasonId, on: boolean) =>
    setInput((i) => ({ ...i, reasons: on ? [...i.reasons, id] : i.reasons.filter((r) => r !== id) }));
  const submit = async (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (problems) return;
    // The English name is the template's own name: keep the localised list in step with it.
    const answer = await save(input.names ? { ...input, names: { ...input.names, en: input.name } } : input);
    if (!answer.ok) setRefused(answer.error.message);
    else if ('rejected' in answer.value) setRefused(answer.value.rejected);
    else onSaved(answer.value.saved);
  };
  const selectInBody = (start: number, end: number) => {
    body.current?.focus();
    body.current?.setSelectionRange(start, end);
  };

  return (
    <form class="parley-tpl-form" onSubmit={submit} aria-labelledby="parley-tpl-form-title" noValidate>
      <h3 id="parley-tpl-form-title">{input.id ? t('optionsEditTemplate') : t('optionsNewTemplate')}</h3>
      {builtIn && (
        <p class="parley-notice" role="note">
          {t('optionsStarterEditNote')}
        </p>
      )}
      <div class="parley-tpl-form__grid">
        <div>
          <label class="parley-field">
            <span>{t('optionsName')}</span>
            <input type="text" required value={input.name} onInput={(e) => setInput({ ...input, name: e.currentTarget.value })} />
          </label>
          <label class="parley-field">
            <span>{t('optionsNameZh')}</span>
            <input
              type="text"
              lang="zh-CN"
              value={input.names?.zh ?? ''}
              onInput={(e) => setInput({ ...input, names: { ...input.names, en: input.name, zh: e.currentTarget.value } })}
            />
          </label>
          <label class="parley-field">
            <span>{t('optionsKind')}</span>
            <select value={input.kind ?? 'both'} onChange={(e) => setInput({ ...input, kind: e.currentTarget.value as TemplateKind })}>
              {TEMPLATE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`optionsKind_${k}`)}
                </option>
              ))}
            </select>
          </label>
          <fieldset class="parley-field">
            <legend>{t('optionsReasons')}</legend>
            <p class="parley-hint">{t('optionsReasonsHelp')}</p>
            {COMPOSABLE.map((r) => (
              <label key={r.id} class="parley-check-row">
                <input
                  type="checkbox"
                  checked={input.reasons.includes(r.id)}
                  onChange={(e) => toggleReason(r.id, e.currentTarget.checked)}
                />{' '}
                {reasonLabel(r.id)} <span class="parley-hint">{t('composerReasonLimit', String(r.text.max))}</span>
              </label>
            ))}
          </fieldset>
          <TemplateBodyTabs
            langs={langs}
            active={active}
            bodies={input.bodies}
            subject={input.subject ?? {}}
            bodyRef={body}
            onSelect={setActive}
            onAdd={(lang) => {
              setLangs([...langs, lang]);
              setActive(lang);
            }}
            onBody={setBody}
            onSubject={(lang, text) => setInput((i) => ({ ...i, subject: { ...i.subject, [lang]: text } }))}
          />
        </div>
        <div>
          <VariableList onInsert={insertVariable} />
          <TemplatePreview
            body={input.bodies[active] ?? ''}
            lang={active}
            reasons={input.reasons}
            sellerName={settings?.sellerName ?? ''}
            onSelect={selectInBody}
          />
        </div>
      </div>
      {shown && shown.reasons.length > 0 && (
        <ul class="parley-notice parley-notice--error" aria-label={t('optionsProblems')}>
          {rejectionTexts(shown).map((text) => (
            <li key={text}>{text}</li>
          ))}
        </ul>
      )}
      {refused && (
        <p class="parley-notice parley-notice--error" role="alert">
          {typeof refused === 'string' ? refused : rejectionTexts(refused).join(' ')}
        </p>
      )}
      <p class="parley-tpl-form__actions">
        <button type="submit" class="parley-button parley-button--primary">
          {t('optionsSave')}
        </button>{' '}
        <button type="button" class="parley-button" onClick={onCancel}>
          {t('optionsCancel')}
        </button>
      </p>
    </form>
  );
}
