import { useEffect, useState } from 'preact/hooks';
import type { InboxWaiting as Waiting } from '@/lib/domain/reply-wait';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';

const REFRESH_MS = 30_000;

/**
 * On the popup home, when the active tab (or ?tab=) is the Buyer-Seller
 * Messages inbox: how many buyers on that page wait for a reply, how many are
 * at risk of Amazon's 24 hours and past them. Read from the page; nothing else.
 */
export function InboxWaiting({ search = location.search }: { search?: string }) {
  const [waiting, setWaiting] = useState<Waiting | null>(null);
  useEffect(() => {
    let live = true;
    const tab = Number(new URLSearchParams(search).get('tab'));
    const load = (): void =>
      void sendMessage('inbox/waiting', Number.isInteger(tab) && tab > 0 ? { tabId: tab } : {}).then((answer) => {
        if (live) setWaiting(answer.ok ? answer.value.waiting : null);
      });
    load();
    const every = setInterval(load, REFRESH_MS);
    return () => {
      live = false;
      clearInterval(every);
    };
  }, [search]);
  if (!waiting) return null;
  const urgent = waiting.atRisk + waiting.overdue > 0;
  return (
    <p
      class={`parley-check parley-inbox-waiting${urgent ? ' parley-check-warn' : ''}`}
      data-state={urgent ? 'warn' : 'ok'}
      data-at-risk={waiting.atRisk}
      role="status"
    >
      {waiting.waiting === 0
        ? t('popupInboxNone')
        : t('popupInboxWaiting', [String(waiting.waiting), String(waiting.atRisk), String(waiting.overdue)])}
      {waiting.unread > 0 && ` ${t('popupInboxUnread', String(waiting.unread))}`}
    </p>
  );
}
