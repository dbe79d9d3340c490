import { useEffect } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { useConnection } from '@/lib/ui/connection-store';
import { QueueList } from './QueueList';

/** The toolbar popup: the composer for one order, else recent orders and the queue. */
export function PopupApp() {
  const { status, version, error, check } = useConnection();
  useEffect(() => {
    void check();
  }, [check]);
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
      <QueueList />
    </main>
  );
}
