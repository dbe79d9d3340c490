/**
 * The inbox's reply tools, background side: the quick replies for answering
 * buyers (kind reply or both), one of them filled for the thread's order, and
 * the popup's question of who is waiting on the inbox page in the active tab.
 * Filling happens here because the order cache and the seller's name live
 * here; the page gets the text only, and only for the order it shows.
 */
import { browser } from 'wxt/browser';
import { buyerLanguageFor, pickBody, type Lang } from '../domain/language';
import { buyerFirstName, type OrderFacts } from '../domain/order';
import type { InboxWaiting } from '../domain/reply-wait';
import { isSellerCentralUrl } from '../domain/marketplaces';
import { pageKindOf } from '../domain/seller-central-urls';
import { render, renderWithValues, type VariableValues } from '../domain/template-render';
import { templateKind } from '../domain/templates';
import { t } from '../i18n';
import type { ReplyFill, ReplyTemplates } from '../protocol/inbox';
import { err, ok, type Result } from '../result';
import { getSettings } from '../storage';
import { sendToTab } from '../tab-messaging';
import { listTemplates } from './composer-templates';
import { getOrder } from './orders-cache';

export async function replyTemplates(orderId: string | undefined): Promise<ReplyTemplates> {
  const [{ templates }, facts] = await Promise.all([listTemplates(), orderId ? getOrder(orderId) : undefined]);
  const lang = facts ? buyerLanguageFor(facts)?.lang : undefined;
  const replies = templates.filter((template) => templateKind(template) !== 'start');
  return lang ? { templates: replies, lang: lang as Lang } : { templates: replies };
}

/** What the thread shows stands in for the order's details Parley has not seen. */
function threadValues(orderId: string | undefined, buyerName: string | undefined, sellerName: string | undefined): VariableValues {
  const name = buyerName?.trim();
  const values: VariableValues = {};
  if (orderId) values.order_id = orderId;
  if (name) Object.assign(values, { buyer_name: name, buyer_first_name: buyerFirstName({ buyerName: name }) });
  if (sellerName?.trim()) values.seller_name = sellerName.trim();
  return values;
}

export async function fillReply(input: {
  templateId: string;
  lang: Lang;
  orderId?: string;
  thread: { buyerName?: string };
}): Promise<Result<ReplyFill>> {
  const [{ templates }, settings] = await Promise.all([listTemplates(), getSettings()]);
  const template = templates.find((tpl) => tpl.id === input.templateId && templateKind(tpl) !== 'start');
  if (!template) return err('not-found', t('inboxTemplateGone'));
  const facts: OrderFacts | undefined = input.orderId ? await getOrder(input.orderId) : undefined;
  const picked = pickBody(template, input.lang);
  const rendered = facts
    ? render(picked.body, facts, { sellerName: settings.sellerName, lang: picked.lang })
    : renderWithValues(picked.body, threadValues(input.orderId, input.thread.buyerName, settings.sellerName));
  return ok({
    text: rendered.text,
    lang: picked.lang,
    unfilled: [...new Set([...rendered.unfilled, ...rendered.unknown].map((v) => v.raw))],
    fromOrder: facts !== undefined,
  });
}

/** The inbox page in the active tab (or `tabId`) answers what it shows; null when that tab is no inbox or does not answer. */
export async function inboxWaiting(tabId?: number): Promise<InboxWaiting | null> {
  const tab =
    tabId === undefined
      ? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]
      : await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.id === undefined || !isSellerCentralUrl(tab.url) || pageKindOf(tab.url!) !== 'buyer-messages') return null;
  const answer = await sendToTab(tab.id, 'inbox/waiting', {});
  return answer.ok ? answer.value : null;
}
