import { useEffect } from 'preact/hooks';
import { buyerLanguageFor } from '@/lib/domain/language';
import { reasonById } from '@/lib/domain/reasons';
import { t, type MessageKey } from '@/lib/i18n';
import { useComposer } from '@/lib/ui/composer-store';
import { copyAndSendWithoutBody } from '@/lib/ui/email-send';
import { emailReady, useEmail } from '@/lib/ui/email-store';
import type { SenderSlotProps } from './composer-slots';
import { SenderPicker } from './SenderPicker';

/**
 * The composer's email panel (the sender slot): before Send, the sender
 * picker; after Send, what happened: handed to the mail client (with a link
 * when the window did not open, and the From to pick in a mail app), or held
 * until the sender is approved; a message too long for a link can be copied
 * and the compose window opened without it.
 */
export function EmailHandoff({ order, onReadyChange }: SenderSlotProps) {
  const e = useEmail();
  const reason = useComposer((s) => s.reason);
  const client = useComposer((s) => s.settings.emailClient);
  const critical = reason ? (reasonById(reason)?.critical ?? false) : false;
  useEffect(() => {
    void useEmail.getState().load(order.orderId, buyerLanguageFor(order)?.lang, client);
  }, [order.orderId]);
  const ready = emailReady(e, critical);
  useEffect(() => onReadyChange(ready), [ready]);

  const retry = async () => {
    const answer = await copyAndSendWithoutBody((text) => navigator.clipboard.writeText(text));
    if (answer?.ok) await useComposer.getState().markQueued(answer.value.jobId);
  };

  const a = e.answer;
  if (a?.state === 'held') {
    const key = a.heldFor === 'senderNotApproved' ? 'contactsEmailHeld' : (`contactsEmailHeld_${a.heldFor}` as MessageKey);
    return (
      <p class="parley-notice parley-notice--warning" role="status" data-testid="email-held">
        {t(key, e.choice === '__other__' ? e.typed.trim() : e.choice)}
      </p>
    );
  }
  if (a?.state === 'handedOff') {
    const from = e.choice === '__other__' ? e.typed.trim() : e.choice;
    return (
      <div class="parley-notice parley-notice--ok" role="status" data-testid="email-handed" data-client={a.client}>
        <p>{t('contactsEmailHanded', [t(`contactsClient_${a.client}` as MessageKey), from])}</p>
        {a.client !== 'gmail' && <p>{t('contactsEmailMailtoFrom', from)}</p>}
        {a.bodyOmitted && <p>{t('contactsEmailBodyOmitted')}</p>}
        {!a.opened && (
          <p>
            {t('contactsEmailNotOpened')}{' '}
            <a href={a.url} target="_blank" rel="noreferrer noopener">
              {t('contactsEmailOpenLink')}
            </a>
          </p>
        )}
      </div>
    );
  }
  return (
    <div>
      <SenderPicker critical={critical} />
      {e.error?.code === 'email-too-long' && (
        <button type="button" class="parley-button" onClick={() => void retry()} data-testid="email-copy-open">
          {t('contactsEmailCopyOpen')}
        </button>
      )}
      {e.error?.code === 'clipboard' && <p class="parley-notice parley-notice--error">{e.error.message}</p>}
    </div>
  );
}
