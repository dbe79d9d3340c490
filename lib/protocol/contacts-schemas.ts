/**
 * Payload schemas of the contacts messages (wired in lib/protocol/). Strict
 * objects: an unknown field is a malformed message. Lists and strings are
 * bounded; what comes from a page is data and is checked again by the handler.
 */
import * as v from 'valibot';
import { OrderIdSchema } from './spec';
import { BULK_LIMIT } from '../domain/bulk';
import { EMAIL_CLIENTS, SUBJECT_MAX_LENGTH } from '../domain/email';
import { isSellerCentralHost } from '../domain/marketplaces';
import { ADDRESS_MAX_LENGTH, SENDER_LIMIT, SENDER_STATUSES } from '../domain/senders';
import { ReadPermissionSchema } from '../domain/sender-schemas';

const orderId = OrderIdSchema;
const orderIds = (max: number) => v.pipe(v.array(orderId), v.minLength(1), v.maxLength(max));
const marketplaceId = v.pipe(v.string(), v.regex(/^[A-Z0-9]{8,20}$/));
const host = v.pipe(v.string(), v.check(isSellerCentralHost, 'not a Seller Central host'));
const reason = v.pipe(v.string(), v.regex(/^[A-Za-z]{1,40}$/));
/** Typed by the seller: bounded here, validated by lib/domain/senders.ts in the handler. */
const address = v.pipe(v.string(), v.maxLength(ADDRESS_MAX_LENGTH + 20));
const text = v.pipe(v.string(), v.maxLength(20_000));
const jobId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/));

export const EmptySchema = v.strictObject({});
export const SenderInputSchema = v.strictObject({ address, status: v.picklist(SENDER_STATUSES) });
export const SenderAddressSchema = v.strictObject({ address });
export const ImportConfirmSchema = v.strictObject({ addresses: v.pipe(v.array(address), v.maxLength(SENDER_LIMIT * 2)) });

export const EmailHandoffSchema = v.strictObject({
  orderId,
  marketplaceId,
  host,
  reason,
  text,
  subject: v.pipe(v.string(), v.maxLength(SUBJECT_MAX_LENGTH * 4)),
  from: address,
  client: v.optional(v.picklist(EMAIL_CLIENTS)),
  omitBody: v.optional(v.boolean()),
});
export const HandOffSchema = v.strictObject({ jobId, client: v.optional(v.picklist(EMAIL_CLIENTS)), omitBody: v.optional(v.boolean()) });

export const OrderIdInputSchema = v.strictObject({ orderId });
export const BulkPrepareSchema = v.strictObject({ orderIds: orderIds(BULK_LIMIT) });
export const BulkEnqueueSchema = v.strictObject({
  items: v.pipe(v.array(v.strictObject({ orderId, marketplaceId, host, reason, text })), v.minLength(1), v.maxLength(BULK_LIMIT)),
  autoSubmit: v.boolean(),
});
/** The seller confirmed in a dialog; a bare call without it is refused. */
export const DeleteAllSchema = v.strictObject({ confirm: v.literal(true) });

// -- from content scripts --
/** The order ids on the page the marks are wanted for (Manage Orders shows up to 100; a details page one). */
export const MarksInputSchema = v.strictObject({ orderIds: orderIds(200) });
export const PermissionsFoundSchema = v.strictObject({
  entries: v.pipe(v.array(ReadPermissionSchema), v.minLength(1), v.maxLength(SENDER_LIMIT * 2)),
});
export const OpenBulkSchema = v.strictObject({ orderIds: orderIds(BULK_LIMIT) });
