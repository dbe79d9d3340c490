/**
 * The send queue's hands on the Contact Buyer page. It asks the background
 * whether this tab has work (only the Parley tab on the job's order gets
 * any), fills the form, and reports. It presses Amazon's Send only when the
 * background answers "submit" to "filled", which it does after writing
 * `submitting` and only for a message the seller opted in for. Otherwise the
 * seller reads the form and presses Send; Parley watches for the banner.
 */
import { isOrderId } from '../../domain/order';
import type { FormReportOutput, FormWork } from '../../domain/queue-view';
import { sendMessage } from '../../messaging';
import type { InputOf, MessageType, OutputOf } from '../../protocol';
import type { Result } from '../../result';
import {
  BANNER_TIMEOUT_MS,
  chooseReason,
  FORM_TIMEOUT_MS,
  press,
  TEXT_BOX_TIMEOUT_MS,
  typeText,
  verdict,
  waitFor,
  type Step,
} from '../contact-form-dom';
import type { PageFeature } from '../feature-registry';
import { observe } from '../observe';
import { attachFiles } from '../contact-files';
import { showReasonNote, sellerChoice, trackChoice } from '../reason-note';
import { anyOf, CONTACT_PAGE, mainSend, queryFirst } from '../selectors';
import type { PageReasonOption } from '../../domain/reason-labels';

type Work = NonNullable<FormWork>;

/** The worker may be stopping or starting: ask again a few times before giving up. */
async function ask<K extends MessageType>(type: K, input: InputOf<K>, tries = 4): Promise<Result<OutputOf<K>>> {
  let answer = await sendMessage(type, input);
  for (let i = 1; i < tries && !answer.ok && ['unreachable', 'no-answer'].includes(answer.error.code); i++) {
    await new Promise((r) => setTimeout(r, 1000));
    answer = await sendMessage(type, input);
  }
  return answer;
}

async function report(work: Work, step: Step, chosen?: PageReasonOption): Promise<FormReportOutput['next']> {
  const answer = await ask('queue/formReport', {
    jobId: work.jobId,
    attempt: work.attempt,
    outcome: step.outcome,
    ...(step.message ? { message: step.message } : {}),
    ...(chosen ? { chosen } : {}),
  });
  return answer.ok ? answer.value.next : 'stop';
}

/** Pick the reason, wait for the text box, type the text: undefined when the form is ready. */
async function fill(work: Extract<Work, { mode: 'fill' }>, signal: AbortSignal): Promise<Step | undefined> {
  let form = await waitFor(['contactReason', 'contactCanceledNotice', 'contactInterstitial'], FORM_TIMEOUT_MS, signal);
  if (form?.name === 'contactInterstitial') {
    // "YES, contact the original buyer" leads to the form and sends nothing. If it
    // loads a new page, that page's script fills the form; else the form shows here.
    press(form.element);
    form = await waitFor(['contactReason', 'contactCanceledNotice'], FORM_TIMEOUT_MS, signal);
  }
  if (!form || form.name !== 'contactReason') return { outcome: 'noForm' };
  const refused = chooseReason(work.reason, document, work.remembered);
  if (refused) return refused;
  const box = await waitFor(['contactTextArea'], TEXT_BOX_TIMEOUT_MS, signal);
  if (!box) return { outcome: 'noTextBox' };
  return (await typeText(box.element, work.text, signal)) ?? attachFiles(work, signal);
}

/** Press Send (the background has written `submitting`), confirm the language review, read the verdict. */
async function submit(signal: AbortSignal): Promise<Step> {
  const send = mainSend(document);
  if (!send) return { outcome: 'notConfirmed' };
  const local = new AbortController();
  signal.addEventListener('abort', () => local.abort(), { once: true });
  let confirmed = false;
  observe(
    anyOf(CONTACT_PAGE.contactReviewDialog),
    (dialog) => {
      const confirm = queryFirst(dialog, CONTACT_PAGE.contactReviewConfirm);
      if (confirm && !confirmed) {
        confirmed = true;
        press(confirm);
      }
    },
    { signal: local.signal },
  );
  const seen = verdict(local.signal, BANNER_TIMEOUT_MS, true);
  press(send);
  const step = await seen;
  local.abort();
  return step ?? { outcome: 'notConfirmed' };
}

/** Hand-over: the seller has the form; only the success banner is reported (they may retry after a page error). */
async function watch(work: Work, signal: AbortSignal): Promise<void> {
  const step = await verdict(signal, undefined, false);
  if (step && !signal.aborted) await report(work, step);
}

/**
 * Parley could not tell which option is the job's reason: a note asks the seller to
 * choose; once they have, the text is filled and Parley watches for the banner. The
 * option checked when the page confirms is the seller's choice, reported to be
 * remembered for next time.
 */
async function askSeller(work: Extract<Work, { mode: 'fill' }>, signal: AbortSignal): Promise<void> {
  const local = new AbortController();
  signal.addEventListener('abort', () => local.abort(), { once: true });
  const reasons = queryFirst(document, CONTACT_PAGE.contactReason);
  const anchor = reasons?.closest('fieldset, [role="radiogroup"], form') ?? reasons;
  if (anchor) showReasonNote(work.reason, anchor, local.signal);
  let chosen = await sellerChoice(signal);
  local.abort();
  if (!chosen || signal.aborted) return;
  trackChoice(signal, (option) => (chosen = option));
  const box = await waitFor(['contactTextArea'], undefined, signal);
  // The seller has the form: text the page did not take is theirs to type.
  if (box) await typeText(box.element, work.text, signal);
  // Files the page refused are the seller's to attach by hand: the form is theirs now.
  await attachFiles(work, signal);
  const step = await verdict(signal, undefined, false);
  if (step && !signal.aborted) await report(work, step, chosen);
}

export const contactForm: PageFeature = {
  id: 'contact-form',
  pages: ['contact-buyer'],
  async init(_ctx, signal) {
    const orderId = new URL(location.href).searchParams.get('orderID') ?? '';
    if (!isOrderId(orderId)) return;
    const answer = await ask('queue/formReady', { orderId });
    const work = answer.ok ? answer.value.work : null;
    if (!work || signal.aborted) return;
    if (work.mode === 'watch') return watch(work, signal);

    const problem = await fill(work, signal);
    if (signal.aborted) return;
    if (problem?.outcome === 'reasonAsked') {
      if ((await report(work, problem)) === 'watch') await askSeller(work, signal);
      return;
    }
    if (problem) {
      await report(work, problem);
      return;
    }
    const next = await report(work, { outcome: 'filled' });
    if (signal.aborted) return;
    if (next === 'watch') return watch(work, signal);
    if (next !== 'submit') return;
    const outcome: Step = await submit(signal);
    await report(work, outcome);
  },
};
