/** Composer: quick replies, drafts, settings, the popup's tab. */
import * as v from 'valibot';
import type { Draft } from '../domain/draft';
import type { FileMeta } from '../domain/attachments';
import type { Settings } from '../domain/settings';
import type { FileError, Rejection } from '../domain/template-import';
import type { TemplateHead } from '../domain/template-heads';
import type { HiddenStarter, Template } from '../domain/templates';
import {
  DraftInputSchema,
  FileAddInputSchema,
  FileRemoveInputSchema,
  ImportInputSchema,
  OrderIdSchema,
  SettingsPatchSchema,
  TemplateIdSchema,
  TemplateInputSchema,
} from './composer-schemas';
import { spec } from './spec';

const QuarantineIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/));

export interface HiddenStarterEntry extends HiddenStarter {
  template: Template;
}

export interface TemplateList {
  /** What the picker offers: the seller's templates first, then the starters still shown. */
  templates: Template[];
  /** Starters the seller deleted or replaced with an edited copy (the options page can restore them). */
  hidden: HiddenStarterEntry[];
}

export type SaveAnswer = { saved: Template } | { rejected: Rejection };

export interface ImportedEntry {
  /** Position in the file's template list (0-based). */
  index: number;
  name: string;
  id: string;
  /** The id the file gave it, when that id was already taken by a different template. */
  renamedFrom?: string;
}

export interface ImportReport {
  fileError?: FileError;
  added: ImportedEntry[];
  /** Identical to a template already stored: nothing to do. */
  unchanged: ImportedEntry[];
  rejected: Rejection[];
}

export interface StoredDraftView {
  draft: Draft;
  updatedAt: number;
}

/** A damaged template or draft set aside, as the options page shows it. */
export interface QuarantinedItemView {
  id: string;
  kind: 'template' | 'draft';
  at: number;
  /** The template id or the draft's order id, when readable. */
  key?: string;
  why: string;
  /** What can still be read of it: the template as JSON, the draft's text (or null when its text cannot be read). */
  text: string | null;
}

export type RestoreAnswer =
  | { restored: true; kind: 'template'; report: ImportReport }
  | { restored: true; kind: 'draft'; orderId: string }
  | { restored: false; kind: 'template'; report: ImportReport }
  | { restored: false; kind: 'draft'; why: 'unreadable' | 'noOrder' | 'draftExists' };

export interface TabOrder {
  orderId: string | null;
  marketplaceId?: string;
  host?: string;
}

export const composerMessages = {
  /** Extension pages: the quick replies (seller's templates, then the starters still shown) and hidden starters. */
  'composer/templates': spec<TemplateList>()(['extension'], v.strictObject({})),
  /** Composer: the same quick replies without their bodies (what the picker lists before the bodies arrive). */
  'composer/templateHeads': spec<{ templates: TemplateHead[] }>()(['extension'], v.strictObject({})),
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
  /** Composer: the files attached to the order's draft (name, size, type, SHA-256; never the bytes). */
  'composer/files': spec<{ files: FileMeta[] }>()(['extension'], v.strictObject({ orderId: OrderIdSchema })),
  /** Composer: attach a file to the order's draft (sealed at rest); a kind or size Amazon refuses is answered, not stored. */
  'composer/fileAdd': spec<{ file: FileMeta }>()(['extension'], FileAddInputSchema),
  /** Composer: remove one file from the order's draft. */
  'composer/fileRemove': spec<{ removed: boolean }>()(['extension'], FileRemoveInputSchema),
  /** Composer (email hand-off): one of the draft's files, to download beside the compose link. */
  'composer/fileGet': spec<{ name: string; type: string; data: string }>()(['extension'], FileRemoveInputSchema),
  /** Options / composer: change some settings; answers all settings as stored. */
  'composer/settingsSave': spec<Settings>()(['extension'], v.strictObject({ patch: SettingsPatchSchema })),
  /** Options: damaged templates and drafts set aside (never dropped), with what can be read of each. */
  'composer/quarantine': spec<{ items: QuarantinedItemView[] }>()(['extension'], v.strictObject({})),
  /** Options: put a set-aside template back (checked like an import) or a draft (when its text reads). */
  'composer/restoreQuarantined': spec<RestoreAnswer>()(['extension'], v.strictObject({ id: QuarantineIdSchema })),
  /** Options: delete a set-aside template or draft for good. */
  'composer/dismissQuarantined': spec<{ dismissed: boolean }>()(['extension'], v.strictObject({ id: QuarantineIdSchema })),
  /** Popup: the order of the active tab when it is an order details or Contact Buyer page. */
  'composer/tabOrder': spec<TabOrder>()(['extension'], v.strictObject({})),
};
