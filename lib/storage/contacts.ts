/**
 * Stored items of the contacts area.
 *
 * Senders (`local:contactsSenders`): the seller's own addresses and whether
 * Amazon accepts mail from them. Not buyer data; never sent to content scripts.
 *
 * History (`local:contactsHistory`): one record per delivered (or failed)
 * message. Buyer data (text, buyer name, relay address, subject) lives only in
 * `personal`, sealed by the vault; the rest is what the marks and the bulk
 * review need (order id, reason, when, which way, outcome). Purged after the
 * retention setting (lib/background/retention.ts).
 *
 * Pending import (`session:contactsImport`): what a Messaging Permissions page
 * read, waiting for the seller to confirm it in the options page. Session only.
 */
import * as v from 'valibot';
import { PurgeReportSchema, type PurgeReport } from '../domain/retention';
import { ReadPermissionSchema } from '../domain/sender-schemas';

export { PurgeReportSchema, ReadPermissionSchema, type PurgeReport };
import { OUTCOMES, type ContactPersonal, type ContactRecord } from '../domain/history';
import { OrderIdSchema } from '../domain/order-id-schema';
import { TRANSPORTS } from '../domain/queue';
import { ADDRESS_MAX_LENGTH, SENDER_LIMIT, SENDER_SOURCES, SENDER_STATUSES, type Sender } from '../domain/senders';
import { SealedSchema, type Sealed } from './sealed';

const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const address = v.pipe(v.string(), v.minLength(3), v.maxLength(ADDRESS_MAX_LENGTH), v.includes('@'));

export const SenderSchema = v.object({
  address,
  status: v.picklist(SENDER_STATUSES),
  source: v.picklist(SENDER_SOURCES),
  addedAt: time,
  updatedAt: time,
});

/** Loose on the list (entries are checked one by one on read), strict for saved examples. */
export const SendersDataSchema = v.object({ senders: v.array(v.unknown()) });
export const SendersDataStrictSchema = v.object({ senders: v.pipe(v.array(SenderSchema), v.maxLength(SENDER_LIMIT)) });
export type SendersData = { senders: unknown[] };
export const EMPTY_SENDERS: SendersData = { senders: [] };
export type { Sender };

export const StoredRecordSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}:[A-Za-z]{1,20}$/)),
  jobId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/)),
  orderId: OrderIdSchema,
  marketplaceId: v.pipe(v.string(), v.regex(/^[A-Z0-9]{8,20}$/)),
  reason: v.pipe(v.string(), v.regex(/^[A-Za-z]{1,40}$/)),
  transport: v.picklist(TRANSPORTS),
  outcome: v.picklist(OUTCOMES),
  at: time,
  from: v.optional(address),
  personal: SealedSchema,
});
export type StoredRecord = ContactRecord<Sealed>;
export type { ContactPersonal };

export const HistoryDataSchema = v.object({ records: v.array(v.unknown()), lastPurge: v.optional(PurgeReportSchema) });
export const HistoryDataStrictSchema = v.object({ records: v.array(StoredRecordSchema), lastPurge: v.optional(PurgeReportSchema) });
export type HistoryData = { records: unknown[]; lastPurge?: PurgeReport };
export const EMPTY_HISTORY: HistoryData = { records: [] };

export const PendingImportSchema = v.nullable(
  v.object({
    at: time,
    host: v.pipe(v.string(), v.maxLength(100)),
    entries: v.pipe(v.array(ReadPermissionSchema), v.maxLength(SENDER_LIMIT * 2)),
  }),
);
export type PendingImport = v.InferOutput<typeof PendingImportSchema>;
