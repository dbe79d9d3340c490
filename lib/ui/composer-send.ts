/**
 * Send: the composer hands the message to the background's queue. The rules
 * check runs once more on the final text (the live one is debounced), so a
 * message typed in the last milliseconds is never sent unchecked.
 */
import { sendMessage } from '../messaging';
import { checkComposition } from './composer-check';
import { useComposer } from './composer-store';
import { sendByEmail } from './email-send';
import { useAttachments } from './attachments-store';

/** Answers false (and sends nothing) when something still blocks Send. */
export async function sendComposition(now = new Date()): Promise<boolean> {
  const state = useComposer.getState();
  const { order, reason, text, settings, lang } = state;
  if (!order || !reason || state.send.state === 'sending' || state.send.state === 'queued') return false;
  const files = useAttachments.getState().files;
  const check = checkComposition({ order, now, reasonId: reason, text, sellerName: settings.sellerName, lang, files });
  if (check.blockers.length > 0 || !check.marketplaceId) return false;
  state.setSend({ state: 'sending' });
  const message = { orderId: order.orderId, marketplaceId: check.marketplaceId, host: order.host, reason, text: check.rendered.text };
  // Email (issue 6): the contacts area holds it for an unapproved sender, else opens the compose window.
  const answer =
    settings.sendMethod === 'email'
      ? await sendByEmail(message)
      : await sendMessage('queue/enqueue', { ...message, transport: settings.sendMethod, autoSubmit: settings.autoSubmit });
  if (!answer.ok) {
    useComposer.getState().setSend({ state: 'refused', error: answer.error });
    return false;
  }
  await useComposer.getState().markQueued(answer.value.jobId);
  return true;
}
