import { useEffect, useRef, useState } from 'preact/hooks';
import type { DeleteCounts } from '@/lib/protocol/contacts';
import { RETENTION_CHOICES } from '@/lib/domain/retention';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';
import type { PurgeReport } from '@/lib/storage/contacts';
import { useSettingsStore } from '@/lib/ui/settings-store';

interface Overview {
  counts: DeleteCounts;
  retentionDays: number;
  lastPurge?: PurgeReport;
}

const days = (n: number) => (n === 1 ? t('contactsRetentionOneDay') : t('contactsRetentionDays', String(n)));

/**
 * Options: what buyer data Parley holds, how long it keeps it (1-30 days), and
 * "Delete all buyer data now" behind a confirm step that says what goes and
 * what stays (messages still waiting in the queue, re-encrypted).
 */
export function BuyerDataSection() {
  const [overview, setOverview] = useState<Overview>();
  const [confirming, setConfirming] = useState(false);
  const [notice, setNotice] = useState<{ kind: 'ok' | 'error'; text: string }>();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const save = useSettingsStore((s) => s.save);

  const load = async () => {
    const answer = await sendMessage('contacts/buyerData', {});
    if (answer.ok) setOverview(answer.value);
  };
  useEffect(() => void load(), []);
  useEffect(() => {
    if (confirming) cancelRef.current?.focus();
  }, [confirming]);

  const setRetention = async (n: number) => {
    const answer = await save({ retentionDays: n });
    setNotice(answer.ok ? { kind: 'ok', text: t('contactsSaved') } : { kind: 'error', text: answer.error.message });
    await load();
  };
  const deleteAll = async () => {
    setConfirming(false);
    const answer = await sendMessage('contacts/deleteAll', { confirm: true });
    if (answer.ok) {
      const c = answer.value;
      setNotice({ kind: 'ok', text: t('contactsDeleted', [String(c.history), String(c.jobs), String(c.drafts), String(c.orders)]) });
    } else setNotice({ kind: 'error', text: answer.error.message });
    await load();
  };

  if (!overview) return null;
  const c = overview.counts;
  return (
    <div class="parley-buyer-data" data-testid="buyer-data-section">
      <p class="parley-hint">{t('contactsBuyerDataIntro')}</p>
      <label>
        {t('contactsRetention')}{' '}
        <select
          value={String(overview.retentionDays)}
          onChange={(e) => void setRetention(Number(e.currentTarget.value))}
          data-testid="retention"
        >
          {[...new Set([...RETENTION_CHOICES, overview.retentionDays])]
            .sort((a, b) => a - b)
            .map((n) => (
              <option key={n} value={String(n)}>
                {days(n)}
              </option>
            ))}
        </select>
      </label>
      <p data-testid="buyer-data-counts">
        {t('contactsHolds', [String(c.history), String(c.jobs), String(c.drafts), String(c.orders), String(c.keptJobs)])}
      </p>
      {overview.lastPurge && (
        <p class="parley-hint">
          {t('contactsLastPurge', [new Date(overview.lastPurge.at).toLocaleString(), String(overview.lastPurge.removed)])}
        </p>
      )}
      {notice && (
        <p class={`parley-notice parley-notice--${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
      {!confirming ? (
        <button type="button" class="parley-button parley-button--danger" onClick={() => setConfirming(true)}>
          {t('contactsDeleteAll')}
        </button>
      ) : (
        <div
          class="parley-confirm"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby="parley-delete-title"
          aria-describedby="parley-delete-text"
          onKeyDown={(e) => e.key === 'Escape' && setConfirming(false)}
        >
          <h3 id="parley-delete-title">{t('contactsDeleteConfirmTitle')}</h3>
          <p id="parley-delete-text">{t('contactsDeleteConfirmText', String(c.keptJobs))}</p>
          <button type="button" class="parley-button parley-button--danger" onClick={() => void deleteAll()}>
            {t('contactsDeleteConfirm')}
          </button>{' '}
          <button type="button" class="parley-button" ref={cancelRef} onClick={() => setConfirming(false)}>
            {t('contactsCancel')}
          </button>
        </div>
      )}
    </div>
  );
}
