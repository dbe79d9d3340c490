/**
 * Messages the background sends to a Seller Central tab's top frame, in the
 * same typed form as the rest of the protocol. The tab checks each one: it came
 * from our own background (not another tab or extension) and its input passes
 * the schema (lib/messaging.ts: tabMessageOf, onTabMessage).
 */
import * as v from 'valibot';
import { OrderIdSchema } from '../domain/order-id-schema';
import type { InboxWaiting } from '../domain/reply-wait';

export interface TabMessageSpec<I extends v.GenericSchema, O> {
  input: I;
  /** Phantom: never read at run time. */
  output?: O;
}

const tabSpec =
  <O>() =>
  <I extends v.GenericSchema>(input: I): TabMessageSpec<I, O> => ({ input });

const MarketplaceIdSchema = v.pipe(v.string(), v.regex(/^[A-Z0-9]{8,20}$/));

export const tabProtocol = {
  /** The seller chose "Copy buyer's encrypted email address" on a buyer link of this tab. */
  'orders/copyAddress': tabSpec<{ copied: true }>()(v.object({ orderId: OrderIdSchema })),
  /** The email hand-off needs this order's relay address, looked up with the seller's session. */
  'contacts/relayAddress': tabSpec<{ address: string }>()(
    // A marketplace id the tab cannot use is dropped, not fatal: the lookup then follows the buyer link.
    v.object({ orderId: OrderIdSchema, marketplaceId: v.optional(v.fallback(v.optional(MarketplaceIdSchema), undefined)) }),
  ),
  /** The seller asked for a page report (lib/page/page-report.ts): the page's structure without its data. */
  'page/report': tabSpec<{ report: string }>()(v.object({})),
  /** The popup asks who is waiting on this inbox page (what the page shows; nothing is fetched). */
  'inbox/waiting': tabSpec<InboxWaiting>()(v.object({})),
  /** History changed: ask again for the marks of your orders. Carries no data. */
  'contacts/marksChanged': tabSpec<null>()(v.object({})),
};

export type TabProtocol = typeof tabProtocol;
export type TabMessageType = keyof TabProtocol;
export type TabInputOf<K extends TabMessageType> = v.InferOutput<TabProtocol[K]['input']>;
export type TabOutputOf<K extends TabMessageType> = NonNullable<TabProtocol[K]['output']>;
