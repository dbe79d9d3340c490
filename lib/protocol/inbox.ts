/**
 * The Buyer-Seller Messages inbox area: the reply tools a content script asks
 * for on the inbox (injected on demand), the quick replies for answering
 * buyers, one filled for the thread's order, and the popup's question about
 * who is waiting on the open inbox page.
 */
import * as v from 'valibot';
import { LANGS, type Lang } from '../domain/language';
import type { InboxWaiting } from '../domain/reply-wait';
import type { Template } from '../domain/templates';
import { TemplateIdSchema } from './composer-schemas';
import { OrderIdSchema, spec } from './spec';

export interface ReplyTemplates {
  /** Quick replies of kind reply or both, the seller's first, then the starters still shown. */
  templates: Template[];
  /** The language the buyer most likely reads (from the order Parley saw), when known. */
  lang?: Lang;
}

export interface ReplyFill {
  text: string;
  /** The body's language (the one asked for, else the template's fallback). */
  lang: Lang;
  /** Variables without a value for this thread ({{name}} as written), left in the text for the seller. */
  unfilled: string[];
  /** True when the order's details came from Parley's order cache, not only the thread. */
  fromOrder: boolean;
}

/** What the thread itself shows of its order, when Parley has not seen the order. */
const ThreadFactsSchema = v.strictObject({
  buyerName: v.optional(v.pipe(v.string(), v.maxLength(400))),
});

export const inboxMessages = {
  /** The inbox page's content script: inject the reply tools (entrypoints/reply-tools.ts) into this tab. */
  'inbox/loadTools': spec<{ loaded: boolean }>()(['content'], v.strictObject({})),
  /** The reply tools: the quick replies for answering buyers, and the buyer's likely language for this order. */
  'inbox/templates': spec<ReplyTemplates>()(['content'], v.strictObject({ orderId: v.optional(OrderIdSchema) })),
  /** The reply tools: one quick reply filled for the thread's order. */
  'inbox/fill': spec<ReplyFill>()(
    ['content'],
    v.strictObject({
      templateId: TemplateIdSchema,
      lang: v.picklist(LANGS),
      orderId: v.optional(OrderIdSchema),
      thread: ThreadFactsSchema,
    }),
  ),
  /** The popup: who is waiting on the inbox page in the active tab, or `tabId` (null when that tab shows no inbox). */
  'inbox/waiting': spec<{ waiting: InboxWaiting | null }>()(
    ['extension'],
    v.strictObject({ tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))) }),
  ),
};
