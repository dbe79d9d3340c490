/**
 * What must hold before a message may become a queue job, decided from data: the
 * same checks the composer and the bulk review make before they offer Send, made
 * again by the worker on what it was sent (a page can be tampered with, a popup
 * can be stale). Pure; the background supplies the order facts it has cached.
 */
import type { OrderFacts } from './order';
import { buyerLanguageFor } from './language';
import { lintMessage } from './policy';
import type { LintContext } from './policy/types';
import { reasonById, type ContactReason } from './reasons';
import { checkFiles, type FileMeta } from './attachments';

export interface MessageToCheck {
  orderId: string;
  marketplaceId: string;
  host: string;
  reason: string;
  text: string;
  /** The files going with a Contact Buyer form message (checked like the composer does); absent for email. */
  files?: readonly Pick<FileMeta, 'id' | 'name' | 'size' | 'type'>[];
}

export type MessageRefusal =
  /** The worker does not know the order (bulk requires it: the review was built from the cache). */
  | 'notCached'
  | 'canceled'
  /** The message names another host or marketplace than the order was seen on. */
  | 'mismatch'
  /** Not a reason Parley composes, or not one Amazon offers for this order now. */
  | 'reason'
  | 'empty'
  | 'tooLong'
  /** The rules check found an error. */
  | 'rules'
  /** A file problem: a kind Amazon does not take, over 10 MB, too many, or none for a reason that needs one. */
  | 'files';

/** The rules check's context for one order and reason, as the composer builds it. */
export function lintContextFor(
  order: Pick<OrderFacts, 'orderId'> & Partial<OrderFacts>,
  reason: ContactReason | undefined,
  buyerLang?: string,
): LintContext {
  const ctx: LintContext = { orderId: order.orderId, isReply: false };
  if (reason) Object.assign(ctx, { reason: reason.id, maxLength: reason.text.max, critical: reason.critical });
  if (buyerLang) ctx.buyerLanguage = buyerLang;
  return ctx;
}

/**
 * Why this message may not be queued, or undefined when it may. `facts` is what the
 * background knows of the order; without them the availability of the reason cannot
 * be judged again, so `requireFacts` decides whether that refuses the message.
 */
export function refusalOf(
  message: MessageToCheck,
  facts: OrderFacts | undefined,
  now: Date,
  requireFacts: boolean,
): MessageRefusal | undefined {
  if (!facts && requireFacts) return 'notCached';
  if (facts?.status === 'canceled') return 'canceled';
  if (facts && (facts.host !== message.host || (facts.marketplaceId && facts.marketplaceId !== message.marketplaceId))) return 'mismatch';
  const reason = reasonById(message.reason);
  if (!reason?.composable || (facts && !reason.availability(facts, now).available)) return 'reason';
  if (message.text.trim() === '') return 'empty';
  if (message.text.length > reason.text.max) return 'tooLong';
  const context = lintContextFor({ orderId: message.orderId }, reason, facts ? buyerLanguageFor(facts)?.lang : undefined);
  if (lintMessage(message.text, context).some((f) => f.severity === 'error')) return 'rules';
  if (message.files && checkFiles(message.files, reason.id).length > 0) return 'files';
  return undefined;
}
