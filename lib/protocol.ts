/**
 * The one protocol map: every message a page or extension page may send to the
 * background, who may send it, and the schema its payload must pass.
 * Output types ride along as phantom types so callers get typed answers.
 *
 * Senders:
 *  - 'content':   a Parley content script in the top frame of a Seller Central tab
 *  - 'extension': a Parley extension page (popup, options, composer window)
 */
import * as v from 'valibot';
import type { OrderFacts } from './domain/order';
import type { ActiveTabCheck } from './background/orders-page-check';
import type { OpenedAs } from './background/orders-open';
import type { RefusedFact } from './background/orders-cache';
import { ORDER_ID_PATTERN } from './domain/order';
import { PageCheckSchema } from './domain/page-check';
import type { FormReportOutput, FormWork, JobView, QueueListOutput } from './domain/queue-view';
import {
  EnqueueInputSchema,
  FormReadyInputSchema,
  FormReportInputSchema,
  QuarantineDismissInputSchema,
  QueueActionInputSchema,
  QueuePauseInputSchema,
} from './domain/queue-messages';
import type { Settings } from './storage/settings';
import type { TemplateList, SaveAnswer } from './background/composer-templates';
import type { ImportReport } from './background/composer-import';
import type { StoredDraftView } from './background/composer-drafts';
import type { TabOrder } from './background/composer-tab';
import {
  DraftInputSchema,
  ImportInputSchema,
  OrderIdSchema,
  SettingsPatchSchema,
  TemplateIdSchema,
  TemplateInputSchema,
} from './background/composer-schemas';
import type { Sender } from './domain/senders';
import type { ImportRow } from './domain/senders';
import type { SenderAnswer } from './background/contacts-senders';
import type { EmailAnswer } from './background/contacts-email';
import type { PastMessage } from './background/contacts-history';
import type { BulkEnqueued, BulkPrepared } from './background/contacts-bulk';
import type { DeleteCounts } from './background/contacts-retention';
import type { PurgeReport } from './storage/contacts';
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
} from './background/contacts-schemas';

export type SenderKind = 'content' | 'extension';

export interface MessageSpec<I extends v.GenericSchema, O> {
  from: readonly SenderKind[];
  input: I;
  /** Phantom: never read at run time. */
  output?: O;
}

const spec = <O>() => <I extends v.GenericSchema>(from: readonly SenderKind[], input: I): MessageSpec<I, O> => ({ from, input });

export interface PingOutput {
  version: string;
  sender: SenderKind;
}

// Each area adds its messages under its own marker (keeps parallel work apart).
export const protocol = {
  /** Health check; also proves the round trip in e2e tests. */
  ping: spec<PingOutput>()(['content', 'extension'], v.strictObject({})),
  // -- orders: order cache, contact button, copy address (issue 3) --
  /** Content: facts of the order rows shown (validated one by one) and the page's self-check. */
  'orders/report': spec<{ stored: number; refused: RefusedFact[] }>()(
    ['content'],
    v.strictObject({ facts: v.pipe(v.array(v.unknown()), v.maxLength(500)), check: v.optional(PageCheckSchema) }),
  ),
  /** Content: the seller pressed Contact; cache the facts (if valid) and open the composer. */
  'orders/openComposer': spec<{ opened: OpenedAs }>()(
    ['content'],
    v.strictObject({ orderId: v.pipe(v.string(), v.regex(ORDER_ID_PATTERN)), facts: v.optional(v.unknown()) }),
  ),
  /** Extension pages: one cached order. */
  'orders/get': spec<OrderFacts>()(['extension'], v.strictObject({ orderId: v.pipe(v.string(), v.regex(ORDER_ID_PATTERN)) })),
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
  /** The toolbar popup: the order it was opened for by a Contact button (taken once), or null. */
  /** Content (order pages): inject the order pages' extras (bulk selection, contacted marks) into this tab. */
  'orders/loadExtras': spec<{ loaded: boolean }>()(['content'], v.strictObject({})),
  'orders/takePending': spec<{ orderId: string | null }>()(['extension'], v.strictObject({})),
  // -- composer: reasons, templates, drafts, settings (issue 4) --
  /** Extension pages: the quick replies (seller's templates, then the starters still shown) and hidden starters. */
  'composer/templates': spec<TemplateList>()(['extension'], v.strictObject({})),
  /** Options: create or update a template (a starter's id saves an edited copy); invalid text is answered, not stored. */
  'composer/saveTemplate': spec<SaveAnswer>()(['extension'], v.strictObject({ template: TemplateInputSchema })),
  /** Options: delete the seller's template, or hide a starter. */
  'composer/deleteTemplate': spec<{ changed: boolean }>()(['extension'], v.strictObject({ id: TemplateIdSchema })),
  /** Options: show a hidden starter again. */
  'composer/restoreTemplate': spec<{ changed: boolean }>()(['extension'], v.strictObject({ id: TemplateIdSchema })),
  /** Options: import a template file's text; answers what was added, skipped and rejected. */
  'composer/importTemplates': spec<ImportReport>()(['extension'], ImportInputSchema),
  /** Composer: the order's draft (unsealed), or null. */
  'composer/draftGet': spec<{ entry: StoredDraftView | null }>()(['extension'], v.strictObject({ orderId: OrderIdSchema })),
  /** Composer: save the order's draft as the seller types (sealed at rest). */
  'composer/draftSave': spec<{ savedAt: number }>()(['extension'], DraftInputSchema),
  /** Composer: forget the order's draft (after enqueue, or the seller's Discard). */
  'composer/draftClear': spec<{ cleared: boolean }>()(['extension'], v.strictObject({ orderId: OrderIdSchema })),
  /** Options / composer: change some settings; answers all settings as stored. */
  'composer/settingsSave': spec<Settings>()(['extension'], v.strictObject({ patch: SettingsPatchSchema })),
  /** Popup: the order of the active tab when it is an order details or Contact Buyer page. */
  'composer/tabOrder': spec<TabOrder>()(['extension'], v.strictObject({})),
  // -- queue: jobs, runner, contact form (issue 5) --
  /** Extension pages (the composer's Send): add a job; refused when it duplicates one sent or on its way. */
  'queue/enqueue': spec<{ jobId: string }>()(['extension'], EnqueueInputSchema),
  /** Extension pages: every job (no text), quarantined records, pause and cap. */
  'queue/list': spec<QueueListOutput>()(['extension'], v.strictObject({})),
  /** Extension pages: the seller's retry / cancel / confirm sent / re-queue. */
  'queue/action': spec<{ job: JobView }>()(['extension'], QueueActionInputSchema),
  /** Extension pages: pause or resume the runner (stops at once). */
  'queue/pause': spec<{ paused: boolean }>()(['extension'], QueuePauseInputSchema),
  /** Extension pages: forget a quarantined record. */
  'queue/dismissQuarantined': spec<{ dismissed: boolean }>()(['extension'], QuarantineDismissInputSchema),
  /** Content (the Parley tab only): the work for the order this Contact Buyer page shows, or null. */
  'queue/formReady': spec<{ work: FormWork }>()(['content'], FormReadyInputSchema),
  /** Content (the Parley tab only): what the form did; the answer says whether to press Send. */
  'queue/formReport': spec<FormReportOutput>()(['content'], FormReportInputSchema),
  // -- contacts: senders, email, bulk, history, buyer data (issue 6) --
  /** Extension pages: the sender list and the email jobs waiting for a sender. */
  'contacts/senders': spec<{ senders: Sender[]; waiting: { jobId: string; orderId: string; from: string; state: 'held' | 'queued' }[] }>()(['extension'], EmptySchema),
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

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type InputOf<K extends MessageType> = v.InferInput<Protocol[K]['input']>;
export type OutputOf<K extends MessageType> = NonNullable<Protocol[K]['output']>;
