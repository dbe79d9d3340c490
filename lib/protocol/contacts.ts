/** Contacts: senders, email hand-off, history, bulk, buyer data. */
import type { EmailClient } from '../domain/email';
import type { Outcome } from '../domain/history';
import type { OrderFacts } from '../domain/order';
import type { HoldReason, Transport } from '../domain/queue';
import type { PurgeReport } from '../domain/retention';
import type { ImportRow, Sender, SenderChange } from '../domain/senders';
import {
  BulkEnqueueSchema,
  BulkPrepareSchema,
  DeleteAllSchema,
  EmailHandoffSchema,
  EmptySchema,
  HandOffSchema,
  ImportConfirmSchema,
  MarksInputSchema,
  OpenBulkSchema,
  OrderIdInputSchema,
  PermissionsFoundSchema,
  SenderAddressSchema,
  SenderInputSchema,
} from './contacts-schemas';
import { spec } from './spec';

export type SenderAnswer =
  { ok: true; sender: Sender; released: number; heldAgain: number } | { ok: false; why: Exclude<SenderChange, { ok: true }>['why'] };

export type EmailAnswer =
  | { state: 'held'; jobId: string; heldFor: HoldReason }
  | { state: 'handedOff'; jobId: string; url: string; client: EmailClient; bodyOmitted: boolean; opened: boolean };

/** What Parley's own pages see of one past message. */
export interface PastMessage {
  at: number;
  reason: string;
  transport: Transport;
  outcome: Outcome;
  /** Empty when the text could not be read (the buyer data was deleted meanwhile). */
  text: string;
  subject?: string;
  from?: string;
}

export interface BulkPrepared {
  orders: { orderId: string; facts?: OrderFacts }[];
  past: { orderId: string; reason: string; at: number }[];
  sellerName: string;
  autoSubmit: boolean;
}

export interface BulkRefusal {
  orderId: string;
  code: string;
  message: string;
}

export interface BulkEnqueued {
  queued: { orderId: string; jobId: string }[];
  refused: BulkRefusal[];
}

export interface DeleteCounts {
  history: number;
  jobs: number;
  keptJobs: number;
  drafts: number;
  orders: number;
}

export const contactsMessages = {
  /** Extension pages: the sender list and the email jobs waiting for a sender. */
  'contacts/senders': spec<{ senders: Sender[]; waiting: { jobId: string; orderId: string; from: string; state: 'held' | 'queued' }[] }>()(
    ['extension'],
    EmptySchema,
  ),
  /** Extension pages: add an address (approving one releases the messages held for it). */
  'contacts/senderAdd': spec<SenderAnswer>()(['extension'], SenderInputSchema),
  'contacts/senderSetStatus': spec<SenderAnswer>()(['extension'], SenderInputSchema),
  'contacts/senderRemove': spec<SenderAnswer>()(['extension'], SenderAddressSchema),
  /** Extension pages: what a Messaging Permissions page offered to import, compared with the list (or null). */
  'contacts/importPending': spec<{ review: { at: number; host: string; rows: ImportRow[] } | null }>()(['extension'], EmptySchema),
  'contacts/importConfirm': spec<{ imported: number; released: number }>()(['extension'], ImportConfirmSchema),
  'contacts/importDiscard': spec<{ discarded: true }>()(['extension'], EmptySchema),
  /** Extension pages (composer): send by email; held when From is not approved, else the compose window opens. */
  'contacts/emailHandoff': spec<EmailAnswer>()(['extension'], EmailHandoffSchema),
  /** Extension pages: open a released email job in the mail client. */
  'contacts/handOff': spec<EmailAnswer>()(['extension'], HandOffSchema),
  /** Extension pages (composer): the order's past messages from Parley. */
  'contacts/history': spec<{ messages: PastMessage[] }>()(['extension'], OrderIdInputSchema),
  /** Extension pages (bulk review): facts of the selected orders, their past contacts, the seller's name. */
  'contacts/bulkPrepare': spec<BulkPrepared>()(['extension'], BulkPrepareSchema),
  /** Extension pages (bulk review, Confirm): exactly the texts shown become queue jobs. */
  'contacts/bulkEnqueue': spec<BulkEnqueued>()(['extension'], BulkEnqueueSchema),
  /** Extension pages (options): what buyer data Parley holds, retention, last purge. */
  'contacts/buyerData': spec<{ counts: DeleteCounts; retentionDays: number; lastPurge?: PurgeReport }>()(['extension'], EmptySchema),
  /** Extension pages (options, after the confirm dialog): delete all buyer data and shred the key. */
  'contacts/deleteAll': spec<DeleteCounts>()(['extension'], DeleteAllSchema),
  /** Content: when each of these orders (shown on the page) was last contacted. Only times, only these ids. */
  'contacts/marks': spec<{ marks: Record<string, number> }>()(['content'], MarksInputSchema),
  /** Content (Messaging Permissions, after the seller clicked): the addresses the page lists, for review in options. */
  'contacts/permissionsFound': spec<{ count: number }>()(['content'], PermissionsFoundSchema),
  /** Content (Manage Orders): open the bulk review for these order ids (their facts are in the order cache). */
  'contacts/openBulk': spec<{ opened: true }>()(['content'], OpenBulkSchema),
};
