/**
 * Sentences of the contacts area: why a bulk order is left out, when an order
 * was contacted, labels of statuses and outcomes. Keys are built from codes the
 * domain returns, so each code has exactly one sentence per language.
 */
import type { BulkItem } from '../domain/bulk';
import { contactedWhen } from '../domain/history';
import { reasonById } from '../domain/reasons';
import { currentUiLanguage, t, type MessageKey } from '../i18n';
import { whyUnavailable } from './composer-text';

const key = (k: string) => k as MessageKey;

export const whenText = (at: number, now = Date.now()): string => contactedWhen(at, now, currentUiLanguage());

export function reasonLabel(id: string): string {
  return reasonById(id) ? t(key(`composerReason_${id}`)) : id;
}

/** The sentence that explains why an order of the bulk review is not ready. */
export function bulkWhyText(item: BulkItem, reason: string, now = Date.now()): string {
  switch (item.why) {
    case undefined:
      return '';
    case 'alreadyContacted':
      return t('contactsBulkWhy_alreadyContacted', item.previousAt ? whenText(item.previousAt, now) : '');
    case 'unfilled':
    case 'unknownVariable':
      return t(key(`contactsBulkWhy_${item.why}`), (Array.isArray(item.detail) ? item.detail : []).map((n) => `{{${n}}}`).join(', '));
    case 'tooLong':
      return t('contactsBulkWhy_tooLong', String(reasonById(reason)?.text.max ?? 4000));
    case 'reasonUnavailable': {
      const detail = item.unavailable ? whyUnavailable(item.unavailable) : '';
      return detail ? `${t('contactsBulkWhy_reasonUnavailable')} ${detail}` : t('contactsBulkWhy_reasonUnavailable');
    }
    default:
      return t(key(`contactsBulkWhy_${item.why}`));
  }
}
