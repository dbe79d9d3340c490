import { t } from '@/lib/i18n';
import { marketplaceById } from '@/lib/domain/marketplaces';
import type { DateFact, OrderFacts } from '@/lib/domain/order';

/**
 * Localised names of the normalised status and fulfilment (keys spelled out
 * for the i18n check; called at render, after the UI language is loaded).
 */
const STATUS = (s: OrderFacts['status']): string =>
  ({
    pending: t('ordersStatusPending'),
    unshipped: t('ordersStatusUnshipped'),
    shipped: t('ordersStatusShipped'),
    canceled: t('ordersStatusCanceled'),
    unknown: t('ordersStatusUnknown'),
  })[s];
const FULFILLMENT = (f: OrderFacts['fulfillment']): string =>
  ({ seller: t('ordersFulfillmentSeller'), amazon: t('ordersFulfillmentAmazon'), unknown: t('ordersFulfillmentUnknown') })[f];

function DateRow({ label, date }: { label: string; date?: DateFact }) {
  if (!date) return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{date.iso ? <time dateTime={date.iso}>{date.text}</time> : date.text}</dd>
    </>
  );
}

/**
 * What Parley knows about one order, as read from Seller Central: buyer,
 * status, fulfilment, dates and items. Page text is rendered as text.
 * Small on purpose: the composer builds on it.
 */
export function OrderSummary({ facts }: { facts: OrderFacts }) {
  const marketplace = marketplaceById(facts.marketplaceId);
  // The UI's status names, plus what the page said when it differs (e.g. in the page's language).
  const status = STATUS(facts.status);
  const shown = facts.statusLabel && facts.statusLabel !== status ? ` (${facts.statusLabel})` : '';
  return (
    <section class="parley-order" aria-labelledby="parley-order-title" data-order-id={facts.orderId}>
      <h2 id="parley-order-title">{t('ordersSummaryTitle', facts.orderId)}</h2>
      {facts.status === 'canceled' && (
        <p class="parley-order-note" role="note">
          {t('ordersContactCanceledWhy')}
        </p>
      )}
      <dl class="parley-order-facts">
        {facts.buyerName !== undefined && (
          <>
            <dt>{t('ordersBuyer')}</dt>
            <dd class="parley-order-buyer" dir="auto">{facts.buyerName}</dd>
          </>
        )}
        <dt>{t('ordersStatus')}</dt>
        <dd data-status={facts.status}>{status + shown}</dd>
        <dt>{t('ordersFulfillment')}</dt>
        <dd>{FULFILLMENT(facts.fulfillment)}</dd>
        <dt>{t('ordersMarketplace')}</dt>
        <dd>{marketplace ? `${marketplace.code} · ${facts.host}` : facts.host}</dd>
        <DateRow label={t('ordersPurchaseDate')} date={facts.purchaseDate} />
        <DateRow label={t('ordersShipBy')} date={facts.shipBy} />
        <DateRow label={t('ordersDeliverBy')} date={facts.deliverBy} />
        <DateRow label={t('ordersDeliveredAt')} date={facts.deliveredAt} />
      </dl>
      {facts.items.length > 0 && (
        <>
          <h3 class="parley-order-items-title">{t('ordersItems')}</h3>
          <ul class="parley-order-items">
            {facts.items.map((item, i) => (
              <li key={`${item.asin ?? ''}-${i}`}>
                <span class="parley-order-qty">{t('ordersItemQuantity', String(item.quantity))}</span>{' '}
                <span dir="auto">{item.title}</span>
                <span class="parley-order-ids">
                  {[item.asin && `ASIN ${item.asin}`, item.sku && `SKU ${item.sku}`, item.customized && t('ordersItemCustomized'), item.digital && t('ordersItemDigital')]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
