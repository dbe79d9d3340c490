import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/storage';
import { useSettingsStore } from '@/lib/ui/settings-store';

/** Amazon's daily cap for proactive messages: 5 x average daily orders + 600. */
export const amazonDailyCap = (averageDailyOrders: number): number => 5 * averageDailyOrders + 600;

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
    if (raw.trim() === '' || !Number.isInteger(n) || n < min || n > max) setStatus({ ok: false, text: t('optionsNumberRange', [String(min), String(max)]) });
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
            <input type="radio" name="parley-send-method" checked={settings.sendMethod === m} onChange={() => void put({ sendMethod: m })} />{' '}
            {t(m === 'form' ? 'optionsSendMethodForm' : 'optionsSendMethodEmail')}
          </label>
        ))}
      </fieldset>
      <div class="parley-field">
        <label class="parley-check-row">
          <input type="checkbox" checked={settings.autoSubmit} aria-describedby="parley-autosubmit-help" onChange={(e) => void put({ autoSubmit: e.currentTarget.checked })} />{' '}
          {t('optionsAutoSubmit')}
        </label>
        <p id="parley-autosubmit-help" class="parley-hint">
          {t('optionsAutoSubmitHelp')}
        </p>
      </div>
      <div class="parley-field">
        <label for="parley-seller-name">{t('optionsSellerName')}</label>
        <input id="parley-seller-name" type="text" maxLength={200} value={settings.sellerName} aria-describedby="parley-seller-help" onChange={(e) => void put({ sellerName: e.currentTarget.value.trim() })} />
        <span id="parley-seller-help" class="parley-hint">{t('optionsSellerNameHelp')}</span>
      </div>
      <div class="parley-field">
        <label for="parley-retention">{t('optionsRetention')}</label>
        <input id="parley-retention" type="number" min={1} max={30} step={1} value={settings.retentionDays} aria-describedby="parley-retention-help" onChange={(e) => number(e.currentTarget.value, 1, 30, (n) => void put({ retentionDays: n }))} />
        <span id="parley-retention-help" class="parley-hint">{t('optionsRetentionHelp')}</span>
      </div>
      <fieldset class="parley-field">
        <legend>{t('optionsDailyCap')}</legend>
        <label class="parley-field">
          <span>{t('optionsAverageOrders')}</span>
          <input type="number" min={0} step={1} value={settings.averageDailyOrders} onChange={(e) => number(e.currentTarget.value, 0, 1_000_000, (n) => void put({ averageDailyOrders: n }))} />
        </label>
        <label class="parley-check-row">
          <input type="radio" name="parley-cap" checked={settings.dailyCap === null} onChange={() => void put({ dailyCap: null })} />{' '}
          {t('optionsCapFormula', [String(settings.averageDailyOrders), String(formula)])}
        </label>
        <label class="parley-check-row">
          <input type="radio" name="parley-cap" checked={settings.dailyCap !== null} onChange={() => void put({ dailyCap: formula })} /> {t('optionsCapOwn')}
        </label>
        {settings.dailyCap !== null && (
          <label class="parley-field">
            <span>{t('optionsCapValue')}</span>
            <input type="number" min={1} step={1} value={settings.dailyCap} onChange={(e) => number(e.currentTarget.value, 1, 1_000_000, (n) => void put({ dailyCap: n }))} />
          </label>
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
