/**
 * Payload schemas of the composer's messages (lib/protocol/). Everything a
 * page sends is data: templates are checked again with the domain's import
 * rules before they are stored, settings patches field by field against
 * SettingsSchema (a value the schema would silently replace is refused).
 */
import * as v from 'valibot';
import { OrderIdSchema } from './spec';

export { OrderIdSchema };
import { LANGS } from '../domain/language';
import { REASON_IDS } from '../domain/reasons';
import { TEMPLATE_ID_PATTERN, TEMPLATE_KINDS, TEMPLATE_LIMITS } from '../domain/templates';
import { SettingsSchema, type Settings } from '../domain/settings';
import { DraftSchema } from '../domain/draft';

export const TemplateIdSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(TEMPLATE_LIMITS.id), v.regex(TEMPLATE_ID_PATTERN));

const langStrings = (max: number) => v.record(v.picklist(LANGS), v.pipe(v.string(), v.maxLength(max)));

/** A template as the options page edits it; the background sets builtIn and updatedAt. */
export const TemplateInputSchema = v.strictObject({
  /** The template being edited (a starter's id saves an edited copy), or none for a new one. */
  id: v.optional(TemplateIdSchema),
  name: v.pipe(v.string(), v.maxLength(TEMPLATE_LIMITS.name)),
  names: v.optional(langStrings(TEMPLATE_LIMITS.name)),
  reasons: v.pipe(v.array(v.picklist(REASON_IDS)), v.maxLength(REASON_IDS.length)),
  bodies: langStrings(TEMPLATE_LIMITS.body),
  subject: v.optional(langStrings(TEMPLATE_LIMITS.subject)),
  /** Start a message, reply to a buyer, or both (absent: both). */
  kind: v.optional(v.picklist(TEMPLATE_KINDS)),
});
export type TemplateInput = v.InferOutput<typeof TemplateInputSchema>;

/** A template file's text: 2 MB is far beyond 500 templates of 4000 characters in 4 languages. */
export const ImportInputSchema = v.strictObject({ text: v.pipe(v.string(), v.maxLength(2_000_000)) });

export const DraftInputSchema = v.strictObject({ orderId: OrderIdSchema, draft: DraftSchema });

/** A file for the draft: its bytes base64 (messages carry JSON), bounded at about 12 MB so a file a little over the limit is answered with the limit. */
export const FileAddInputSchema = v.strictObject({
  orderId: OrderIdSchema,
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(255)),
  type: v.pipe(v.string(), v.maxLength(200)),
  data: v.pipe(v.string(), v.maxLength(17_000_000), v.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});
export const FileRemoveInputSchema = v.strictObject({
  orderId: OrderIdSchema,
  fileId: v.pipe(v.string(), v.regex(/^[A-Za-z0-9-]{1,64}$/)),
});

const SETTINGS_KEYS = Object.keys(SettingsSchema.entries) as (keyof Settings)[];

/** True when the schema keeps the value as given (SettingsSchema falls back silently on bad values). */
function settingValueOk(key: keyof Settings, value: unknown): boolean {
  const parsed = v.safeParse(SettingsSchema.entries[key], value);
  return parsed.success && Object.is(parsed.output, value);
}

/** Some settings; each must be a value SettingsSchema accepts as it is. */
export const SettingsPatchSchema = v.pipe(
  v.record(v.picklist(SETTINGS_KEYS), v.unknown()),
  v.check(
    (patch) => Object.entries(patch).every(([key, value]) => settingValueOk(key as keyof Settings, value)),
    'a setting has a value Parley does not accept',
  ),
  v.transform((patch) => patch as Partial<Settings>),
);
