/**
 * The inbox list's threads that need a response, read by meaning: a status
 * label (the page's case-status-label, else an element whose whole text is
 * "Response needed" in a Seller Central language), the thread around it, the
 * order id in its text, and the time of the buyer's last message: a <time
 * datetime> when the page has one (exact), else a short text that reads as a
 * page time (reply-wait.ts, read as this computer's time zone).
 */
import { orderIdInText } from '../domain/order';
import { readPageTime, waitOf, type PageTime, type Wait } from '../domain/reply-wait';
import { INBOX_PAGE, queryAll } from './selectors';

/** "Response needed" as the inbox's filter and labels say it (folded to lower case). */
const RESPONSE_NEEDED = [
  'response needed',
  'needs response',
  'antwort erforderlich',
  'réponse requise',
  'reponse requise',
  'respuesta necesaria',
  'risposta necessaria',
  '要返信',
  '返信が必要',
  '需要回复',
  '需回复',
];

export interface WaitingThread {
  item: Element;
  label: Element;
  orderId?: string;
  time?: PageTime;
  wait?: Wait;
}

const textOf = (el: Element): string => (el.textContent ?? '').replace(/\s+/g, ' ').trim();
const saysResponseNeeded = (el: Element): boolean => RESPONSE_NEEDED.includes(textOf(el).toLowerCase());

/** Status labels of the list: by their class, else leaf elements whose whole text says "Response needed". */
export function responseNeededLabels(root: ParentNode): Element[] {
  const labelled = queryAll(root, INBOX_PAGE.statusLabel).filter(saysResponseNeeded);
  if (labelled.length > 0) return labelled;
  return [...root.querySelectorAll('span, div, strong, b')].filter((el) => el.childElementCount === 0 && saysResponseNeeded(el));
}

function itemOf(label: Element): Element | null {
  for (const selector of INBOX_PAGE.threadItem) {
    const item = label.closest(selector);
    // Not the filter bar: a thread holds more than its label.
    if (item && textOf(item) !== textOf(label)) return item;
  }
  return null;
}

/** The buyer's last message time shown in the thread: <time datetime>, else a short leaf text with a digit that reads as a time. */
function timeIn(item: Element, now: Date, lang: string | undefined): PageTime | undefined {
  const stamped = item.querySelector('time[datetime]')?.getAttribute('datetime');
  if (stamped && !Number.isNaN(Date.parse(stamped)) && /T\d/.test(stamped)) {
    return { at: new Date(stamped), dayOnly: false, assumedLocal: true };
  }
  const hinted = [...item.querySelectorAll('time, [class*="time"], [class*="date"]')];
  const leaves = [...item.querySelectorAll('*')].filter((el) => el.childElementCount === 0);
  for (const el of [...hinted, ...leaves]) {
    const text = textOf(el);
    if (text.length === 0 || text.length > 40 || !/\d/.test(text) || orderIdInText(text)) continue;
    const time = readPageTime(text, now, lang);
    if (time) return time;
  }
  return undefined;
}

/** Every thread of the list that needs a response, with how long its buyer has waited when the page says. */
export function waitingThreads(root: ParentNode, now: Date, lang?: string): WaitingThread[] {
  const seen = new Set<Element>();
  const threads: WaitingThread[] = [];
  for (const label of responseNeededLabels(root)) {
    const item = itemOf(label);
    if (!item || seen.has(item)) continue;
    seen.add(item);
    const orderId = orderIdInText(textOf(item));
    const time = timeIn(item, now, lang);
    threads.push({ item, label, ...(orderId ? { orderId } : {}), ...(time ? { time, wait: waitOf(time, now) } : {}) });
  }
  return threads;
}
