/** A composer draft as the seller left it (sealed at rest by the background; this is the plain shape). */
import * as v from 'valibot';
import { TEMPLATE_ID_PATTERN, TEMPLATE_LIMITS } from './templates';

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
