/**
 * Send by email, called by the composer's Send when the send method is email
 * (lib/ui/composer-send.ts): the background holds the message when From is
 * not approved, else opens the compose window and records the hand-off.
 */
import type { EmailAnswer } from '../protocol/contacts';
import { sendMessage } from '../messaging';
import { err, type Result } from '../result';
import { t } from '../i18n';
import { chosenSender, useEmail } from './email-store';

export interface EmailInput {
  orderId: string;
  marketplaceId: string;
  host: string;
  reason: string;
  text: string;
}

let last: EmailInput | undefined;

export async function sendByEmail(input: EmailInput, omitBody = false): Promise<Result<EmailAnswer>> {
  last = input;
  const e = useEmail.getState();
  const from = chosenSender(e).address;
  if (!from) return err('from', t('contactsAddressWhy_format'));
  const answer = await sendMessage('contacts/emailHandoff', { ...input, subject: e.subject, from, client: e.client, omitBody });
  useEmail.getState().done(answer.ok ? answer.value : undefined, answer.ok ? undefined : answer.error);
  return answer;
}

/**
 * The message was too long for a link: copy the text, then open the compose
 * window without it. Answers the hand-off (or why not), or undefined when
 * there is nothing to retry.
 */
export async function copyAndSendWithoutBody(copy: (text: string) => Promise<void>): Promise<Result<EmailAnswer> | undefined> {
  if (!last) return undefined;
  try {
    await copy(last.text);
  } catch {
    const error = err('clipboard', t('contactsEmailCopyFailed'));
    useEmail.getState().done(undefined, error.error);
    return error;
  }
  return sendByEmail(last, true);
}
