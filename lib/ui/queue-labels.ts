/**
 * Words for the queue view: reason, state, hold and error labels from their
 * ids (keys in public/_locales). A reason label comes from the composer's
 * catalog when it has one, else the queue's own.
 */
import { dateFormat } from '../domain/intl-formats';
import type { JobState } from '../domain/queue';
import type { JobView } from '../domain/queue-view';
import { currentUiLanguage, t, type MessageKey } from '../i18n';

const camel = (s: string) => s.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());

/** t() for a computed key; undefined when the catalog has no such key (t answers with the key itself). */
function maybe(key: string, subs?: string | string[]): string | undefined {
  const text = t(key as MessageKey, subs);
  return text === key ? undefined : text;
}

export const reasonLabel = (id: string): string => maybe(`composerReason_${id}`) ?? maybe(`queueReason_${id}`) ?? id;
export const stateLabel = (state: JobState): string => maybe(`queueState_${camel(state)}`) ?? state;

export function formatTime(at: number): string {
  try {
    return dateFormat(currentUiLanguage(), { dateStyle: 'short', timeStyle: 'short' }).format(at);
  } catch {
    return new Date(at).toISOString();
  }
}

/** The line under the state: why it waits, what went wrong, or what the seller should do. */
export function detailOf(job: JobView): string | undefined {
  if (job.state === 'held' && job.heldFor) return maybe(`queueHeld_${job.heldFor}`);
  if (job.state === 'awaiting-seller' && job.lastError?.code === 'reasonAsked')
    return t('queueHint_reasonAsked', job.lastError.message ?? '');
  if (job.state === 'awaiting-seller') return t('queueHint_awaitingSeller');
  if (job.state === 'needs-check') return t('queueHint_needsCheck');
  return undefined;
}

export function errorText(job: JobView): string | undefined {
  const e = job.lastError;
  // Parley's question to the seller is the detail line (detailOf), not an error.
  if (!e || job.state === 'sent' || e.code === 'reasonAsked') return undefined;
  return maybe(`queueError_${e.code}`, e.message ?? '') ?? t('queueError_unknown', e.code);
}
