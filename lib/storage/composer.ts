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
import { OrderIdSchema } from '../domain/order-id-schema';
import { HiddenStarterSchema, TEMPLATE_ID_PATTERN, TEMPLATE_LIMITS, TemplateSchema } from '../domain/templates';
import { DraftSchema } from '../domain/draft';

export { DraftSchema, HiddenStarterSchema };
export type { Draft } from '../domain/draft';
export type { HiddenStarter } from '../domain/templates';
import { SealedSchema } from './sealed';

const time = v.pipe(v.number(), v.finite(), v.minValue(0));

export const TemplatesDataSchema = v.object({
  /** The seller's own templates (never builtIn), in the seller's order. */
  templates: v.pipe(v.array(TemplateSchema), v.maxLength(TEMPLATE_LIMITS.count)),
  /** Starter id -> why it is not listed. */
  hiddenStarters: v.record(v.pipe(v.string(), v.regex(TEMPLATE_ID_PATTERN)), HiddenStarterSchema),
});
export type TemplatesData = v.InferOutput<typeof TemplatesDataSchema>;
export const EMPTY_TEMPLATES: TemplatesData = { templates: [], hiddenStarters: {} };

export const StoredDraftSchema = v.object({ sealed: SealedSchema, updatedAt: time });
export const DraftsDataSchema = v.record(OrderIdSchema, StoredDraftSchema);
export type DraftsData = v.InferOutput<typeof DraftsDataSchema>;

/** Drafts kept at most (the oldest go first). */
export const DRAFT_LIMIT = 200;
