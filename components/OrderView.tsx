import { t } from '@/lib/i18n';
import { useOrder } from '@/lib/ui/orders-view';
import { OrderSummary } from './OrderSummary';

/** The popup for one order: load its facts from the background's cache, then show them (or say why not). */
export function OrderView({ orderId }: { orderId: string }) {
  const order = useOrder(orderId);
  if (order.state === 'loading') return <p class="parley-orders-loading" role="status">{t('ordersLoading')}</p>;
  if (order.state === 'error') {
    return (
      <p class="parley-orders-missing" role="alert" data-code={order.error.code}>
        {order.error.message}
      </p>
    );
  }
  return <OrderSummary facts={order.value} />;
}
