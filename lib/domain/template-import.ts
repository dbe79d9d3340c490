/**
 * Validation of a template file before import. Each template is accepted or
 * rejected on its own, with every reason it failed, so a seller fixes a file
 * once. Files are data from outside: nothing in them is trusted (ids, flags,
 * extra properties), and imported templates are never built-in.
 */
import * as v from 'valibot';
import { toLang, type Lang } from './language';
import { MAX_TEXT_LENGTH, reasonById, type ReasonId } from './reasons';
import {
  BUILT_IN_ID_PREFIX,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
  TEMPLATE_ID_PATTERN,
  TEMPLATE_KINDS,
  TEMPLATE_LIMITS,
  TemplateSchema,
  type Template,
  type TemplateKind,
} from './templates';
import { distinctNames, parseBody } from './variables';

export const REJECT_CODES = [
  'notObject',
  'badId',
  'reservedId',
  'duplicateId',
  'missingName',
  'noBody',
  'unknownLanguage',
  'unknownReason',
  'reasonNotComposable',
  'unknownVariable',
  'malformedVariable',
  'tooLong',
  'badField',
  'tooMany',
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

export interface Rejection {
  /** Position in the file's template list (0-based). */
  index: number;
  name?: string;
  /** Every check that failed, each once, in REJECT_CODES order. */
  reasons: RejectCode[];
  /** What to name in the explanation: the unknown variables, reasons and languages. */
  unknownVariables?: string[];
  unknownReasons?: string[];
  unknownLanguages?: string[];
}

/** Why a whole file was refused. */
export type FileError = 'notJson' | 'notTemplateFile' | 'unsupportedVersion';

export interface ImportResult {
  accepted: Template[];
  rejected: Rejection[];
  fileError?: FileError;
}

export interface ImportOptions {
  /** updatedAt for templates that bring none (epoch ms). Default 0 keeps this function pure. */
  now?: number;
  /** Ids already stored: a file template with one of them is rejected as duplicateId. */
  existingIds?: Iterable<string>;
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** FNV-1a: a short stable id for templates that come without one. */
function hashId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `imported-${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/** Language-keyed strings: normalises keys ('zh-CN' -> 'zh'), collects problems. */
function langStrings(raw: unknown, max: number, fail: (c: RejectCode) => void, unknownLangs: Set<string>): Partial<Record<Lang, string>> {
  const out: Partial<Record<Lang, string>> = {};
  if (!isRecord(raw)) {
    fail('badField');
    return out;
  }
  for (const [key, value] of Object.entries(raw)) {
    const lang = toLang(key);
    if (!lang) unknownLangs.add(key);
    else if (typeof value !== 'string' || out[lang] !== undefined) fail('badField');
    else if (value.length > max) fail('tooLong');
    else if (value.trim() !== '') out[lang] = value;
  }
  return out;
}

/** Checks one entry; returns the template or the codes it failed. */
type Checked = { ok: true; template: Template } | { ok: false; rejection: Rejection };

function checkOne(raw: unknown, index: number, options: ImportOptions, seen: Set<string>): Checked {
  if (!isRecord(raw)) return { ok: false, rejection: { index, reasons: ['notObject'] } };
  const codes = new Set<RejectCode>();
  const fail = (c: RejectCode) => codes.add(c);
  const unknownLangs = new Set<string>();
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  if (!name) fail('missingName');
  else if (name.length > TEMPLATE_LIMITS.name) fail('tooLong');

  const names = raw.names === undefined ? undefined : langStrings(raw.names, TEMPLATE_LIMITS.name, fail, unknownLangs);
  const subject = raw.subject === undefined ? undefined : langStrings(raw.subject, TEMPLATE_LIMITS.subject, fail, unknownLangs);
  const bodies = raw.bodies === undefined ? {} : langStrings(raw.bodies, TEMPLATE_LIMITS.body, fail, unknownLangs);
  if (Object.keys(bodies).length === 0) fail('noBody');
  if (unknownLangs.size) fail('unknownLanguage');

  const reasons: ReasonId[] = [];
  const unknownReasons: string[] = [];
  if (raw.reasons !== undefined && !Array.isArray(raw.reasons)) fail('badField');
  for (const r of Array.isArray(raw.reasons) ? (raw.reasons as unknown[]) : []) {
    const reason = typeof r === 'string' ? reasonById(r) : undefined;
    if (!reason) unknownReasons.push(String(r));
    else if (!reason.composable) fail('reasonNotComposable');
    else if (!reasons.includes(reason.id)) reasons.push(reason.id);
  }
  if (unknownReasons.length) fail('unknownReason');

  // A body must fit the strictest reason it is tagged with (e.g. 800 for customisation).
  const limit = Math.min(MAX_TEXT_LENGTH, ...reasons.map((r) => reasonById(r)?.text.max ?? MAX_TEXT_LENGTH));
  const unknownVariables: string[] = [];
  for (const body of Object.values(bodies)) {
    if (body.length > limit) fail('tooLong');
    const parsed = parseBody(body);
    unknownVariables.push(...distinctNames(parsed.unknown));
    if (parsed.malformed.length) fail('malformedVariable');
  }
  if (unknownVariables.length) fail('unknownVariable');

  let id: string;
  if (raw.id === undefined) id = hashId(`${name}\u0000${JSON.stringify(bodies)}`);
  else if (typeof raw.id !== 'string' || raw.id.length > TEMPLATE_LIMITS.id || !TEMPLATE_ID_PATTERN.test(raw.id)) {
    fail('badId');
    id = '';
  } else id = raw.id;
  if (id.startsWith(BUILT_IN_ID_PREFIX)) fail('reservedId');
  if (id && seen.has(id)) fail('duplicateId');

  const updatedAt =
    typeof raw.updatedAt === 'number' && Number.isFinite(raw.updatedAt) && raw.updatedAt >= 0 ? raw.updatedAt : (options.now ?? 0);
  const candidate: Template = { id, name, reasons, bodies, builtIn: false, updatedAt };
  if (names && Object.keys(names).length) candidate.names = names;
  if (subject && Object.keys(subject).length) candidate.subject = subject;
  if (raw.kind !== undefined) {
    if ((TEMPLATE_KINDS as readonly unknown[]).includes(raw.kind)) candidate.kind = raw.kind as TemplateKind;
    else fail('badField');
  }
  if (codes.size === 0 && !v.safeParse(TemplateSchema, candidate).success) fail('badField');

  if (codes.size === 0) {
    seen.add(id);
    return { ok: true, template: candidate };
  }
  const rejection: Rejection = { index, reasons: REJECT_CODES.filter((c) => codes.has(c)) };
  if (name) rejection.name = name.slice(0, TEMPLATE_LIMITS.name);
  if (unknownVariables.length) rejection.unknownVariables = [...new Set(unknownVariables)];
  if (unknownReasons.length) rejection.unknownReasons = unknownReasons;
  if (unknownLangs.size) rejection.unknownLanguages = [...unknownLangs];
  return { ok: false, rejection };
}

/** The template list of a file: an export file `{format, version, templates}` or a bare array. */
function entriesOf(json: unknown): unknown[] | FileError {
  if (Array.isArray(json)) return json;
  if (!isRecord(json) || json.format !== TEMPLATE_FILE_FORMAT) return 'notTemplateFile';
  if (json.version !== TEMPLATE_FILE_VERSION) return 'unsupportedVersion';
  return Array.isArray(json.templates) ? json.templates : 'notTemplateFile';
}

/**
 * Validates parsed JSON from a template file. Accepted templates are clean
 * copies (known fields only, builtIn false); every other entry is listed with
 * its reasons. Entries past TEMPLATE_LIMITS.count are rejected as 'tooMany'.
 */
export function validateTemplates(json: unknown, options: ImportOptions = {}): ImportResult {
  const entries = entriesOf(json);
  if (typeof entries === 'string') return { accepted: [], rejected: [], fileError: entries };
  const seen = new Set<string>(options.existingIds ?? []);
  const accepted: Template[] = [];
  const rejected: Rejection[] = [];
  entries.forEach((raw, index) => {
    if (index >= TEMPLATE_LIMITS.count) {
      rejected.push({ index, reasons: ['tooMany'] });
      return;
    }
    const checked = checkOne(raw, index, options, seen);
    if (checked.ok) accepted.push(checked.template);
    else rejected.push(checked.rejection);
  });
  return { accepted, rejected };
}

/** Parses a file's text, then validates it; text that is not JSON gives fileError 'notJson'. */
export function parseTemplateFile(text: string, options: ImportOptions = {}): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { accepted: [], rejected: [], fileError: 'notJson' };
  }
  return validateTemplates(json, options);
}
