import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string; ok: boolean };

/** The tab the popup speaks about: `?tab=ID` (a popup window), else the active one. */
const tabOf = (search: string): { tabId?: number } => {
  const tab = Number(new URLSearchParams(search).get('tab'));
  return Number.isInteger(tab) && tab > 0 ? { tabId: tab } : {};
};

/**
 * "Copy page report" beside a page check that found nothing it expected (or, with
 * `queueTab`, beside a queued message that failed on a Contact Buyer page Parley did
 * not understand: the report is of the queue's tab): the
 * page's structure without its data (lib/page/page-report.ts), for a bug report.
 * The outcome is announced (role=status) and stays until the next press.
 */
export function CopyPageReport({ search = location.search, queueTab = false }: { search?: string; queueTab?: boolean }) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const copy = async (): Promise<void> => {
    setStatus({ kind: 'busy' });
    const answer = await sendMessage('orders/pageReport', queueTab ? { queueTab: true } : tabOf(search));
    if (!answer.ok) return setStatus({ kind: 'done', ok: false, text: answer.error.message });
    try {
      await navigator.clipboard.writeText(answer.value.report);
      setStatus({ kind: 'done', ok: true, text: t('reportCopied') });
    } catch (e) {
      setStatus({ kind: 'done', ok: false, text: t('reportCopyFailed', e instanceof Error ? e.message : String(e)) });
    }
  };
  return (
    <div class="parley-report">
      <p class="parley-report-hint">{t(queueTab ? 'reportHintQueue' : 'reportHint')}</p>
      <button
        type="button"
        class="parley-button"
        disabled={status.kind === 'busy'}
        aria-busy={status.kind === 'busy'}
        onClick={() => void copy()}
      >
        {t('reportCopy')}
      </button>
      <p class={`parley-report-status${status.kind === 'done' && !status.ok ? ' parley-error' : ''}`} role="status">
        {status.kind === 'done' ? status.text : ''}
      </p>
    </div>
  );
}
