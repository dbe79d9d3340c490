import type { BulkItem } from '@/lib/domain/bulk';
import { t, type MessageKey } from '@/lib/i18n';
import { findingText } from '@/lib/finding-text';
import { languageName } from '@/lib/ui/composer-text';
import { bulkWhyText, whenText } from '@/lib/ui/contacts-text';

interface Props {
  item: BulkItem;
  reason: string;
  included: boolean;
  now: number;
  onToggleInclude(orderId: string): void;
}

/**
 * One order of the bulk review: its status and why, the exact final text (as
 * text, never markup) and its rules check. An order skipped because it was
 * contacted before can be included here, one by one.
 */
export function BulkOrderItem({ item, reason, included, now, onToggleInclude }: Props) {
  const why = bulkWhyText(item, reason, now);
  const canInclude = item.why === 'alreadyContacted';
  const canSkipAgain = included && item.previousAt !== undefined && item.status !== 'skipped';
  return (
    <li class="parley-bulk-item" data-parley-bulk-order={item.orderId} data-status={item.status} data-why={item.why ?? ''}>
      <div class="parley-bulk-item__head">
        <strong>{t('contactsBulkOrder', item.orderId)}</strong>
        {item.buyerName && <span class="parley-bulk-item__buyer">{item.buyerName}</span>}
        <span class={`parley-badge parley-bulk-status parley-bulk-status--${item.status}`}>
          {t(`contactsBulkStatus_${item.status}` as MessageKey)}
        </span>
      </div>
      {why && <p class="parley-bulk-item__why">{why}</p>}
      {canSkipAgain && item.previousAt !== undefined && (
        <p class="parley-hint">{t('contactsBulkPrevious', whenText(item.previousAt, now))}</p>
      )}
      {(canInclude || canSkipAgain) && (
        <button
          type="button"
          class="parley-link"
          aria-label={t(canInclude ? 'contactsBulkIncludeLabel' : 'contactsBulkSkipAgainLabel', item.orderId)}
          onClick={() => onToggleInclude(item.orderId)}
        >
          {t(canInclude ? 'contactsBulkInclude' : 'contactsBulkSkipAgain')}
        </button>
      )}
      {item.fallback && item.lang && (
        <p class="parley-hint">{t('contactsBulkFallback', [languageName(item.wanted ?? '?'), languageName(item.lang)])}</p>
      )}
      {item.text !== undefined && item.status !== 'excluded' && (
        <pre class="parley-bulk-item__text" lang={item.lang}>
          {item.text}
        </pre>
      )}
      {item.findings.length > 0 && (
        <ul class="parley-bulk-item__findings">
          {item.findings.map((f, i) => (
            <li key={`${f.rule}-${i}`} data-severity={f.severity}>
              {t('contactsBulkFinding', findingText(f))}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
