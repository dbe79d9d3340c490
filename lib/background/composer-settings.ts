/**
 * Settings writes: only the background writes the settings item. A patch is
 * merged into what is stored and checked again against SettingsSchema as a
 * whole, so what is written always parses.
 */
import * as v from 'valibot';
import { getSettings, settingsItem, type Settings } from '../storage';
import { SettingsSchema } from '../domain/settings';

let writes: Promise<unknown> = Promise.resolve();

export function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const run = writes.then(async () => {
    const next = v.parse(SettingsSchema, { ...(await getSettings()), ...patch });
    await settingsItem.setValue(next);
    return next;
  });
  writes = run.catch(() => undefined);
  return run;
}
