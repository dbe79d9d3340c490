import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/storage';
import { useSettingsStore } from '@/lib/ui/settings-store';

/** Amazon's daily cap for proactive messages: 5 x average daily orders + 600. */
export const amazonDailyCap = (averageDailyOrders: number): number => 5 * averageDailyOrders + 600;

/**
 * A text or number box that keeps what the seller types in its own state and
 * commits on the native change event (leaving the field) or Enter. Bound
 * straight to the stored value, any re-render while typing would put the old
 * value back. The listener is native on purpose: preact/compat (loaded by
 * zustand) turns onChange on text inputs into onInput, React-style.
 */
function CommitField(props: {
  id: string;
  type: 'text' | 'number';
  value: string | number;
  describedBy?: string;
  min?: number;
  max?: number;
  onCommit(raw: string): void;
}) {
  // The parent keys this field by the stored value, so a saved (or refused) change starts afresh.
  const [text, setText] = useState(String(props.value));
  const input = useRef<HTMLInputElement>(null);
  const commit = useRef(props.onCommit);
  commit.current = props.onCommit;
  useLayoutEffect(() => {
    const el = input.current;
    const onChange = () => commit.current(el?.value ?? '');
    // Enter commits at once too (and does not submit the form).
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Enter') return;
      e.preventDefault();
      onChange();
    };
    el?.addEventListener('change', onChange);
    el?.addEventListener('keydown', onKey);
    return () => {
      el?.removeEventListener('change', onChange);
      el?.removeEventListener('keydown', onKey);
    };
  }, []);
  return (
    <input
      ref={input}
      id={props.id}
      type={props.type}
      value={text}
      min={props.min}
      max={props.max}
      step={props.type === 'number' ? 1 : undefined}
      maxLength={props.type === 'text' ? 200 : undefined}
      aria-describedby={props.describedBy}
      autoComplete="off"
      onInput={(e) => setText(e.currentTarget.value)}
    />
  );
}

/**
 * Settings, each saved as soon as it changes (through the background, which
 * checks it). The UI language applies at once.
 */
export function SettingsForm() {
  const { settings, load, save } = useSettingsStore();
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  useEffect(() => {
    void load();
  }, [load]);
  if (!settings) return <p class="parley-hint">{t('composerLoading')}</p>;

  const put = async (patch: Partial<Settings>) => {
    const answer = await save(patch);
    setStatus(answer.ok ? { ok: true, text: t('optionsSettingsSaved') } : { ok: false, text: answer.error.message });
  };
  /** A whole number in range, or a message saying which range. */
  const number = (raw: string, min: number, max: number, then: (n: number) => void) => {
    const n = Number(raw);
    if (raw.trim() === '' || !Number.isInteger(n) || n < min || n > max)
      setStatus({ ok: false, text: t('optionsNumberRange', [String(min), String(max)]) });
    else then(n);
  };
  const formula = amazonDailyCap(settings.averageDailyOrders);

  return (
    <form class="parley-settings" onSubmit={(e) => e.preventDefault()}>
      <label class="parley-field">
        <span>{t('optionsUiLanguage')}</span>
        <select value={settings.uiLanguage} onChange={(e) => void put({ uiLanguage: e.currentTarget.value as Settings['uiLanguage'] })}>
          <option value="auto">{t('optionsUiLanguageAuto')}</option>
          <option value="en">English</option>
          <option value="zh_CN">简体中文</option>
        </select>
      </label>
      <fieldset class="parley-field">
        <legend>{t('optionsSendMethod')}</legend>
        {(['form', 'email'] as const).map((m) => (
          <label key={m} class="parley-check-row">
            <input
              type="radio"
              name="parley-send-method"
              checked={settings.sendMethod === m}
              onChange={() => void put({ sendMethod: m })}
            />{' '}
            {t(m === 'form' ? 'optionsSendMethodForm' : 'optionsSendMethodEmail')}
          </label>
        ))}
      </fieldset>
      <div class="parley-field">
        <label class="parley-check-row">
          <input
            type="checkbox"
            checked={settings.autoSubmit}
            aria-describedby="parley-autosubmit-help"
            onChange={(e) => void put({ autoSubmit: e.currentTarget.checked })}
          />{' '}
          {t('optionsAutoSubmit')}
        </label>
        <p id="parley-autosubmit-help" class="parley-hint">
          {t('optionsAutoSubmitHelp')}
        </p>
      </div>
      <div class="parley-field">
        <label for="parley-seller-name">{t('optionsSellerName')}</label>
        <CommitField
          key={settings.sellerName}
          id="parley-seller-name"
          type="text"
          value={settings.sellerName}
          describedBy="parley-seller-help"
          onCommit={(raw) => void put({ sellerName: raw.trim() })}
        />
        <span id="parley-seller-help" class="parley-hint">
          {t('optionsSellerNameHelp')}
        </span>
      </div>
      <div class="parley-field">
        <label for="parley-retention">{t('optionsRetention')}</label>
        <CommitField
          key={settings.retentionDays}
          id="parley-retention"
          type="number"
          min={1}
          max={30}
          value={settings.retentionDays}
          describedBy="parley-retention-help"
          onCommit={(raw) => number(raw, 1, 30, (n) => void put({ retentionDays: n }))}
        />
        <span id="parley-retention-help" class="parley-hint">
          {t('optionsRetentionHelp')}
        </span>
      </div>
      <fieldset class="parley-field">
        <legend>{t('optionsDailyCap')}</legend>
        <div class="parley-field">
          <label for="parley-average-orders">{t('optionsAverageOrders')}</label>
          <CommitField
            key={settings.averageDailyOrders}
            id="parley-average-orders"
            type="number"
            min={0}
            value={settings.averageDailyOrders}
            onCommit={(raw) => number(raw, 0, 1_000_000, (n) => void put({ averageDailyOrders: n }))}
          />
        </div>
        <label class="parley-check-row">
          <input type="radio" name="parley-cap" checked={settings.dailyCap === null} onChange={() => void put({ dailyCap: null })} />{' '}
          {t('optionsCapFormula', [String(settings.averageDailyOrders), String(formula)])}
        </label>
        <label class="parley-check-row">
          <input type="radio" name="parley-cap" checked={settings.dailyCap !== null} onChange={() => void put({ dailyCap: formula })} />{' '}
          {t('optionsCapOwn')}
        </label>
        {settings.dailyCap !== null && (
          <div class="parley-field">
            <label for="parley-cap-value">{t('optionsCapValue')}</label>
            <CommitField
              key={settings.dailyCap}
              id="parley-cap-value"
              type="number"
              min={1}
              value={settings.dailyCap}
              onCommit={(raw) => number(raw, 1, 1_000_000, (n) => void put({ dailyCap: n }))}
            />
          </div>
        )}
        <p class="parley-hint">{t('optionsCapHelp')}</p>
      </fieldset>
      {status && (
        <p class={`parley-notice ${status.ok ? 'parley-notice--ok' : 'parley-notice--error'}`} role="status">
          {status.text}
        </p>
      )}
    </form>
  );
}
