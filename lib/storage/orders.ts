/**
 * Session-only items of the orders area. Buyer data (names from the order
 * pages) stays in storage.session: in memory, gone when the browser closes,
 * never written to disk, not readable by content scripts (Chrome's default
 * access level). Session items are not in PERSISTED_ITEMS: they do not survive
 * an update, so there is never an old version to migrate.
 */
import * as v from 'valibot';
import { OrderIdSchema } from '../domain/order-id-schema';
import { TabPageCheckSchema, type TabPageCheck } from '../domain/tab-page-check';

export { TabPageCheckSchema, type TabPageCheck };

/** At most this many orders are cached; the least recently seen are dropped first. */
export const ORDER_CACHE_LIMIT = 500;

/**
 * The cache as stored: entries are validated one by one on read (a damaged
 * entry is dropped, the rest kept), so the stored shape is loose here.
 */
export interface OrderCache {
  /** Least recently seen first. */
  orders: unknown[];
}
export const EMPTY_ORDER_CACHE: OrderCache = { orders: [] };

/** The order the next popup should open with (set just before action.openPopup()). */
export const PendingOrderSchema = v.nullable(v.object({ orderId: OrderIdSchema, at: v.number() }));
export type PendingOrder = v.InferOutput<typeof PendingOrderSchema>;

/** A pending order older than this is stale (the popup never came up to take it). */
export const PENDING_ORDER_TTL_MS = 60_000;

/** The self-check last reported by each Seller Central tab. */

export const PageChecksSchema = v.record(v.pipe(v.string(), v.regex(/^\d{1,10}$/)), TabPageCheckSchema);
export type PageChecks = v.InferOutput<typeof PageChecksSchema>;

/** Tabs remembered at most (closed tabs are removed as they close). */
export const PAGE_CHECK_LIMIT = 50;
