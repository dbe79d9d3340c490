/** Orders: the order cache, the Contact button, the page self-check. */
import * as v from 'valibot';
import type { OrderFacts } from '../domain/order';
import { PageCheckSchema } from '../domain/page-check';
import type { TabPageCheck } from '../domain/tab-page-check';
import { OrderIdSchema, spec } from './spec';

/** What the popup home shows about the active tab. */
export type ActiveTabCheck =
  /** Not a Seller Central tab (or no tab): nothing to say. */
  | { state: 'not-seller-central' }
  /** A Seller Central page that is not an orders page. */
  | { state: 'other-page' }
  /** An orders page that never reported: the content script is not running there (yet). */
  | { state: 'no-report'; kind: 'orders-list' | 'order-details' }
  | { state: 'reported'; check: TabPageCheck };

export type OpenedAs = 'popup' | 'window';

/** A fact from the page that did not pass the schema, by position in the batch. */
export interface RefusedFact {
  index: number;
  message: string;
}

export const ordersMessages = {
  /** Content: facts of the order rows shown (validated one by one) and the page's self-check. */
  'orders/report': spec<{ stored: number; refused: RefusedFact[] }>()(
    ['content'],
    v.strictObject({ facts: v.pipe(v.array(v.unknown()), v.maxLength(500)), check: v.optional(PageCheckSchema) }),
  ),
  /** Content: the seller pressed Contact; cache the facts (if valid) and open the composer. */
  'orders/openComposer': spec<{ opened: OpenedAs }>()(
    ['content'],
    v.strictObject({ orderId: OrderIdSchema, facts: v.optional(v.unknown()) }),
  ),
  /** Extension pages: one cached order. */
  'orders/get': spec<OrderFacts>()(['extension'], v.strictObject({ orderId: OrderIdSchema })),
  /** Extension pages: the most recently seen orders, newest first. */
  'orders/recent': spec<OrderFacts[]>()(
    ['extension'],
    v.strictObject({ limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100))) }),
  ),
  /** Extension pages: the self-check of the active Seller Central tab (or of `tabId`). */
  'orders/pageCheck': spec<ActiveTabCheck>()(
    ['extension'],
    v.strictObject({ tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  ),
  /** Extension pages: a page report of the active Seller Central tab (or of `tabId`, or of the queue's tab), for a bug report. */
  'orders/pageReport': spec<{ report: string }>()(
    ['extension'],
    v.strictObject({ tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))), queueTab: v.optional(v.literal(true)) }),
  ),
  /** The toolbar popup: the order it was opened for by a Contact button (taken once), or null. */
  /** Content (order pages): inject the order pages' extras (bulk selection, contacted marks) into this tab. */
  'orders/loadExtras': spec<{ loaded: boolean }>()(['content'], v.strictObject({})),
  'orders/takePending': spec<{ orderId: string | null }>()(['extension'], v.strictObject({})),
};
