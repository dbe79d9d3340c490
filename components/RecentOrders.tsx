import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { OrderFacts } from '@/lib/domain/order';
import { sendMessage } from '@/lib/messaging';
import { statusLabel } from '@/lib/ui/composer-text';

const LIMIT = 8;

/** The popup home: orders seen lately on Seller Central, each with a way into the composer. */
export function RecentOrders({ onOpen }: { onOpen(orderId: string): void }) {
  const [orders, setOrders] = useState<OrderFacts[] | undefined>();
  useEffect(() => {
    let live = true;
    void sendMessage('orders/recent', { limit: LIMIT }).then((answer) => {
      if (live) setOrders(answer.ok ? answer.value : []);
    });
    return () => {
      live = false;
    };
  }, []);
  return (
    <section class="parley-recent" aria-labelledby="parley-recent-title">
      <h2 id="parley-recent-title">{t('composerRecentOrders')}</h2>
      {orders === undefined && <p class="parley-hint">{t('composerLoading')}</p>}
      {orders?.length === 0 && <p class="parley-hint">{t('composerRecentNone')}</p>}
      {orders && orders.length > 0 && (
        <ul class="parley-recent__list">
          {orders.map((o) => (
            <li key={o.orderId} class="parley-recent__item">
              <span class="parley-recent__who" dir="auto">
                {o.buyerName ?? t('composerToUnknown')}
              </span>
              <span class="parley-recent__meta">
                {o.orderId} · {statusLabel(o.status)}
              </span>
              <button
                type="button"
                class="parley-button"
                aria-label={t('composerWriteToOrder', o.orderId)}
                onClick={() => onOpen(o.orderId)}
              >
                {t('composerWrite')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
