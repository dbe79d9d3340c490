import { t } from '@/lib/i18n';
import { marketplaceOf } from '@/lib/domain/language';
import type { OrderFacts } from '@/lib/domain/order';
import { storefrontName } from '@/lib/domain/template-render';
import { formatIsoDate, statusLabel } from '@/lib/ui/composer-text';

/** Who and what the message is about. Every value from the page is rendered as text. */
export function OrderHeader({ order }: { order: OrderFacts }) {
  const marketplace = marketplaceOf(order);
  const status = order.statusLabel?.trim() || statusLabel(order.status);
  const date = (fact: OrderFacts['shipBy']) => (fact?.iso ? formatIsoDate(fact.iso) : (fact?.text ?? ''));
  return (
    <section class="parley-order" aria-labelledby="parley-order-title">
      {/* A long (or hostile) name is cut to two lines on screen; the heading and its tooltip keep all of it. */}
      <h2 id="parley-order-title" class="parley-order__buyer" title={order.buyerName || undefined}>
        {order.buyerName ? t('composerTo', order.buyerName) : t('composerToUnknown')}
      </h2>
      <dl class="parley-order__facts">
        <div>
          <dt>{t('composerOrderId')}</dt>
          <dd data-testid="composer-order-id">{order.orderId}</dd>
        </div>
        <div>
          <dt>{t('composerOrderStatus')}</dt>
          <dd data-status={order.status}>{status}</dd>
        </div>
        <div>
          <dt>{t('composerFulfillment')}</dt>
          <dd>
            {t(
              order.fulfillment === 'amazon'
                ? 'composerFulfilledByAmazon'
                : order.fulfillment === 'seller'
                  ? 'composerFulfilledBySeller'
                  : 'composerFulfillmentUnknown',
            )}
          </dd>
        </div>
        {marketplace && (
          <div>
            <dt>{t('composerMarketplace')}</dt>
            <dd>{storefrontName(marketplace)}</dd>
          </div>
        )}
        {order.shipBy && (
          <div>
            <dt>{t('composerShipBy')}</dt>
            <dd>{date(order.shipBy)}</dd>
          </div>
        )}
        {order.deliverBy && (
          <div>
            <dt>{t('composerDeliverBy')}</dt>
            <dd>{date(order.deliverBy)}</dd>
          </div>
        )}
      </dl>
      {order.items.length > 0 && (
        <ul class="parley-order__items" aria-label={t('composerItems')}>
          {order.items.map((item, i) => (
            <li key={`${item.asin ?? ''}-${i}`}>
              <span class="parley-order__qty">{t('composerQuantity', String(item.quantity))}</span> <span>{item.title}</span>
              {item.customized && <span class="parley-badge">{t('composerCustomized')}</span>}
              {item.digital && <span class="parley-badge">{t('composerDigital')}</span>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
