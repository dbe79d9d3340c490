import { AT_RISK_HOURS, type InboxWaiting, type Wait } from '../../domain/reply-wait';
import { t } from '../../i18n';
import { ok } from '../../result';
import { onTabMessage } from '../../tab-messaging';
import type { PageFeature } from '../feature-registry';
import { waitingThreads, type WaitingThread } from '../inbox-threads';
import { observe } from '../observe';
import { INBOX_PAGE } from '../selectors';

/**
 * Who is waiting, on the inbox list: beside each thread that needs a
 * response, how long the buyer has waited and how much of Amazon's 24 hours
 * is left, from the time the page shows (read as this computer's time zone,
 * and said so in the badge's title); the longest wait at risk is marked.
 * Updated as the list changes and every minute. Answers the popup's count
 * ('inbox/waiting') from the same reading. Nothing is fetched.
 */
export const BADGE_SELECTOR = '[data-parley="reply-wait"]';
const REFRESH_MS = 60_000;
const SETTLE_MS = 150;

const STYLE: Record<Wait['state'] | 'unread', string> = {
  ok: 'background:#e6f4f1;color:#067d62',
  atRisk: 'background:#fff4e5;color:#8a4b00;border:1px solid #c45500',
  overdue: 'background:#fde7e9;color:#b12704;border:1px solid #b12704',
  unread: 'background:#f0f2f2;color:#565959',
};
const BASE = 'display:inline-block;margin:2px 0 0 6px;padding:1px 6px;border-radius:3px;font:12px/1.5 Arial,sans-serif';

function badgeText(wait: Wait | undefined): string {
  if (!wait) return t('inboxWaitUnread');
  if (wait.state === 'overdue') return t(wait.dayOnly ? 'inboxWaitOverdueAtLeast' : 'inboxWaitOverdue', String(wait.waitedHours));
  // Whole hours left round down (never more than is left), so the last hour would read "0 h left": say it.
  if (wait.leftHours < 1) return t(wait.dayOnly ? 'inboxWaitLastHourAtLeast' : 'inboxWaitLastHour', String(wait.waitedHours));
  return t(wait.dayOnly ? 'inboxWaitAtLeast' : 'inboxWait', [String(wait.waitedHours), String(wait.leftHours)]);
}

function badgeFor(thread: WaitingThread): HTMLElement {
  const existing = thread.item.querySelector<HTMLElement>(BADGE_SELECTOR);
  if (existing) return existing;
  const badge = document.createElement('span');
  badge.setAttribute('data-parley', 'reply-wait');
  thread.label.after(badge);
  return badge;
}

/** The page's waiting threads, each with its badge drawn; the counts for the popup. */
export function drawWaits(root: ParentNode, now: Date, lang?: string): InboxWaiting {
  const threads = waitingThreads(root, now, lang);
  const longest = threads
    .filter((th) => (th.wait?.waitedHours ?? -1) >= AT_RISK_HOURS)
    .sort((a, b) => b.time!.at.getTime() - a.time!.at.getTime())
    .pop();
  for (const thread of threads) {
    const badge = badgeFor(thread);
    const state = thread.wait?.state ?? 'unread';
    const text = badgeText(thread.wait) + (thread === longest ? ` · ${t('inboxWaitLongest')}` : '');
    if (badge.textContent !== text) badge.textContent = text;
    badge.setAttribute('data-state', state);
    badge.toggleAttribute('data-longest', thread === longest);
    badge.title = t('inboxWaitNote');
    badge.style.cssText = `${BASE};${STYLE[state]}${thread === longest ? ';font-weight:bold;box-shadow:0 0 0 2px #c45500' : ''}`;
  }
  return {
    waiting: threads.length,
    atRisk: threads.filter((th) => th.wait?.state === 'atRisk').length,
    overdue: threads.filter((th) => th.wait?.state === 'overdue').length,
    unread: threads.filter((th) => !th.wait).length,
  };
}

export const inboxWait: PageFeature = {
  id: 'inbox-wait',
  pages: ['buyer-messages'],
  init(_ctx, signal) {
    let counts: InboxWaiting = { waiting: 0, atRisk: 0, overdue: 0, unread: 0 };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const draw = (): void => {
      timer = undefined;
      if (!signal.aborted) counts = drawWaits(document, new Date(), document.documentElement.lang || undefined);
    };
    const soon = (): void => {
      if (timer === undefined) timer = setTimeout(draw, SETTLE_MS);
    };
    draw();
    observe(INBOX_PAGE.statusLabel, soon, { signal, repeat: true });
    observe(INBOX_PAGE.threadItem, soon, { signal, ignoreOwnMutations: true });
    const every = setInterval(draw, REFRESH_MS);
    signal.addEventListener('abort', () => {
      clearInterval(every);
      clearTimeout(timer);
      for (const badge of document.querySelectorAll(BADGE_SELECTOR)) badge.remove();
    });
    onTabMessage(
      'inbox/waiting',
      async () => {
        draw();
        return ok(counts);
      },
      signal,
    );
  },
};
