import { useEffect } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { useConnection } from '@/lib/ui/connection-store';
import { usePopupRoute } from '@/lib/ui/popup-route';
import { Composer } from './Composer';
import { InboxWaiting } from './InboxWaiting';
import { PageCheck } from './PageCheck';
import { QueueList } from './QueueList';
import { RecentOrders } from './RecentOrders';

/** The toolbar popup: the composer for one order, else recent orders and the queue. */
export function PopupApp() {
  const { status, version, error, check } = useConnection();
  // popup.html?order=ID, the order a Contact button just opened the popup for, or the active tab's order; else the home.
  const route = usePopupRoute();
  useEffect(() => {
    void check();
  }, [check]);
  // From the composer's queue link: bring the queue (below the recent orders) into view, focus on its heading.
  const toQueue = route.state === 'home' && route.toQueue === true;
  useEffect(() => {
    if (!toQueue) return;
    const title = document.getElementById('parley-queue-title');
    title?.setAttribute('tabindex', '-1');
    title?.focus();
    title?.scrollIntoView({ block: 'start' });
  }, [toQueue]);
  return (
    <main class="parley-popup" aria-labelledby="parley-title">
      <header class="parley-header">
        <h1 id="parley-title">{t('extName')}</h1>
        <span class="parley-status" data-status={status} role="status">
          {status === 'connected' && t('popupConnected', version ?? '')}
          {status === 'checking' && t('popupChecking')}
          {status === 'failed' && (error?.message ?? t('popupDisconnected'))}
        </span>
      </header>
      {route.state === 'order' && <Composer orderId={route.orderId} frame={route.frame} onClose={route.close} onQueue={route.queue} />}
      {route.state === 'home' && <PageCheck />}
      {route.state === 'home' && <InboxWaiting />}
      {route.state === 'home' && <RecentOrders onOpen={route.open} />}
      {route.state === 'home' && <QueueList />}
    </main>
  );
}
