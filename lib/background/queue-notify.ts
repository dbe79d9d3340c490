/**
 * System notifications for what the seller has to act on: a failed job, a
 * job that needs a check, a sign-in, a damaged job put aside. The text names
 * the order id at most: no buyer name, no message text, no page words.
 */
import { browser } from 'wxt/browser';
import { t } from '../i18n';
import type { QuarantineEntry } from '../storage/queue';
import type { Change } from './queue-store';

const ICON = 'icon/128.png';

async function notify(id: string, message: string): Promise<void> {
  try {
    await browser.notifications.create(id, {
      type: 'basic',
      iconUrl: browser.runtime.getURL(`/${ICON}`),
      title: t('queueNotifyTitle'),
      message,
    });
  } catch {
    // Notifications may be disabled by the seller: the badge and the queue view still show it.
  }
}

/** The message for a change worth a notification, or undefined. */
export function notificationFor(change: Change): string | undefined {
  const { before, after } = change;
  if (before?.state === after.state && before.heldFor === after.heldFor) return undefined;
  if (after.state === 'failed') return t('queueNotifyFailed', after.orderId);
  if (after.state === 'needs-check') return t('queueNotifyNeedsCheck', after.orderId);
  if (after.state === 'held' && after.heldFor === 'signedOut') return t('queueNotifySignedOut', after.orderId);
  return undefined;
}

export async function notifyChanges(changes: readonly Change[]): Promise<void> {
  for (const change of changes) {
    const message = notificationFor(change);
    if (message) await notify(`parley-queue-${change.after.id}`, message);
  }
}

export async function notifyQuarantine(entries: readonly QuarantineEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const first = entries[0]!;
  await notify(
    `parley-quarantine-${first.id}`,
    first.orderId ? t('queueNotifyQuarantinedOrder', first.orderId) : t('queueNotifyQuarantined'),
  );
}

/** A click on one of our notifications opens the queue view. */
export function setupNotificationClicks(): void {
  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith('parley-queue-') && !id.startsWith('parley-quarantine-')) return;
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
    void browser.notifications.clear(id);
  });
}
