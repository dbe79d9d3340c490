/**
 * Bulk messages: one quick reply to several orders the seller selected on
 * Manage Orders. Every order gets its own final text (variables filled for it,
 * in the buyer's language) and its own rules check; the review shows each one
 * and only orders marked `ready` become queue jobs. Pure.
 *
 * Why an order is left out, in the order the checks run:
 *  excluded  notCached / noMarketplace / canceled / reasonUnavailable: Parley cannot or must not send it
 *  skipped   duplicate (listed twice) / alreadyContacted (same reason delivered before, unless included)
 *  blocked   unfilled / unknownVariable / malformed / empty / tooLong / rules: the text cannot go as it is
 */
import { buyerLanguageFor, marketplaceOf } from './language';
import type { OrderFacts } from './order';
import { lintMessage } from './policy';
import type { Finding, LintContext } from './policy/types';
import { reasonById, type Availability, type UnavailableCode } from './reasons';
import { renderTemplate, type RenderSettings } from './template-render';
import type { Template } from './templates';

import { BULK_LIMIT } from './bulk-limit';

export { BULK_LIMIT };

export type BulkStatus = 'ready' | 'skipped' | 'excluded' | 'blocked';
export type BulkWhy =
  | 'notCached'
  | 'noMarketplace'
  | 'canceled'
  | 'reasonUnavailable'
  | 'duplicate'
  | 'alreadyContacted'
  | 'unfilled'
  | 'unknownVariable'
  | 'malformed'
  | 'empty'
  | 'tooLong'
  | 'rules';

export interface BulkItem {
  orderId: string;
  status: BulkStatus;
  why?: BulkWhy;
  /** reasonUnavailable: the availability code; unfilled/unknownVariable: the variable names. */
  detail?: UnavailableCode | string[];
  /** reasonUnavailable: the whole answer (its params name the status, days, dates). */
  unavailable?: Availability;
  /** alreadyContacted: when the same reason was last delivered. */
  previousAt?: number;
  /** Set once facts are known. */
  marketplaceId?: string;
  host?: string;
  buyerName?: string;
  /** The final text, exactly what would be queued. */
  text?: string;
  /** The body's language; `fallback` when the buyer's language had no body. */
  lang?: string;
  fallback?: boolean;
  /** The buyer's language the body was picked for. */
  wanted?: string;
  findings: Finding[];
}

export interface PastContact {
  orderId: string;
  reason: string;
  at: number;
}

export type Lint = (text: string, context: LintContext) => Finding[];

export interface BulkOptions {
  template: Pick<Template, 'bodies'>;
  reason: string;
  now: Date;
  /** Delivered messages (history): same order + same reason is skipped unless included. */
  past: readonly PastContact[];
  /** Orders the seller included one by one although already contacted. */
  include?: ReadonlySet<string>;
  settings?: RenderSettings;
  /** The rules check; default lintMessage (tests may pass another). */
  lint?: Lint;
}

function lastDelivered(past: readonly PastContact[], orderId: string, reason: string): number | undefined {
  const times = past.filter((p) => p.orderId === orderId && p.reason === reason).map((p) => p.at);
  return times.length ? Math.max(...times) : undefined;
}

function planOne(orderId: string, facts: OrderFacts | undefined, o: BulkOptions): BulkItem {
  const item: BulkItem = { orderId, status: 'excluded', findings: [] };
  if (!facts) return { ...item, why: 'notCached' };
  const mp = marketplaceOf(facts);
  const marketplaceId = facts.marketplaceId ?? mp?.id;
  if (!marketplaceId) return { ...item, why: 'noMarketplace' };
  Object.assign(item, { marketplaceId, host: facts.host, ...(facts.buyerName ? { buyerName: facts.buyerName } : {}) });
  if (facts.status === 'canceled') return { ...item, why: 'canceled' };
  const reason = reasonById(o.reason);
  const availability = reason?.availability(facts, o.now);
  if (!reason || !reason.composable || !availability?.available) {
    return {
      ...item,
      why: 'reasonUnavailable',
      ...(availability && !availability.available ? { detail: availability.why, unavailable: availability } : {}),
    };
  }
  const wanted = buyerLanguageFor(facts)?.lang;
  const rendered = renderTemplate(o.template, facts, { ...o.settings, ...(wanted ? { lang: wanted } : {}) });
  const text = rendered.text;
  const lint = o.lint ?? lintMessage;
  const findings = lint(text, {
    reason: reason.id,
    maxLength: reason.text.max,
    critical: reason.critical,
    orderId,
    ...(wanted ? { buyerLanguage: wanted } : {}),
  });
  Object.assign(item, {
    text,
    lang: rendered.lang,
    fallback: rendered.fallback,
    findings,
    ...(rendered.wanted ? { wanted: rendered.wanted } : {}),
  });
  const previousAt = lastDelivered(o.past, orderId, reason.id);
  if (previousAt !== undefined && !o.include?.has(orderId)) return { ...item, status: 'skipped', why: 'alreadyContacted', previousAt };
  if (previousAt !== undefined) item.previousAt = previousAt;
  const blocked = (why: BulkWhy, detail?: string[]): BulkItem => ({ ...item, status: 'blocked', why, ...(detail ? { detail } : {}) });
  if (rendered.unfilled.length) return blocked('unfilled', [...new Set(rendered.unfilled.map((v) => v.name))]);
  if (rendered.unknown.length) return blocked('unknownVariable', [...new Set(rendered.unknown.map((v) => v.name))]);
  if (rendered.malformed.length) return blocked('malformed');
  if (text.trim().length < Math.max(1, reason.text.min)) return blocked('empty');
  if (text.length > reason.text.max) return blocked('tooLong');
  if (findings.some((f) => f.severity === 'error')) return blocked('rules');
  return { ...item, status: 'ready' };
}

/** Plan every selected order (at most BULK_LIMIT; the page never offers more). */
export function planBulk(orders: readonly { orderId: string; facts?: OrderFacts }[], options: BulkOptions): BulkItem[] {
  const seen = new Set<string>();
  return orders.slice(0, BULK_LIMIT).map(({ orderId, facts }) => {
    if (seen.has(orderId)) return { orderId, status: 'skipped', why: 'duplicate', findings: [] };
    seen.add(orderId);
    return planOne(orderId, facts?.orderId === orderId ? facts : undefined, options);
  });
}

export function bulkSummary(items: readonly BulkItem[]): Record<BulkStatus, number> {
  const count: Record<BulkStatus, number> = { ready: 0, skipped: 0, excluded: 0, blocked: 0 };
  for (const item of items) count[item.status]++;
  return count;
}

export interface BulkJob {
  orderId: string;
  marketplaceId: string;
  host: string;
  reason: string;
  text: string;
}

/** The jobs a confirmed review makes: exactly the ready items, with the text the seller saw. */
export function bulkJobs(items: readonly BulkItem[], reason: string): BulkJob[] {
  return items
    .filter((i) => i.status === 'ready' && i.text !== undefined && i.marketplaceId && i.host)
    .map((i) => ({ orderId: i.orderId, marketplaceId: i.marketplaceId!, host: i.host!, reason, text: i.text! }));
}
