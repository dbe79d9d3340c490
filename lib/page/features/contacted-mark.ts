import { browser } from 'wxt/browser';
import { contactedWhen } from '../../domain/history';
import { currentUiLanguage, t } from '../../i18n';
import { sendMessage } from '../../messaging';
import { CONTACT_SELECTOR } from '../contact-button-dom';
import type { PageFeature } from '../feature-registry';
import { afterChanges } from '../observe';
import { orderIdOfLink } from '../order-facts';
import { tabMessageOf } from '../../tab-messaging';

/**
 * "Contacted 3 days ago" right after the Contact button of every order Parley
 * has delivered a message to. The page asks the background about the order
 * ids it shows (in batches) and gets back only a time per contacted id:
 * nothing about other orders, no texts, no reasons. Marks follow re-renders
 * (one sweep after the page changes) and refresh when the background says
 * history changed.
 */
export const MARK_SELECTOR = '[data-parley="contacted"]';
const MARK_STYLE =
  'display:inline-block;margin:0 0 0 6px;vertical-align:baseline;white-space:nowrap;' +
  'font:12px/16px "Amazon Ember",Arial,"Microsoft YaHei","PingFang SC",sans-serif;color:#067d62';
/** Ids per question: Manage Orders shows up to 100 rows, the protocol takes 200. */
const BATCH = 200;
const BATCH_DELAY_MS = 50;

/** Is this the background's "marks changed" notice? Only our own background (no tab) may say so. */
export function isMarksNotice(message: unknown, sender: { id?: string; tab?: unknown }): boolean {
  return tabMessageOf('contacts/marksChanged', message, sender) !== undefined;
}

/**
 * The order a Contact button is for. A list button gets its data-order-id in
 * the frame after it is inserted (contact-button.ts); a sweep may come first,
 * and then reads it from the buyer link the button follows.
 */
function orderIdOfWrapper(wrapper: Element): string | undefined {
  return wrapper.getAttribute('data-order-id') ?? orderIdOfLink(wrapper.previousElementSibling);
}

function markFor(orderId: string, at: number): HTMLElement {
  const mark = document.createElement('span');
  mark.setAttribute('data-parley', 'contacted');
  mark.setAttribute('data-order-id', orderId);
  mark.setAttribute('data-contacted-at', new Date(at).toISOString());
  mark.style.cssText = MARK_STYLE;
  const lang = currentUiLanguage();
  mark.textContent = `✓ ${t('contactsMarkContacted', contactedWhen(at, Date.now(), lang))}`;
  mark.title = t('contactsMarkTitle', new Date(at).toLocaleString(lang));
  return mark;
}

export const contactedMark: PageFeature = {
  id: 'contacted-mark',
  pages: ['orders-list', 'order-details'],
  init(_ctx, signal) {
    /** Per order id: when it was last contacted, or null (asked: never). */
    const marks = new Map<string, number | null>();
    const waiting = new Set<string>();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const wrappers = (): Element[] => [...document.querySelectorAll(CONTACT_SELECTOR)];

    const place = (wrapper: Element, orderId: string): void => {
      const at = marks.get(orderId);
      const next = wrapper.nextElementSibling;
      const existing = next?.matches(MARK_SELECTOR) ? next : null;
      if (at === undefined || at === null) {
        existing?.remove();
        return;
      }
      if (existing?.getAttribute('data-contacted-at') === new Date(at).toISOString() && existing.getAttribute('data-order-id') === orderId)
        return;
      existing?.remove();
      wrapper.after(markFor(orderId, at));
    };

    const ask = async (): Promise<void> => {
      timer = undefined;
      const ids = [...waiting];
      waiting.clear();
      for (let i = 0; i < ids.length; i += BATCH) {
        const chunk = ids.slice(i, i + BATCH);
        const answer = await sendMessage('contacts/marks', { orderIds: chunk });
        if (signal.aborted) return;
        if (!answer.ok) continue; // no marks is the safe answer
        for (const id of chunk) marks.set(id, answer.value.marks[id] ?? null);
        const answered = new Set(chunk);
        for (const wrapper of wrappers()) {
          const orderId = orderIdOfWrapper(wrapper);
          if (orderId && answered.has(orderId)) place(wrapper, orderId);
        }
      }
    };
    const want = (orderId: string): void => {
      waiting.add(orderId);
      timer ??= setTimeout(() => void ask(), BATCH_DELAY_MS);
    };

    // Marks are not on the render path: after the page (and the Contact buttons)
    // settle, one sweep places known marks and asks about new order ids.
    afterChanges(
      () => {
        // A mark whose Contact button went (a stray button removed before paint, a re-render) goes too.
        for (const mark of document.querySelectorAll(MARK_SELECTOR))
          if (!mark.previousElementSibling?.matches(CONTACT_SELECTOR)) mark.remove();
        for (const wrapper of wrappers()) {
          const orderId = orderIdOfWrapper(wrapper);
          if (!orderId) continue;
          if (marks.has(orderId)) place(wrapper, orderId);
          else if (!waiting.has(orderId)) want(orderId);
        }
      },
      { signal },
    );

    const listener = (message: unknown, sender: { id?: string; tab?: unknown }): undefined => {
      if (!isMarksNotice(message, sender)) return undefined;
      marks.clear();
      for (const wrapper of wrappers()) {
        const orderId = orderIdOfWrapper(wrapper);
        if (orderId) want(orderId);
      }
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener as never);
    signal.addEventListener(
      'abort',
      () => {
        if (timer) clearTimeout(timer);
        browser.runtime.onMessage.removeListener(listener as never);
        for (const mark of document.querySelectorAll(MARK_SELECTOR)) mark.remove();
      },
      { once: true },
    );
  },
};
