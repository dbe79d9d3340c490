/**
 * The inbox's quick-reply picker, drawn into Parley's shadow root beside the
 * reply box: a search box (a combobox over the list), the language to insert
 * in, and the reply templates. Arrows move, Enter inserts, Esc closes; a click
 * inserts too. The picker only chooses: the caller fills and inserts.
 */
import { bodyLanguages, isLang, pickBody, primaryLanguage, type Lang } from '../domain/language';
import { displayNames } from '../domain/intl-formats';
import { searchTemplates } from '../domain/template-search';
import type { Template } from '../domain/templates';
import { currentUiLanguage, t } from '../i18n';

export interface PickerOptions {
  templates: readonly Template[];
  /** The language to offer first: the buyer's when known, else the page's. */
  lang?: string;
  onPick(template: Template, lang: Lang): void;
  onClose(): void;
}

const INPUT_STYLE = 'font:inherit;padding:4px 6px;border:1px solid #8d9096;border-radius:3px';
const OPTION_STYLE = 'padding:6px 8px;border-radius:3px;cursor:pointer';
const ACTIVE_STYLE = `${OPTION_STYLE};background:#e7f4f5;outline:2px solid #008296`;

function displayName(template: Template): string {
  const ui = primaryLanguage(currentUiLanguage());
  return (isLang(ui) && template.names?.[ui]) || template.name;
}

/** Build the picker into `box`; answers the search box to focus. */
export function buildPicker(box: HTMLElement, options: PickerOptions): HTMLInputElement {
  const languages = [...new Set(options.templates.flatMap((tpl) => bodyLanguages(tpl)))];
  const wanted = primaryLanguage(options.lang);
  let lang: Lang = isLang(wanted) && languages.includes(wanted) ? wanted : languages.includes('en') ? 'en' : (languages[0] ?? 'en');
  let shown: Template[] = [];
  let active = 0;

  const search = document.createElement('input');
  search.type = 'search';
  search.style.cssText = `${INPUT_STYLE};flex:1;min-width:160px`;
  search.setAttribute('role', 'combobox');
  search.setAttribute('aria-label', t('inboxPickerSearch'));
  search.setAttribute('aria-controls', 'parley-reply-list');
  search.setAttribute('aria-expanded', 'true');
  search.setAttribute('aria-autocomplete', 'list');
  search.placeholder = t('inboxPickerSearch');

  const language = document.createElement('select');
  language.style.cssText = INPUT_STYLE;
  language.setAttribute('aria-label', t('inboxPickerLanguage'));
  const names = displayNames(currentUiLanguage(), { type: 'language' });
  for (const l of languages) {
    const option = document.createElement('option');
    option.value = l;
    option.textContent = names.of(l) ?? l;
    language.append(option);
  }
  language.value = lang;

  const list = document.createElement('ul');
  list.id = 'parley-reply-list';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', t('inboxQuickReplies'));
  list.style.cssText = 'list-style:none;margin:6px 0 0;padding:0;max-height:260px;overflow:auto';

  const highlight = (): void => {
    [...list.children].forEach((li, i) => {
      li.setAttribute('aria-selected', String(i === active));
      (li as HTMLElement).style.cssText = i === active ? ACTIVE_STYLE : OPTION_STYLE;
      if (i === active) {
        search.setAttribute('aria-activedescendant', li.id);
        li.scrollIntoView?.({ block: 'nearest' });
      }
    });
    if (shown.length === 0) search.removeAttribute('aria-activedescendant');
  };

  const draw = (): void => {
    shown = searchTemplates(options.templates, search.value).map((m) => m.template);
    active = Math.min(active, Math.max(0, shown.length - 1));
    list.replaceChildren(
      ...shown.map((template, i) => {
        const li = document.createElement('li');
        li.id = `parley-reply-${i}`;
        li.setAttribute('role', 'option');
        li.setAttribute('data-template-id', template.id);
        const name = document.createElement('div');
        name.style.fontWeight = 'bold';
        name.textContent = displayName(template);
        const picked = pickBody(template, lang);
        const snippet = document.createElement('div');
        snippet.style.cssText = 'color:#565959;font-size:12px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis;max-width:420px';
        snippet.textContent = (picked.lang !== lang ? `(${names.of(picked.lang) ?? picked.lang}) ` : '') + picked.body.slice(0, 120);
        li.append(name, snippet);
        li.addEventListener('mousedown', (event) => event.preventDefault()); // keep focus in the search box
        li.addEventListener('click', () => options.onPick(template, lang));
        return li;
      }),
    );
    if (shown.length === 0) {
      const empty = document.createElement('li');
      empty.setAttribute('role', 'presentation');
      empty.style.cssText = 'padding:6px 8px;color:#565959';
      empty.textContent = options.templates.length === 0 ? t('inboxPickerNone') : t('inboxPickerEmpty');
      list.append(empty);
    }
    highlight();
  };

  search.addEventListener('input', () => {
    active = 0;
    draw();
  });
  language.addEventListener('change', () => {
    if (isLang(language.value)) lang = language.value;
    draw();
  });
  const onKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (shown.length === 0) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
      highlight();
    } else if (event.key === 'Enter' && event.target === search) {
      event.preventDefault();
      const template = shown[active];
      if (template) options.onPick(template, lang);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      options.onClose();
    }
  };
  box.addEventListener('keydown', onKey);

  const row = document.createElement('div');
  row.style.cssText = 'display:flex;gap:6px;align-items:center';
  row.append(search, language);
  box.replaceChildren(row, list);
  draw();
  return search;
}
