import { useEffect, useMemo } from 'preact/hooks';
import { bulkSummary } from '@/lib/domain/bulk';
import { REASONS } from '@/lib/domain/reasons';
import { templateName } from '@/lib/domain/templates';
import { currentUiLanguage, t } from '@/lib/i18n';
import { currentPairing, currentPlan, useBulk } from '@/lib/ui/bulk-store';
import { reasonById } from '@/lib/domain/reasons';
import { BulkInvoices } from './BulkInvoices';
import { reasonLabel } from '@/lib/ui/contacts-text';
import { BulkOrderItem } from './BulkOrderItem';

/**
 * The bulk review (entrypoints/bulk, opened from Manage Orders with the
 * selected order ids in its URL): one quick reply, one reason, every final
 * message shown with its rules check; Confirm queues exactly the ready ones.
 */
export function BulkReview({ search }: { search: string }) {
  const s = useBulk();
  useEffect(() => {
    void useBulk.getState().load(search);
  }, [search]);
  const now = useMemo(() => new Date(), [s.prepared, s.templateId, s.reason]);
  const plan = useMemo(() => currentPlan(s, now), [s.prepared, s.templates, s.templateId, s.reason, s.include, now]);
  const count = bulkSummary(plan);
  const pairing = useMemo(() => currentPairing(s, plan), [s.reason, s.invoices, plan]);
  // A reason that needs a file queues only the orders paired with one.
  const toQueue = pairing && s.reason && reasonById(s.reason)?.attachments.requiredBySpApi ? pairing.pairs.length : count.ready;

  if (s.status === 'loading') return <p role="status">{t('contactsBulkLoading')}</p>;
  if (s.status === 'failed')
    return (
      <p class="parley-notice parley-notice--error" role="alert">
        {t('contactsBulkLoadFailed', s.error?.message ?? '')}
      </p>
    );
  if (s.orderIds.length === 0) return <p class="parley-notice">{t('contactsBulkNoOrders')}</p>;

  const lang = currentUiLanguage();
  const composable = REASONS.filter((r) => r.composable);
  return (
    <section class="parley-bulk" aria-labelledby="parley-bulk-title">
      <h1 id="parley-bulk-title">{t('contactsBulkTitle', String(s.orderIds.length))}</h1>
      <p class="parley-hint">{t('contactsBulkIntro')}</p>
      <div class="parley-bulk__choices">
        <label>
          {t('contactsBulkTemplate')}
          <select value={s.templateId ?? ''} onChange={(e) => s.chooseTemplate(e.currentTarget.value)}>
            <option value="" disabled>
              {t('contactsBulkChooseTemplate')}
            </option>
            {s.templates.map((tpl) => (
              <option key={tpl.id} value={tpl.id}>
                {templateName(tpl, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('contactsBulkReason')}
          <select value={s.reason ?? ''} onChange={(e) => s.chooseReason(e.currentTarget.value)}>
            <option value="" disabled>
              {t('contactsBulkChooseReason')}
            </option>
            {composable.map((r) => (
              <option key={r.id} value={r.id}>
                {reasonLabel(r.id)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {s.templates.length === 0 && <p class="parley-notice parley-notice--warning">{t('contactsBulkNoTemplates')}</p>}
      {plan.length > 0 && (
        <>
          <p class="parley-bulk__summary" role="status" data-ready={count.ready}>
            {t('contactsBulkSummary', [String(count.ready), String(count.skipped), String(count.excluded), String(count.blocked)])}
          </p>
          {pairing && <BulkInvoices pairing={pairing} />}
          <ol class="parley-bulk__list">
            {plan.map((item) => (
              <BulkOrderItem
                key={item.orderId}
                item={item}
                reason={s.reason!}
                included={s.include.has(item.orderId)}
                now={now.getTime()}
                onToggleInclude={s.toggleInclude}
              />
            ))}
          </ol>
          <div class="parley-bulk__confirm">
            <label>
              <input type="checkbox" checked={s.autoSubmit} onChange={(e) => s.setAutoSubmit(e.currentTarget.checked)} />{' '}
              {t('contactsBulkAutoSubmit')}
            </label>
            <button
              type="button"
              class="parley-button parley-button--primary"
              disabled={toQueue === 0 || s.confirming || Boolean(s.result)}
              onClick={() => void s.confirm(now)}
            >
              {t('contactsBulkConfirm', String(toQueue))}
            </button>
            {toQueue === 0 && <p class="parley-hint">{t(pairing && count.ready > 0 ? 'bulkInvoicesNeeded' : 'contactsBulkNothing')}</p>}
          </div>
        </>
      )}
      {s.error && s.status === 'ready' && (
        <p class="parley-notice parley-notice--error" role="alert">
          {s.error.message}
        </p>
      )}
      {s.result && (
        <div class="parley-notice parley-notice--ok" role="status" data-queued={s.result.queued.length}>
          <p>{t('contactsBulkQueued', String(s.result.queued.length))}</p>
          {s.result.refused.map((r) => (
            <p key={r.orderId}>{t('contactsBulkRefused', [r.orderId, r.message])}</p>
          ))}
        </div>
      )}
    </section>
  );
}
