/**
 * Words for the composer's codes: reasons, why a reason is unavailable, what
 * blocks Send, rule findings, rejected imports. Keys are built from ids the
 * domain defines; tests/unit/composer-text.test.ts checks every one exists.
 */
import { currentUiLanguage, t, type MessageKey } from '../i18n';
import { dateFormat, displayNames } from '../domain/intl-formats';
import type { OrderStatus } from '../domain/order';
import type { Availability, ReasonId } from '../domain/reasons';
import type { Rejection } from '../domain/template-import';
import { placeholder, type VariableName } from '../domain/variables';
import type { Blocker } from './composer-check';

const key = (k: string) => k as MessageKey;

export const reasonLabel = (id: ReasonId | string): string => t(key(`composerReason_${id}`));
export const statusLabel = (status: OrderStatus): string => t(key(`composerStatus_${status}`));
export const variableHelp = (name: VariableName): string => t(key(`composerVariable_${name}`));

/** A calendar date (YYYY-MM-DD) in the UI language. */
export function formatIsoDate(iso: string | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return dateFormat(currentUiLanguage(), { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** 'de' -> 'German' (or 'Deutsch'... in the UI language); unknown codes stay as they are. */
export function languageName(lang: string): string {
  try {
    return displayNames(currentUiLanguage(), { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** Why a reason cannot be chosen, in a sentence. */
export function whyUnavailable(availability: Availability): string {
  if (availability.available) return '';
  const p = availability.params ?? {};
  const subs = [p.status ? statusLabel(p.status) : String(p.days ?? ''), p.status ? '' : formatIsoDate(p.date)];
  if (availability.why === 'tooEarly' || availability.why === 'tooLate' || availability.why === 'pastMessagingWindow') {
    return t(key(`composerWhy_${availability.why}`), [String(p.days ?? ''), formatIsoDate(p.date)]);
  }
  return t(key(`composerWhy_${availability.why}`), subs);
}

/** What stops Send, in a sentence naming what to fix. */
export function blockerText(b: Blocker): string {
  switch (b.kind) {
    case 'unfilled':
      return t('composerBlockUnfilled', b.names.map((n) => placeholder(n as VariableName)).join(', '));
    case 'unknown':
      return t('composerBlockUnknown', b.names.map((n) => `{{${n}}}`).join(', '));
    case 'malformed':
      return t('composerBlockMalformed', b.raw.join(', '));
    case 'lintErrors':
      return t('composerBlockLintErrors', String(b.count));
    case 'files':
      return t('composerBlockFiles', String(b.count));
    default:
      return t(key(`composerBlock_${b.kind}`));
  }
}

/** Every reason an import entry or a template was refused, as sentences. */
export function rejectionTexts(r: Rejection): string[] {
  return r.reasons.map((code) => {
    if (code === 'unknownVariable')
      return t('composerReject_unknownVariable', (r.unknownVariables ?? []).map((n) => `{{${n}}}`).join(', '));
    if (code === 'unknownReason') return t('composerReject_unknownReason', (r.unknownReasons ?? []).join(', '));
    if (code === 'unknownLanguage') return t('composerReject_unknownLanguage', (r.unknownLanguages ?? []).join(', '));
    return t(key(`composerReject_${code}`));
  });
}
