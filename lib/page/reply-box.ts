/**
 * The inbox thread's reply box and what the thread says of its order: the
 * text field (kat-textarea's shadow textarea, else a plain textarea), reading
 * and writing it so the page notices, and the order id and buyer name the
 * thread shows. Every lookup may fail on a page we have not seen: callers get
 * undefined or false and tell the seller.
 */
import { orderIdInText } from '../domain/order';
import { setFieldValue } from './contact-form-dom';
import { CONTACT_PAGE, INBOX_PAGE, queryFirst } from './selectors';

/** The textarea the seller types in, for a reply box found by INBOX_PAGE.replyBox. */
export function replyField(box: Element): HTMLTextAreaElement | null {
  if (box instanceof HTMLTextAreaElement) return box;
  return queryFirst<HTMLTextAreaElement>(box.shadowRoot ?? box, CONTACT_PAGE.contactTextAreaInner);
}

export const readReply = (box: Element): string => replyField(box)?.value ?? '';

/**
 * Put `text` where the seller's cursor is (replacing a selection; at the end
 * when the box was never focused) and fire the events a person's typing fires,
 * so the page enables its Send. True when the box holds the text afterwards.
 */
export function insertReply(box: Element, text: string): boolean {
  const field = replyField(box);
  if (!field || field.disabled || field.readOnly) return false;
  const value = field.value;
  const focused = field.ownerDocument.activeElement === box || field.matches(':focus');
  const start = focused ? field.selectionStart : value.length;
  const end = focused ? field.selectionEnd : value.length;
  const next = value.slice(0, start) + text + value.slice(end);
  if (field.maxLength > 0 && next.length > field.maxLength) return false;
  field.focus();
  setFieldValue(field, next);
  field.setSelectionRange(start + text.length, start + text.length);
  field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  return field.value === next;
}

export interface ThreadFacts {
  orderId?: string;
  buyerName?: string;
}

/** The thread's order: its Order Details link, else an order id in the thread's text, else the URL's search or thread. */
export function threadFacts(doc: Document = document, url = location.href): ThreadFacts {
  const thread = queryFirst(doc, INBOX_PAGE.thread) ?? doc.body;
  const link = thread ? queryFirst<HTMLAnchorElement>(thread, INBOX_PAGE.threadOrderLink) : null;
  const fromLink = link ? orderIdInText(decodeURIComponent(link.getAttribute('href') ?? '')) : undefined;
  const params = new URL(url).searchParams;
  const orderId = fromLink ?? orderIdInText(thread?.textContent) ?? orderIdInText(params.get('t')) ?? orderIdInText(params.get('ss'));
  const buyerName = thread ? queryFirst(thread, INBOX_PAGE.threadBuyerName)?.textContent?.trim() : undefined;
  return { ...(orderId ? { orderId } : {}), ...(buyerName ? { buyerName: buyerName.slice(0, 400) } : {}) };
}
