import type { Lang } from '../../domain/language';
import type { LintContext } from '../../domain/policy';
import { t } from '../../i18n';
import { sendMessage } from '../../messaging';
import type { ReplyTemplates } from '../../protocol/inbox';
import { writeClipboard } from '../clipboard';
import type { PageFeature } from '../feature-registry';
import { observe } from '../observe';
import { CHECK_PANEL_STYLE, drawCheck } from '../reply-check-panel';
import { buildPicker } from '../reply-picker';
import { insertReply, readReply, replyField, threadFacts } from '../reply-box';
import { INBOX_PAGE } from '../selectors';
import { PANEL_BUTTON_STYLE } from '../shadow-panel';

/**
 * Parley in the inbox's reply box: a "Quick replies" button beside it opens
 * the picker (reply templates, in the buyer's language when Parley knows the
 * order); the chosen one is filled for the thread's order and put where the
 * cursor is, so the page notices. Under the box, the live rules check. Parley
 * never presses the page's Send: the seller reads the reply and sends it.
 */
export const TOOLS_SELECTOR = '[data-parley="reply-tools"]';
/** Text written by the page's own scripts fires no input event: look again this often. */
const RECHECK_MS = 1000;

function mount(box: Element, signal: AbortSignal): void {
  if (box.nextElementSibling?.matches(TOOLS_SELECTOR)) return;
  const facts = threadFacts();
  const host = document.createElement('div');
  host.setAttribute('data-parley', 'reply-tools');
  host.style.cssText = 'display:block;margin:6px 0';
  const root = host.attachShadow({ mode: 'open' });
  const wrap = document.createElement('div');
  wrap.style.cssText = CHECK_PANEL_STYLE;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = t('inboxQuickReplies');
  button.style.cssText = PANEL_BUTTON_STYLE;
  button.setAttribute('aria-haspopup', 'dialog');
  button.setAttribute('aria-expanded', 'false');
  const picker = document.createElement('div');
  picker.setAttribute('role', 'dialog');
  picker.setAttribute('aria-label', t('inboxQuickReplies'));
  picker.hidden = true;
  picker.style.cssText =
    'margin-top:6px;padding:8px;border:1px solid #d5d9d9;border-radius:6px;box-shadow:0 2px 10px rgba(15,17,17,.2);background:#fff;max-width:520px';
  const note = document.createElement('p');
  note.setAttribute('role', 'status');
  note.setAttribute('data-parley-note', '');
  note.style.cssText = 'margin:4px 0 0;color:#565959';
  const check = document.createElement('div');
  check.setAttribute('role', 'status');
  check.setAttribute('aria-live', 'polite');
  check.setAttribute('data-parley-check', '');
  wrap.append(button, picker, note, check);
  root.append(wrap);
  box.after(host);

  let replies: ReplyTemplates | undefined;
  let unfilled: string[] = [];
  let lastText: string | undefined;
  const context = (): LintContext => ({
    isReply: true,
    ...(facts.orderId ? { orderId: facts.orderId } : {}),
    ...(replies?.lang ? { buyerLanguage: replies.lang } : {}),
  });
  const recheck = (): void => {
    const text = readReply(box);
    if (text === lastText) return;
    lastText = text;
    drawCheck(check, text, context(), unfilled);
  };
  const loadReplies = async (): Promise<ReplyTemplates | undefined> => {
    if (replies) return replies;
    const answer = await sendMessage('inbox/templates', facts.orderId ? { orderId: facts.orderId } : {});
    if (!answer.ok) {
      note.textContent = answer.error.message;
      return undefined;
    }
    replies = answer.value;
    lastText = undefined; // the buyer's language may change the check
    recheck();
    return replies;
  };

  const close = (): void => {
    picker.hidden = true;
    picker.replaceChildren();
    button.setAttribute('aria-expanded', 'false');
  };
  const insert = async (templateId: string, lang: Lang): Promise<void> => {
    const answer = await sendMessage('inbox/fill', {
      templateId,
      lang,
      ...(facts.orderId ? { orderId: facts.orderId } : {}),
      thread: facts.buyerName ? { buyerName: facts.buyerName } : {},
    });
    if (signal.aborted) return;
    close();
    if (!answer.ok) {
      note.textContent = t('inboxFillFailed', answer.error.message);
      return;
    }
    unfilled = answer.value.unfilled;
    if (insertReply(box, answer.value.text)) {
      note.textContent = unfilled.length ? t('inboxInsertedUnfilled', unfilled.join(', ')) : t('inboxInserted');
    } else {
      const copied = await writeClipboard(answer.value.text);
      note.textContent = copied ? t('inboxNotWrittenCopied') : t('inboxNotWritten');
    }
    lastText = undefined;
    recheck();
    replyField(box)?.focus();
  };
  const open = async (): Promise<void> => {
    const loaded = await loadReplies();
    if (!loaded || signal.aborted) return;
    picker.hidden = false;
    button.setAttribute('aria-expanded', 'true');
    const search = buildPicker(picker, {
      templates: loaded.templates,
      lang: loaded.lang ?? document.documentElement.lang,
      onPick: (template, lang) => void insert(template.id, lang),
      onClose: () => {
        close();
        button.focus();
      },
    });
    search.focus();
  };
  button.addEventListener('click', () => (picker.hidden ? void open() : close()));

  // The field's input events are composed: they reach the box from kat-textarea's shadow root.
  box.addEventListener('input', recheck);
  const every = setInterval(recheck, RECHECK_MS);
  void loadReplies();
  recheck();
  signal.addEventListener('abort', () => {
    clearInterval(every);
    box.removeEventListener('input', recheck);
    host.remove();
  });
}

export const replyBoxTools: PageFeature = {
  id: 'reply-box-tools',
  pages: ['buyer-messages'],
  init(_ctx, signal) {
    observe(INBOX_PAGE.replyBox, (box) => mount(box, signal), { signal, ignoreOwnMutations: true });
  },
};
