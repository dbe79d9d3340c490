/**
 * Parley's note on the Contact Buyer page when it could not tell which option is
 * the job's reason: above the reasons, it asks the seller to choose (a status
 * region, so screen readers announce it), and goes away once they have. It holds
 * only Parley's own words and the reason's name, never buyer data.
 */
import type { PageReasonOption } from '../domain/reason-labels';
import { t, type MessageKey } from '../i18n';
import { checkedOption } from './contact-form-dom';
import { shadowPanel } from './shadow-panel';

const HOST_STYLE = 'display:block;margin:8px 0';
const BOX_STYLE =
  'padding:10px 14px;border-radius:4px;border:1px solid #d5d9d9;border-left:4px solid #146eb4;background:#f3f8fb;' +
  'font:13px/1.4 "Amazon Ember",Arial,"Microsoft YaHei","PingFang SC",sans-serif;color:#0f1111';

/** Parley's name for a reason in the seller's language (its id when the catalog has none). */
function reasonName(reason: string): string {
  const key = `composerReason_${reason}` as MessageKey;
  const name = t(key);
  return name === key ? reason : name;
}

/** Put the note before `anchor` (the reasons' group); removed when `signal` aborts. */
export function showReasonNote(reason: string, anchor: Element, signal: AbortSignal): HTMLElement {
  const { host, box } = shadowPanel('reason-note', HOST_STYLE, 'status', BOX_STYLE);
  const title = document.createElement('strong');
  title.textContent = t('contactReasonAskTitle');
  const text = document.createElement('div');
  text.textContent = t('contactReasonAsk', reasonName(reason));
  box.append(title, text);
  anchor.before(host);
  signal.addEventListener('abort', () => host.remove(), { once: true });
  return host;
}

/**
 * The seller's choice: resolves with the checked option after a click or change
 * anywhere on the form that leaves one checked, undefined when `signal`
 * aborts. Events are heard in the capture phase, before the page can stop them.
 */
export function sellerChoice(signal: AbortSignal, root: Document = document): Promise<PageReasonOption | undefined> {
  return new Promise((resolve) => {
    const local = new AbortController();
    const finish = (option: PageReasonOption | undefined) => {
      local.abort();
      resolve(option);
    };
    if (signal.aborted) return finish(undefined);
    signal.addEventListener('abort', () => finish(undefined), { signal: local.signal });
    const look = () => {
      const option = checkedOption(root);
      if (option) finish(option);
    };
    // A click's effect (the checked radio) shows after the page's own handlers: look again a tick later.
    const later = () => setTimeout(look, 0);
    // Only after the seller acts: a reason the page checked by itself is not their choice.
    for (const type of ['change', 'click', 'input', 'keyup']) root.addEventListener(type, later, { capture: true, signal: local.signal });
  });
}

/** Tells `onChange` each option the seller checks from now on, until `signal` aborts. */
export function trackChoice(signal: AbortSignal, onChange: (option: PageReasonOption) => void, root: Document = document): void {
  const look = () => {
    const option = checkedOption(root);
    if (option) onChange(option);
  };
  for (const type of ['change', 'click']) root.addEventListener(type, () => setTimeout(look, 0), { capture: true, signal });
}
