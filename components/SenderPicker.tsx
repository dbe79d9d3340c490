import { EMAIL_CLIENTS, checkSubject, hasImportantTag, type EmailClient } from '@/lib/domain/email';
import { t, type MessageKey } from '@/lib/i18n';
import { chosenSender, OTHER, useEmail } from '@/lib/ui/email-store';

interface Props {
  /** The chosen reason is critical: only then may the subject carry [Important]. */
  critical: boolean;
}

/**
 * From (approved addresses only, or another one the seller types: then Parley
 * says Amazon will reject it and the message waits), subject with the
 * [Important] switch for critical reasons, and the mail client to open.
 */
export function SenderPicker({ critical }: Props) {
  const e = useEmail();
  const approved = e.senders.filter((s) => s.status === 'approved');
  const chosen = chosenSender(e);
  const subject = checkSubject(e.subject, critical);
  const important = hasImportantTag(e.subject);
  return (
    <fieldset class="parley-email" data-testid="sender-picker">
      <legend>{t('contactsEmailTitle')}</legend>
      {approved.length === 0 && <p class="parley-hint">{t('contactsEmailNoApproved')}</p>}
      <label class="parley-email__row">
        <span>{t('contactsEmailFrom')}</span>
        <select value={e.choice} onChange={(ev) => e.choose(ev.currentTarget.value)} data-testid="email-from">
          {approved.map((s) => (
            <option key={s.address} value={s.address}>
              {s.address}
            </option>
          ))}
          <option value={OTHER}>{t('contactsEmailFromOther')}</option>
        </select>
      </label>
      {e.choice === OTHER && (
        <label class="parley-email__row">
          <span>{t('contactsEmailFromTyped')}</span>
          <input
            type="email"
            value={e.typed}
            autoComplete="email"
            aria-invalid={chosen.invalid ? 'true' : 'false'}
            aria-describedby="parley-email-from-note"
            onInput={(ev) => e.type(ev.currentTarget.value)}
            data-testid="email-from-typed"
          />
        </label>
      )}
      <p id="parley-email-from-note" class="parley-email__note" aria-live="polite">
        {chosen.invalid && (
          <span class="parley-notice parley-notice--error">{t(`contactsAddressWhy_${chosen.invalid}` as MessageKey)}</span>
        )}
        {chosen.address && !chosen.approved && (
          <span class="parley-notice parley-notice--warning" data-testid="will-reject">
            {t('contactsWillReject', chosen.address)}
          </span>
        )}
      </p>
      <label class="parley-email__row">
        <span>{t('contactsEmailSubject')}</span>
        <input
          type="text"
          value={e.subject}
          maxLength={800}
          aria-invalid={subject.ok ? 'false' : 'true'}
          aria-describedby="parley-email-subject-note"
          onInput={(ev) => e.setSubject(ev.currentTarget.value)}
          data-testid="email-subject"
        />
      </label>
      <label class="parley-email__check">
        <input
          type="checkbox"
          checked={important}
          disabled={!critical && !important}
          onChange={(ev) => e.setImportant(ev.currentTarget.checked)}
        />{' '}
        {t('contactsEmailImportant')}
      </label>
      <p id="parley-email-subject-note" class="parley-email__note">
        {!subject.ok && <span class="parley-notice parley-notice--error">{t(`contactsSubject_${subject.why}` as MessageKey)}</span>}
        {subject.ok && !critical && <span class="parley-hint">{t('contactsEmailImportantOff')}</span>}
      </p>
      <label class="parley-email__row">
        <span>{t('contactsEmailClient')}</span>
        <select value={e.client} onChange={(ev) => e.setClient(ev.currentTarget.value as EmailClient)} data-testid="email-client">
          {EMAIL_CLIENTS.map((c) => (
            <option key={c} value={c}>
              {t(`contactsClient_${c}` as MessageKey)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
