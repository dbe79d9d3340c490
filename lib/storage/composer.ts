/**
 * Stored items of the composer area.
 *
 * Templates (`local:composerTemplates`): the seller's own quick replies, and
 * what happened to Parley's starters (hidden by the seller, or replaced by an
 * edited copy). Starters themselves ship with Parley and are never stored, so
 * a new Parley version can improve them without a migration.
 *
 * Drafts (`local:composerDrafts`): one per order, sealed by the vault (a draft
 * is buyer-facing text and may name the buyer). Removed after enqueue, and
 * purged when older than the retention setting.
 */
import * as v from 'valibot';
import { ORDER_ID_PATTERN } from '../domain/order';
import { TEMPLATE_ID_PATTERN, TEMPLATE_LIMITS, TemplateSchema } from '../domain/templates';
import { SealedSchema } from '../background/vault';

const time = v.pipe(v.number(), v.finite(), v.minValue(0));

export const HiddenStarterSchema = v.object({
  /** 'deleted': the seller removed it; 'edited': an edited copy (`copyId`) replaces it. */
  why: v.picklist(['deleted', 'edited']),
  copyId: v.optional(v.pipe(v.string(), v.maxLength(TEMPLATE_LIMITS.id), v.regex(TEMPLATE_ID_PATTERN))),
  at: time,
});
export type HiddenStarter = v.InferOutput<typeof HiddenStarterSchema>;

export const TemplatesDataSchema = v.object({
  /** The seller's own templates (never builtIn), in the seller's order. */
  templates: v.pipe(v.array(TemplateSchema), v.maxLength(TEMPLATE_LIMITS.count)),
  /** Starter id -> why it is not listed. */
  hiddenStarters: v.record(v.pipe(v.string(), v.regex(TEMPLATE_ID_PATTERN)), HiddenStarterSchema),
});
export type TemplatesData = v.InferOutput<typeof TemplatesDataSchema>;
export const EMPTY_TEMPLATES: TemplatesData = { templates: [], hiddenStarters: {} };

/** What a draft holds once unsealed. */
export const DraftSchema = v.object({
  reason: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z]{1,40}$/))),
  text: v.pipe(v.string(), v.maxLength(20_000)),
  /** The language of the text's template body (formats dates in the preview). */
  lang: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/))),
  /** The last quick reply inserted, for the "template lacks the buyer's language" note. */
  templateId: v.optional(v.pipe(v.string(), v.maxLength(TEMPLATE_LIMITS.id), v.regex(TEMPLATE_ID_PATTERN))),
});
export type Draft = v.InferOutput<typeof DraftSchema>;

export const StoredDraftSchema = v.object({ sealed: SealedSchema, updatedAt: time });
export const DraftsDataSchema = v.record(v.pipe(v.string(), v.regex(ORDER_ID_PATTERN)), StoredDraftSchema);
export type DraftsData = v.InferOutput<typeof DraftsDataSchema>;

/** Drafts kept at most (the oldest go first). */
export const DRAFT_LIMIT = 200;
