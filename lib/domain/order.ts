/**
 * Order facts: what Parley knows about one order, read from Seller Central's
 * pages by lib/page and kept in the background's order cache. Everything the
 * composer decides (reasons, variables, language) is decided from these.
 */
import * as v from 'valibot';

export const ORDER_STATUSES = ['pending', 'unshipped', 'shipped', 'canceled', 'unknown'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const FULFILLMENTS = ['seller', 'amazon', 'unknown'] as const;
export type Fulfillment = (typeof FULFILLMENTS)[number];

/** Amazon order ids: 123-1234567-1234567; digital orders may start with D01. */
export const ORDER_ID_PATTERN = /^(?:\d{3}|D\d{2})-\d{7}-\d{7}$/;
export const isOrderId = (s: string): boolean => ORDER_ID_PATTERN.test(s);
const ORDER_ID_IN_TEXT = new RegExp(ORDER_ID_PATTERN.source.slice(1, -1));
/** The first order id written anywhere in a text (a page's words, a link). */
export const orderIdInText = (text: string | null | undefined): string | undefined => ORDER_ID_IN_TEXT.exec(text ?? '')?.[0];

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/** A date as the page shows it, and as an ISO date (YYYY-MM-DD) when it could be parsed. */
export const DateFactSchema = v.object({
  text: text(100),
  iso: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
});
export type DateFact = v.InferOutput<typeof DateFactSchema>;

export const OrderItemSchema = v.object({
  title: text(500),
  asin: v.optional(v.pipe(v.string(), v.regex(/^[A-Z0-9]{10}$/))),
  sku: v.optional(text(100)),
  quantity: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100000)),
  customized: v.optional(v.boolean()),
  digital: v.optional(v.boolean()),
  /** An Amazon Home Services item (installation, assembly): confirmServiceDetails is offered. */
  service: v.optional(v.boolean()),
});
export type OrderItem = v.InferOutput<typeof OrderItemSchema>;

export const OrderFactsSchema = v.object({
  orderId: v.pipe(v.string(), v.regex(ORDER_ID_PATTERN)),
  marketplaceId: v.optional(v.pipe(v.string(), v.regex(/^[A-Z0-9]{8,20}$/))),
  /** The Seller Central host the facts were read on. */
  host: text(100),
  /** Buyer's name as shown (page text: data, never markup). */
  buyerName: v.optional(text(400)),
  status: v.picklist(ORDER_STATUSES),
  /** The status label exactly as the page showed it, any language. */
  statusLabel: v.optional(text(200)),
  /** The line under the status on Manage Orders ("Ship by Nov 27, 2026", "Delivered …"): its date is read in the background. */
  statusNote: v.optional(text(200)),
  fulfillment: v.picklist(FULFILLMENTS),
  items: v.pipe(v.array(OrderItemSchema), v.maxLength(200)),
  purchaseDate: v.optional(DateFactSchema),
  shipBy: v.optional(DateFactSchema),
  deliverBy: v.optional(DateFactSchema),
  deliveredAt: v.optional(DateFactSchema),
  /** Same-origin path of the Contact Buyer page, when the page links it. */
  contactUrl: v.optional(text(2000)),
  /** BCP 47 code of the buyer's preferred language, when a page states it. */
  buyerLanguage: v.optional(text(20)),
  /** The Seller Central UI language of the page the facts came from (html lang). */
  pageLanguage: v.optional(text(20)),
  source: v.picklist(['list', 'details', 'contact']),
  seenAt: v.number(),
});
export type OrderFacts = v.InferOutput<typeof OrderFactsSchema>;

/** First name for greetings: the first word of the buyer's name, if any. */
export function buyerFirstName(facts: Pick<OrderFacts, 'buyerName'>): string | undefined {
  const first = facts.buyerName?.trim().split(/\s+/u)[0];
  return first || undefined;
}

export const isDigitalOrder = (f: Pick<OrderFacts, 'orderId' | 'items'>): boolean =>
  f.orderId.startsWith('D') || f.items.some((i) => i.digital === true);
export const isServiceOrder = (f: Pick<OrderFacts, 'items'>): boolean => f.items.some((i) => i.service === true);
export const isCustomizedOrder = (f: Pick<OrderFacts, 'items'>): boolean => f.items.some((i) => i.customized === true);
