/**
 * Quick-reply templates: the stored shape (valibot schema, so storage can
 * validate on read), display names, and the export format. Import validation
 * lives in ./template-import, search in ./template-search, rendering in
 * ./template-render, body choice per language in ./language.
 */
import * as v from 'valibot';
import { LANGS, type Lang } from './language';
import { REASON_IDS } from './reasons';

/** Limits for stored and imported templates. Bodies: Seller Central's form limit. */
export const TEMPLATE_LIMITS = {
  id: 100,
  name: 200,
  body: 4000,
  subject: 200,
  /** Templates per file / per seller. */
  count: 500,
} as const;

/** Letters, digits and `. _ : -`; built-in ids start with `starter.` (reserved). */
export const TEMPLATE_ID_PATTERN = /^[A-Za-z0-9._:-]+$/;
export const BUILT_IN_ID_PREFIX = 'starter.';

const langRecord = (max: number) =>
  v.pipe(
    v.record(v.picklist(LANGS), v.pipe(v.string(), v.maxLength(max))),
    // The record type allows absent keys; say so in the type (bodies are partial).
    v.transform((r) => r as Partial<Record<Lang, string>>),
  );

/** Start a message (the composer), reply to a buyer (the inbox), or both. */
export const TEMPLATE_KINDS = ['start', 'reply', 'both'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export const TemplateSchema = v.object({
  /** Stable id; `starter.*` for built-ins. */
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(TEMPLATE_LIMITS.id), v.regex(TEMPLATE_ID_PATTERN)),
  /** The name in the seller's words (built-ins: the English name). */
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(TEMPLATE_LIMITS.name)),
  /** Localised names (built-ins have en and zh); the UI prefers its own language, then `name`. */
  names: v.optional(langRecord(TEMPLATE_LIMITS.name)),
  /** Contact reasons the template is written for (may be empty: any reason). */
  reasons: v.array(v.picklist(REASON_IDS)),
  /** The message per language. At least one is non-empty. */
  bodies: langRecord(TEMPLATE_LIMITS.body),
  /** Optional e-mail subject per language (for the e-mail transport). */
  subject: v.optional(langRecord(TEMPLATE_LIMITS.subject)),
  /** Where it is offered: new messages (composer), replies (the inbox), or both; absent = both. */
  kind: v.optional(v.picklist(TEMPLATE_KINDS)),
  /** Shipped with Parley: read-only in the UI (edit = save a copy). */
  builtIn: v.boolean(),
  /** Last change, epoch milliseconds. */
  updatedAt: v.pipe(v.number(), v.finite(), v.minValue(0)),
});
export type Template = v.InferOutput<typeof TemplateSchema>;

export const templateKind = (t: Pick<Template, 'kind'>): TemplateKind => t.kind ?? 'both';
/** Offered when the seller starts a message (the composer, bulk). */
export const startsMessages = (t: Pick<Template, 'kind'>): boolean => templateKind(t) !== 'reply';
/** Offered when the seller replies to a buyer (the inbox). */
export const repliesToBuyers = (t: Pick<Template, 'kind'>): boolean => templateKind(t) !== 'start';

/** The template's name for a UI language ('en', 'zh_CN', 'zh-CN'...), else its own name. */
export function templateName(template: Pick<Template, 'name' | 'names'>, uiLang?: string): string {
  const primary = uiLang?.split(/[-_]/)[0]?.toLowerCase();
  const localised = primary ? template.names?.[primary as Lang]?.trim() : undefined;
  return localised || template.name;
}

export const TEMPLATE_FILE_FORMAT = 'parley-templates';
export const TEMPLATE_FILE_VERSION = 1;

export interface TemplateFile {
  format: typeof TEMPLATE_FILE_FORMAT;
  version: typeof TEMPLATE_FILE_VERSION;
  templates: Template[];
}

/** Only the schema's fields, in a fixed order (no stray properties leave the extension). */
function exportable(t: Template): Template {
  const out: Template = {
    id: t.id,
    name: t.name,
    reasons: [...t.reasons],
    bodies: { ...t.bodies },
    builtIn: t.builtIn,
    updatedAt: t.updatedAt,
  };
  if (t.names) out.names = { ...t.names };
  if (t.subject) out.subject = { ...t.subject };
  if (t.kind) out.kind = t.kind;
  return out;
}

/**
 * The export file: `{format: 'parley-templates', version: 1, templates}` as
 * indented JSON. Export the seller's own templates; built-ins ship with Parley
 * and are refused on import (reserved ids).
 */
export function exportTemplates(templates: readonly Template[]): string {
  const file: TemplateFile = { format: TEMPLATE_FILE_FORMAT, version: TEMPLATE_FILE_VERSION, templates: templates.map(exportable) };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Why a starter quick reply is not listed (stored per starter id). */
export const HiddenStarterSchema = v.object({
  /** 'deleted': the seller removed it; 'edited': an edited copy (`copyId`) replaces it. */
  why: v.picklist(['deleted', 'edited']),
  copyId: v.optional(v.pipe(v.string(), v.maxLength(TEMPLATE_LIMITS.id), v.regex(TEMPLATE_ID_PATTERN))),
  at: v.pipe(v.number(), v.finite(), v.minValue(0)),
});
export type HiddenStarter = v.InferOutput<typeof HiddenStarterSchema>;
