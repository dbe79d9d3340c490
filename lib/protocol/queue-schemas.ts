/**
 * Payload schemas of the queue's messages (wired in lib/protocol/). Strict
 * objects: an unknown field is a malformed message, refused before any handler.
 * Text length is checked by the handler too, to answer in plain words.
 */
import * as v from 'valibot';
import { OrderIdSchema } from './spec';
import { isSellerCentralHost } from '../domain/marketplaces';
import { TRANSPORTS } from '../domain/queue';
import { FORM_OUTCOMES } from '../domain/queue-view';

const orderId = OrderIdSchema;
const jobId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/));

export const EnqueueInputSchema = v.strictObject({
  orderId,
  marketplaceId: v.pipe(v.string(), v.regex(/^[A-Z0-9]{8,20}$/)),
  host: v.pipe(v.string(), v.check(isSellerCentralHost, 'not a Seller Central host')),
  reason: v.pipe(v.string(), v.regex(/^[A-Za-z]{1,40}$/)),
  /** Bounded here; empty or over 4000 characters is answered by the handler in plain words. */
  text: v.pipe(v.string(), v.maxLength(20_000)),
  transport: v.picklist(TRANSPORTS),
  /** The seller's "Send for me" for this message; absent: the setting decides. */
  autoSubmit: v.optional(v.boolean()),
});

export const QueueActionInputSchema = v.strictObject({
  jobId,
  action: v.picklist(['retry', 'cancel', 'confirmSent', 'requeue']),
});

export const QueuePauseInputSchema = v.strictObject({ paused: v.boolean() });
export const QuarantineDismissInputSchema = v.strictObject({ id: jobId });
export const FormReadyInputSchema = v.strictObject({ orderId });
export const FileDataInputSchema = v.strictObject({ jobId, fileId: jobId });
export const FormReportInputSchema = v.strictObject({
  jobId,
  attempt: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  outcome: v.picklist(FORM_OUTCOMES),
  message: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  /** The reason option the seller chose when Parley asked (label and value, as the page shows them). */
  chosen: v.optional(v.strictObject({ label: v.pipe(v.string(), v.maxLength(200)), value: v.pipe(v.string(), v.maxLength(200)) })),
});
