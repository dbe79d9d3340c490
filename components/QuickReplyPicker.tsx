import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Ref } from 'preact';
import { currentUiLanguage, t } from '@/lib/i18n';
import { isLang } from '@/lib/domain/language';
import type { ReasonId } from '@/lib/domain/reasons';
import { listedLanguages, type ListedTemplate } from '@/lib/domain/template-heads';
import { searchTemplates } from '@/lib/domain/template-search';
import { templateName } from '@/lib/domain/templates';
import { languageName } from '@/lib/ui/composer-text';

interface Props {
  /** Heads (names, reasons, languages) until the bodies arrive: until then the search matches names only. */
  templates: readonly ListedTemplate[];
  reason?: ReasonId;
  /** The buyer's language, to mark quick replies that lack it. */
  buyerLang?: string;
  searchRef: Ref<HTMLInputElement>;
  disabled?: boolean;
  onInsert(template: ListedTemplate): void;
  /** Esc on an empty search: go back to the message. */
  onLeave(): void;
}

/** Options rendered at first, and added each time the list scrolls near its end. */
export const LIST_PAGE = 20;
/** Options kept rendered past the active one. */
const LIST_AHEAD = 10;
const LIST_NEAR_END_PX = 120;

/**
 * Quick replies: a search box that drives a listbox (combobox pattern with
 * aria-activedescendant, so focus stays in the box): the chosen reason's
 * templates first, arrows move, Enter inserts, Esc clears then leaves.
 */
export function QuickReplyPicker({ templates, reason, buyerLang, searchRef, disabled, onInsert, onLeave }: Props) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const matches = useMemo(() => searchTemplates(templates, query, reason), [templates, query, reason]);
  // A seller's hundreds of quick replies are rendered a page at a time: more as the list scrolls near
  // its end, and always up to the active option (arrows, End), so aria-activedescendant names one.
  const [more, setMore] = useState({ for: matches, count: LIST_PAGE });
  const uiLang = currentUiLanguage();
  const activeIndex = Math.min(active, Math.max(matches.length - 1, 0));
  const shown = Math.min(matches.length, Math.max(more.for === matches ? more.count : LIST_PAGE, activeIndex + 1 + LIST_AHEAD));
  const optionId = (i: number) => `parley-qr-option-${i}`;
  const onScroll = (e: Event) => {
    const list = e.currentTarget as HTMLElement;
    if (shown < matches.length && list.scrollTop + list.clientHeight >= list.scrollHeight - LIST_NEAR_END_PX)
      setMore({ for: matches, count: shown + LIST_PAGE });
  };

  useEffect(() => setActive(0), [query, reason]);
  useEffect(() => {
    const el = listRef.current?.querySelector(`#${optionId(activeIndex)}`);
    (el as HTMLElement | null)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeIndex]);

  const insert = (i: number) => {
    const match = matches[i];
    if (match && !disabled) onInsert(match.template);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (matches.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((activeIndex + step + matches.length) % matches.length);
    } else if (e.key === 'Home' || e.key === 'End') {
      if (matches.length === 0) return;
      e.preventDefault();
      setActive(e.key === 'Home' ? 0 : matches.length - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      insert(activeIndex);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (query) setQuery('');
      else onLeave();
    }
  };

  return (
    <section class="parley-quick" aria-labelledby="parley-qr-title">
      <h3 id="parley-qr-title">{t('composerQuickReplies')}</h3>
      <input
        ref={searchRef}
        type="search"
        class="parley-quick__search"
        role="combobox"
        aria-label={t('composerQuickRepliesSearch')}
        aria-describedby="parley-qr-help"
        aria-controls="parley-qr-list"
        aria-expanded={disabled ? 'false' : 'true'}
        aria-autocomplete="list"
        aria-activedescendant={matches.length ? optionId(activeIndex) : undefined}
        placeholder={t('composerQuickRepliesPlaceholder')}
        value={query}
        disabled={disabled}
        onInput={(e) => setQuery(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      {/* Nothing can be inserted (a canceled order, a message already queued): the list would only take room. */}
      <p id="parley-qr-help" class="parley-hint" hidden={disabled}>
        {t('composerQuickRepliesHelp')}
      </p>
      <ul
        id="parley-qr-list"
        ref={listRef}
        class="parley-quick__list"
        role="listbox"
        aria-labelledby="parley-qr-title"
        hidden={disabled}
        onScroll={onScroll}
      >
        {matches.slice(0, shown).map((m, i) => {
          const langs = listedLanguages(m.template);
          const lacksBuyerLang = buyerLang !== undefined && !(isLang(buyerLang) && langs.includes(buyerLang));
          return (
            <li
              key={m.template.id}
              id={optionId(i)}
              role="option"
              aria-selected={i === activeIndex}
              aria-setsize={matches.length}
              aria-posinset={i + 1}
              class="parley-quick__option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => insert(i)}
              onMouseMove={() => i !== activeIndex && setActive(i)}
            >
              <span class="parley-quick__name">{templateName(m.template, uiLang)}</span>
              {m.reasonMatch && <span class="parley-badge parley-badge--ok">{t('composerFitsReason')}</span>}
              {lacksBuyerLang && <span class="parley-badge parley-badge--warn">{t('composerLacksLanguage', languageName(buyerLang))}</span>}
            </li>
          );
        })}
      </ul>
      <p class="parley-hint" role="status" hidden={disabled}>
        {matches.length === 0
          ? t('composerQuickRepliesNone', query)
          : matches.length === 1
            ? t('composerQuickRepliesOne')
            : t('composerQuickRepliesCount', String(matches.length))}
      </p>
    </section>
  );
}
