/**
 * The toolbar badge counts jobs that need the seller (a form to send, a send
 * to check, a failure, a sign-in). MV3 has browser.action; the Firefox build
 * is MV2 with browser.browserAction.
 */
import { browser } from 'wxt/browser';
import { needsSeller } from '../domain/queue';
import { t } from '../i18n';
import type { StoredJob } from './queue-store';

type BadgeApi = {
  setBadgeText(details: { text: string }): Promise<void> | void;
  setBadgeBackgroundColor(details: { color: string }): Promise<void> | void;
  setTitle?(details: { title: string }): Promise<void> | void;
};

function badgeApi(): BadgeApi | undefined {
  const b = browser as unknown as { action?: BadgeApi; browserAction?: BadgeApi };
  return b.action ?? b.browserAction;
}

export function badgeCount(jobs: readonly StoredJob[]): number {
  return jobs.filter((j) => needsSeller(j)).length;
}

export async function updateBadge(jobs: readonly StoredJob[]): Promise<void> {
  const api = badgeApi();
  if (!api) return;
  const count = badgeCount(jobs);
  await api.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
  if (count > 0) await api.setBadgeBackgroundColor({ color: '#b3261e' });
  await api.setTitle?.({ title: count > 0 ? t('queueBadgeTitle', String(count)) : t('extActionTitle') });
}
