/**
 * Damaged templates and drafts, set aside instead of dropped: they are the
 * seller's own text. A template is kept as it was found; a draft stays sealed
 * (buyer-facing text) and goes with the other drafts at retention or when all
 * buyer data is deleted.
 */
import * as v from 'valibot';

export const COMPOSER_QUARANTINE_LIMIT = 100;
export const QUARANTINE_KINDS = ['template', 'draft'] as const;
export type QuarantineKind = (typeof QUARANTINE_KINDS)[number];

export const ComposerQuarantineEntrySchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/)),
  kind: v.picklist(QUARANTINE_KINDS),
  at: v.pipe(v.number(), v.finite(), v.minValue(0)),
  /** The template id or the draft's order id, when the damaged record still had a readable one. */
  key: v.optional(v.pipe(v.string(), v.maxLength(120))),
  /** First validation problem, in the schema's words (no record content). */
  why: v.pipe(v.string(), v.maxLength(300)),
  raw: v.unknown(),
});
export type ComposerQuarantineEntry = v.InferOutput<typeof ComposerQuarantineEntrySchema>;

export const ComposerQuarantineSchema = v.object({
  entries: v.pipe(v.array(ComposerQuarantineEntrySchema), v.maxLength(COMPOSER_QUARANTINE_LIMIT)),
});
export type ComposerQuarantine = v.InferOutput<typeof ComposerQuarantineSchema>;
export const EMPTY_COMPOSER_QUARANTINE: ComposerQuarantine = { entries: [] };
