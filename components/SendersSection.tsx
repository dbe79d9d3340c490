import { useEffect, useState } from 'preact/hooks';
import { SENDER_STATUSES, type SenderStatus } from '@/lib/domain/senders';
import { t, type MessageKey } from '@/lib/i18n';
import { useSenders } from '@/lib/ui/senders-store';
import { SendersImport } from './SendersImport';

const statusLabel = (s: SenderStatus) => t(`contactsStatus_${s}` as MessageKey);

/**
 * Options: the approved sender addresses. Add one (approved, not yet approved
 * or blocked), change its status, remove it; review what a Messaging
 * Permissions page offered; open the email messages that waited for a sender.
 */
export function SendersSection() {
  const s = useSenders();
  const [address, setAddress] = useState('');
  const [status, setStatus] = useState<SenderStatus>('approved');
  useEffect(() => {
    void useSenders.getState().load();
    // The import may arrive while the page is open (the seller clicked on Messaging Permissions).
    const again = () => void useSenders.getState().load();
    window.addEventListener('focus', again);
    return () => window.removeEventListener('focus', again);
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (await s.add(address, status)) setAddress('');
  };

  return (
    <div class="parley-senders" data-testid="senders-section">
      <p class="parley-hint">{t('contactsSendersIntro')}</p>
      {s.notice && (
        <p class={`parley-notice parley-notice--${s.notice.kind}`} role={s.notice.kind === 'error' ? 'alert' : 'status'}>
          {s.notice.text}
        </p>
      )}
      {s.review && <SendersImport review={s.review} onConfirm={s.confirmImport} onDiscard={s.discardImport} />}
      <form class="parley-senders__add" onSubmit={(e) => void submit(e)}>
        <label>
          {t('contactsSenderAddress')}
          <input
            type="email"
            value={address}
            required
            autoComplete="email"
            onInput={(e) => setAddress(e.currentTarget.value)}
            data-testid="sender-address"
          />
        </label>
        <label>
          {t('contactsSenderStatus')}
          <select value={status} onChange={(e) => setStatus(e.currentTarget.value as SenderStatus)} data-testid="sender-status">
            {SENDER_STATUSES.map((st) => (
              <option key={st} value={st}>
                {statusLabel(st)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" class="parley-button parley-button--primary">
          {t('contactsSenderAdd')}
        </button>
      </form>
      {s.senders.length === 0 ? (
        <p class="parley-hint">{t('contactsSendersEmpty')}</p>
      ) : (
        <ul class="parley-senders__list">
          {s.senders.map((sender) => (
            <li key={sender.address} data-parley-sender={sender.address} data-status={sender.status}>
              <span class="parley-senders__address">{sender.address}</span>
              <span class={`parley-badge parley-senders__status--${sender.status}`}>{statusLabel(sender.status)}</span>
              {sender.status !== 'approved' && (
                <button
                  type="button"
                  class="parley-button"
                  aria-label={t('contactsSenderApproveLabel', sender.address)}
                  onClick={() => void s.setStatus(sender.address, 'approved')}
                >
                  {t('contactsSenderApprove')}
                </button>
              )}
              {sender.status !== 'blocked' && (
                <button
                  type="button"
                  class="parley-button"
                  aria-label={t('contactsSenderBlockLabel', sender.address)}
                  onClick={() => void s.setStatus(sender.address, 'blocked')}
                >
                  {t('contactsSenderBlock')}
                </button>
              )}
              <button
                type="button"
                class="parley-link"
                aria-label={t('contactsSenderRemoveLabel', sender.address)}
                onClick={() => void s.remove(sender.address)}
              >
                {t('contactsSenderRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {s.waiting.length > 0 && (
        <section aria-labelledby="parley-waiting-title">
          <h3 id="parley-waiting-title">{t('contactsWaitingTitle')}</h3>
          <ul class="parley-senders__waiting">
            {s.waiting.map((w) => (
              <li key={w.jobId} data-parley-waiting={w.jobId} data-state={w.state}>
                {t(w.state === 'held' ? 'contactsWaitingHeld' : 'contactsWaitingReady', [w.orderId, w.from])}{' '}
                {w.state === 'queued' && (
                  <button
                    type="button"
                    class="parley-button"
                    aria-label={t('contactsOpenEmailLabel', w.orderId)}
                    onClick={() => void s.handOff(w)}
                  >
                    {t('contactsOpenEmail')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
