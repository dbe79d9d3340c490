/**
 * Every persisted item Parley has, in one module. Each item has a version and
 * its migrations (one file per migration under lib/storage/migrations/), and a
 * schema: what is read back is validated, so corrupt storage falls back to a
 * safe value with a report instead of crashing a context.
 *
 * Only the background writes these (the design's "one owner per piece of
 * state"); extension pages read them and ask the background to change them.
 */
import { storage as wxtStorage } from 'wxt/utils/storage';
import * as v from 'valibot';
import { SettingsSchema, DEFAULT_SETTINGS, type Settings } from '../domain/settings';
import { EMPTY_ORDER_CACHE, type OrderCache, type PageChecks, type PendingOrder } from './orders';
import { EMPTY_QUARANTINE, EMPTY_QUEUE, QuarantineDataSchema, QueueDataStrictSchema, type QuarantineData, type QueueData } from './queue';
import { DraftsDataSchema, EMPTY_TEMPLATES, TemplatesDataSchema, type DraftsData, type TemplatesData } from './composer';
import {
  EMPTY_HISTORY,
  EMPTY_SENDERS,
  HistoryDataStrictSchema,
  SendersDataStrictSchema,
  type HistoryData,
  type PendingImport,
  type SendersData,
} from './contacts';
import { ReasonChoicesSchema } from './reason-choices';
import { ComposerQuarantineSchema, EMPTY_COMPOSER_QUARANTINE, type ComposerQuarantine } from './composer-quarantine';
import type { ReasonChoices } from '../domain/reason-choices';

export { type Settings, DEFAULT_SETTINGS };

/**
 * WXT's defineItem reads its item (value and version) the moment it is
 * defined, in every context that imports this module: the popup, which reads
 * only the settings itself, decoded the seller's whole quick-reply list (1.5 MB
 * with 1000) and the queue and history on every open. So each item is defined
 * on its first use: a context reads only the items it uses, each still
 * migrated before its first read.
 */
function lazily<T extends object>(define: () => T): T {
  let item: T | undefined;
  return new Proxy({} as T, {
    get(_, prop) {
      item ??= define();
      const value: unknown = Reflect.get(item, prop);
      return typeof value === 'function' ? value.bind(item) : value;
    },
  });
}
const storage = {
  defineItem: ((...args: Parameters<typeof wxtStorage.defineItem>) =>
    lazily(() => wxtStorage.defineItem(...args))) as typeof wxtStorage.defineItem,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  version: 1,
  fallback: DEFAULT_SETTINGS,
  migrations: {},
});

// -- composer: the seller's templates and starter edits; drafts sealed per order (lib/storage/composer.ts) --
export const composerTemplatesItem = storage.defineItem<TemplatesData>('local:composerTemplates', {
  version: 1,
  fallback: EMPTY_TEMPLATES,
  migrations: {},
});
export const composerDraftsItem = storage.defineItem<DraftsData>('local:composerDrafts', { version: 1, fallback: {}, migrations: {} });

// -- queue: jobs (validated one by one on load), quarantine, the Parley tab (lib/storage/queue.ts) --
/** Damaged templates and drafts, kept for the seller to restore or delete (composer-quarantine.ts). */
export const composerQuarantineItem = storage.defineItem<ComposerQuarantine>('local:composerQuarantine', {
  version: 1,
  fallback: EMPTY_COMPOSER_QUARANTINE,
  migrations: {},
});
export const queueItem = storage.defineItem<QueueData>('local:queue', { version: 1, fallback: EMPTY_QUEUE, migrations: {} });
export const queueQuarantineItem = storage.defineItem<QuarantineData>('local:queueQuarantine', {
  version: 1,
  fallback: EMPTY_QUARANTINE,
  migrations: {},
});
/** Which page option the seller chose for a reason Parley could not recognise (lib/storage/reason-choices.ts). */
export const reasonChoicesItem = storage.defineItem<ReasonChoices>('local:reasonChoices', { version: 1, fallback: {}, migrations: {} });
/** The one tab Parley fills forms in; session-only (tab ids die with the browser). */
export const queueTabItem = storage.defineItem<number | null>('session:queueTab', { fallback: null });
/**
 * The Parley tab being made: written just before tabs.create, cleared once its id is in queueTab. Found
 * at the next open, it means the worker stopped in between: the tab it made is adopted, not made again.
 */
export const queueTabOpeningItem = storage.defineItem<{ url: string; at: number } | null>('session:queueTabOpening', { fallback: null });
/** Set once per browser session: its absence at worker start means the browser (or Parley) started afresh. */
export const queueBootItem = storage.defineItem<number | null>('session:queueBoot', { fallback: null });

// -- orders: session-only (see lib/storage/orders.ts) --
export const orderCacheItem = storage.defineItem<OrderCache>('session:ordersCache', { version: 1, fallback: EMPTY_ORDER_CACHE });
export const pendingOrderItem = storage.defineItem<PendingOrder>('session:ordersPending', { version: 1, fallback: null });
export const pageChecksItem = storage.defineItem<PageChecks>('session:ordersPageChecks', { version: 1, fallback: {} });

// -- contacts: approved senders, contact history (buyer data sealed), pending permissions import (lib/storage/contacts.ts) --
export const contactsSendersItem = storage.defineItem<SendersData>('local:contactsSenders', {
  version: 1,
  fallback: EMPTY_SENDERS,
  migrations: {},
});
export const contactsHistoryItem = storage.defineItem<HistoryData>('local:contactsHistory', {
  version: 1,
  fallback: EMPTY_HISTORY,
  migrations: {},
});
export const contactsImportItem = storage.defineItem<PendingImport>('session:contactsImport', { version: 1, fallback: null });

/** Read an item and validate it; on corrupt data, return the fallback and say so. */
export async function readValidated<T>(
  item: { getValue(): Promise<unknown>; fallback: T },
  schema: v.GenericSchema<unknown, T>,
): Promise<{ value: T; corrupt: boolean }> {
  const raw = await item.getValue();
  const parsed = v.safeParse(schema, raw);
  if (parsed.success) return { value: parsed.output, corrupt: false };
  return { value: item.fallback, corrupt: true };
}

/**
 * Registry of every persisted item with the schema its current version must
 * pass. tests/unit/storage-migrations.test.ts loads each saved example under
 * tests/fixtures/storage/<name>/v<N>.json as version N, migrates it, and checks
 * the result against the schema (and v<N>.expected.json when present).
 * Add a line here for every item you define.
 */
export interface PersistedItem {
  name: string;
  key: string;
  item: { migrate(): Promise<void>; getValue(): Promise<unknown> };
  schema: v.GenericSchema;
  version: number;
}
export const PERSISTED_ITEMS: PersistedItem[] = [
  { name: 'settings', key: 'settings', item: settingsItem, schema: SettingsSchema, version: 1 },
  { name: 'queue', key: 'queue', item: queueItem, schema: QueueDataStrictSchema, version: 1 },
  { name: 'queueQuarantine', key: 'queueQuarantine', item: queueQuarantineItem, schema: QuarantineDataSchema, version: 1 },
  { name: 'contactsSenders', key: 'contactsSenders', item: contactsSendersItem, schema: SendersDataStrictSchema, version: 1 },
  { name: 'contactsHistory', key: 'contactsHistory', item: contactsHistoryItem, schema: HistoryDataStrictSchema, version: 1 },
  { name: 'composerTemplates', key: 'composerTemplates', item: composerTemplatesItem, schema: TemplatesDataSchema, version: 1 },
  { name: 'reasonChoices', key: 'reasonChoices', item: reasonChoicesItem, schema: ReasonChoicesSchema, version: 1 },
  { name: 'composerDrafts', key: 'composerDrafts', item: composerDraftsItem, schema: DraftsDataSchema, version: 1 },
  { name: 'composerQuarantine', key: 'composerQuarantine', item: composerQuarantineItem, schema: ComposerQuarantineSchema, version: 1 },
];

export async function getReasonChoices(): Promise<ReasonChoices> {
  return (await readValidated(reasonChoicesItem, ReasonChoicesSchema)).value;
}

export async function getSettings(): Promise<Settings> {
  return (await readValidated(settingsItem, SettingsSchema)).value;
}
