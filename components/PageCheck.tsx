import { t } from '@/lib/i18n';
import type { ActiveTabCheck } from '@/lib/protocol/orders';
import { usePageCheck } from '@/lib/ui/orders-view';
import { CopyPageReport } from './CopyPageReport';

const kindName = (kind: 'orders-list' | 'order-details'): string =>
  kind === 'orders-list' ? t('ordersCheckKindList') : t('ordersCheckKindDetails');

/** One sentence about the active tab; a warning when the page is not what Parley expects. */
function message(check: ActiveTabCheck): { text: string; warn: boolean } {
  if (check.state === 'not-seller-central' || check.state === 'other-page') return { text: t('ordersCheckElsewhere'), warn: false };
  if (check.state === 'no-report') return { text: t('ordersCheckNoReport', kindName(check.kind)), warn: true };
  const c = check.check;
  const kind = kindName(c.kind);
  if (c.state === 'checking') return { text: t('ordersCheckChecking', kind), warn: false };
  if (c.state === 'no-orders') return { text: t('ordersCheckNoOrders', kind), warn: true };
  if (c.state === 'no-buyer-names') {
    return c.kind === 'orders-list'
      ? { text: t('ordersCheckNoBuyerNames', [kind, String(c.rows)]), warn: true }
      : { text: t('ordersCheckNoBuyerNameDetails'), warn: true };
  }
  return { text: c.buyerNames > 0 ? t('ordersCheckOk', [kind, String(c.buyerNames)]) : t('ordersCheckOkNone', kind), warn: false };
}

/**
 * The self-check notice on the popup home: whether the Seller Central page in
 * the active tab shows buyer names Parley recognises, and if not, what it
 * expected to find there. Silence would look like Parley simply not working.
 */
export function PageCheck() {
  const loaded = usePageCheck();
  if (loaded.state === 'loading') return null;
  if (loaded.state === 'error')
    return (
      <p class="parley-check" data-state="error" role="status">
        {loaded.error.message}
      </p>
    );
  const { text, warn } = message(loaded.value);
  const state = loaded.value.state === 'reported' ? loaded.value.check.state : loaded.value.state;
  const note = (
    <p class={`parley-check${warn ? ' parley-check-warn' : ''}`} data-state={state} role={warn ? 'alert' : 'status'}>
      {text}
    </p>
  );
  // A page Parley does not understand: offer what helps us fix it.
  return warn ? (
    <div class="parley-check-box">
      {note}
      <CopyPageReport />
    </div>
  ) : (
    note
  );
}
