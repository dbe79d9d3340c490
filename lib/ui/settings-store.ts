/**
 * The options page's settings: read from storage (extension pages may read),
 * written only through the background (composer/settingsSave). Changing the
 * UI language loads the catalog at once and bumps `uiVersion`, which the page
 * uses to re-render every string.
 */
import { create } from 'zustand';
import { currentUiLanguage, loadUiLanguage } from '../i18n';
import { sendMessage } from '../messaging';
import type { Result } from '../result';
import { getSettings, type Settings } from '../storage';

interface SettingsState {
  settings?: Settings;
  uiVersion: number;
  load(): Promise<void>;
  save(patch: Partial<Settings>): Promise<Result<Settings>>;
}

export const useSettingsStore = create<SettingsState>((set, get) => ({
  settings: undefined,
  uiVersion: 0,
  async load() {
    set({ settings: await getSettings() });
  },
  async save(patch) {
    const before = get().settings?.uiLanguage;
    const answer = await sendMessage('composer/settingsSave', { patch });
    if (!answer.ok) return answer;
    if (answer.value.uiLanguage !== before) {
      await loadUiLanguage(answer.value.uiLanguage);
      document.documentElement.lang = currentUiLanguage();
      set({ settings: answer.value, uiVersion: get().uiVersion + 1 });
    } else set({ settings: answer.value });
    return answer;
  },
}));
