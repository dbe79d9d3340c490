import * as v from 'valibot';
import { EVENT_TYPES, HISTORY_LIMIT, HOLD_REASONS, JOB_STATES, MAX_ATTEMPTS, TRANSPORTS, type Job } from '../domain/queue';
import { isSellerCentralHost } from '../domain/marketplaces';
import { OrderIdSchema } from '../domain/order-id-schema';
import { SealedSchema, type Sealed } from './sealed';

/**
 * The send queue at rest (item `local:queue`, version 1). Jobs are validated
 * one by one when loaded (lib/background/queue-store.ts): a damaged job is
 * moved to the quarantine item and reported, the others run on. The message
 * text lives only in `personal`, sealed by the vault (buyer data at rest).
 */
const time = v.pipe(v.number(), v.integer(), v.minValue(0));
const short = (max: number) => v.pipe(v.string(), v.maxLength(max));

export const JobErrorSchema = v.object({
  code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,60}$/)),
  message: v.optional(short(1000)),
});

const HistoryEntrySchema = v.object({
  at: time,
  event: v.picklist(EVENT_TYPES),
  from: v.picklist(JOB_STATES),
  to: v.picklist(JOB_STATES),
  code: v.optional(short(60)),
});

export const JOB_ID_PATTERN = /^[A-Za-z0-9-]{1,64}$/;
export const MARKETPLACE_ID_PATTERN = /^[A-Z0-9]{8,20}$/;
export const REASON_PATTERN = /^[A-Za-z]{1,40}$/;

export const StoredJobSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(JOB_ID_PATTERN)),
    orderId: OrderIdSchema,
    marketplaceId: v.pipe(v.string(), v.regex(MARKETPLACE_ID_PATTERN)),
    host: v.pipe(v.string(), v.check(isSellerCentralHost)),
    reason: v.pipe(v.string(), v.regex(REASON_PATTERN)),
    transport: v.picklist(TRANSPORTS),
    idempotencyKey: short(200),
    state: v.picklist(JOB_STATES),
    heldFor: v.optional(v.picklist(HOLD_REASONS)),
    attempts: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_ATTEMPTS)),
    createdAt: time,
    updatedAt: time,
    nextAttemptAt: v.optional(time),
    deadlineAt: v.optional(time),
    startedAt: v.optional(time),
    sentAt: v.optional(time),
    lastError: v.optional(JobErrorSchema),
    autoSubmit: v.boolean(),
    history: v.pipe(v.array(HistoryEntrySchema), v.maxLength(HISTORY_LIMIT)),
    personal: SealedSchema,
  }),
  v.check((job) => (job.state === 'held') === (job.heldFor !== undefined), 'a held job says why, and only a held job'),
);
export type StoredJob = Job<Sealed>;

/** The item as a whole: per-job checks happen on load, so one bad job never hides the others. */
export const QueueDataSchema = v.object({ jobs: v.array(v.unknown()) });
/** What a healthy item holds (the migration tests check saved examples against it). */
export const QueueDataStrictSchema = v.object({ jobs: v.array(StoredJobSchema) });
export type QueueData = { jobs: unknown[] };
export const EMPTY_QUEUE: QueueData = { jobs: [] };

/** A damaged job, kept as it was found (the seller may want to see the order id) until dismissed. */
export const QuarantineEntrySchema = v.object({
  id: v.pipe(v.string(), v.regex(JOB_ID_PATTERN)),
  at: time,
  /** The order id, when the damaged record still had a readable one. */
  orderId: v.optional(OrderIdSchema),
  /** First validation problem, in the schema's words (no record content). */
  why: short(300),
  raw: v.unknown(),
});
export type QuarantineEntry = v.InferOutput<typeof QuarantineEntrySchema>;
export const QuarantineDataSchema = v.object({ entries: v.pipe(v.array(QuarantineEntrySchema), v.maxLength(100)) });
export type QuarantineData = v.InferOutput<typeof QuarantineDataSchema>;
export const EMPTY_QUARANTINE: QuarantineData = { entries: [] };
export const QUARANTINE_LIMIT = 100;
