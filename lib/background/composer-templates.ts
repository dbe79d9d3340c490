/**
 * The quick-reply list the composer and the options page see: Parley's
 * starters merged with the seller's own templates and the seller's decisions
 * about starters. Starters are read-only: deleting one hides it (restorable),
 * editing one saves the seller's copy and hides the original in its favour.
 */
import { STARTER_TEMPLATES, starterById } from '../domain/quick-replies';
import { validateTemplates } from '../domain/template-import';
import { templateHead, type TemplateHead } from '../domain/template-heads';
import { BUILT_IN_ID_PREFIX, TEMPLATE_LIMITS, type Template } from '../domain/templates';
import type { TemplateInput } from '../protocol/composer-schemas';
import { readTemplatesData, updateTemplates } from './composer-store';
import { composerTemplatesItem } from '../storage';
import type { HiddenStarterEntry, TemplateList, SaveAnswer } from '../protocol/composer';

/**
 * The list, kept in the worker's memory until the templates item changes: the
 * popup asks for it on every open, and with a thousand quick replies reading
 * and validating the item costs more than drawing the composer. Any write, from
 * any context, clears it (storage's change event); a worker restart starts empty.
 */
let cached: Promise<TemplateList> | undefined;
let unwatch: (() => void) | undefined;

export function listTemplates(): Promise<TemplateList> {
  if (cached) return cached;
  unwatch ??= composerTemplatesItem.watch(clearTemplatesCache);
  const list = buildList();
  cached = list;
  list.catch(() => {
    if (cached === list) cached = undefined;
  });
  return list;
}

/** The list's heads (no bodies), worked out once per kept list: what the composer's picker shows first. */
let heads: { of: Promise<TemplateList>; heads: Promise<TemplateHead[]> } | undefined;
export function listTemplateHeads(): Promise<TemplateHead[]> {
  const list = listTemplates();
  if (heads?.of !== list) heads = { of: list, heads: list.then((l) => l.templates.map(templateHead)) };
  return heads.heads;
}

/** Forget the kept list (on every change of the item; tests call it when they reset the fake browser). */
export function clearTemplatesCache(): void {
  cached = undefined;
  unwatch?.();
  unwatch = undefined;
}

async function buildList(): Promise<TemplateList> {
  const data = await readTemplatesData();
  const templates: Template[] = [...data.templates];
  const hidden: HiddenStarterEntry[] = [];
  for (const starter of STARTER_TEMPLATES) {
    const note = data.hiddenStarters[starter.id];
    if (note) hidden.push({ ...note, template: starter });
    else templates.push(starter);
  }
  return { templates, hidden };
}

/** A fresh id for the seller's templates: time plus randomness, never `starter.`. */
export function newTemplateId(taken: ReadonlySet<string>, now = Date.now()): string {
  for (;;) {
    const id = `t-${now.toString(36)}-${crypto.getRandomValues(new Uint32Array(1))[0]!.toString(36)}`;
    if (!taken.has(id)) return id;
  }
}

/** Only the fields a template has, without empty language entries. */
function cleanInput(input: TemplateInput): Omit<Template, 'id' | 'builtIn' | 'updatedAt'> {
  const nonEmpty = (r: Partial<Record<string, string>> | undefined) =>
    Object.fromEntries(Object.entries(r ?? {}).filter(([, s]) => typeof s === 'string' && s.trim() !== ''));
  const out: Omit<Template, 'id' | 'builtIn' | 'updatedAt'> = {
    name: input.name.trim(),
    reasons: [...input.reasons],
    bodies: nonEmpty(input.bodies),
  };
  const names = nonEmpty(input.names);
  const subject = nonEmpty(input.subject);
  if (Object.keys(names).length) out.names = names;
  if (Object.keys(subject).length) out.subject = subject;
  if (input.kind) out.kind = input.kind;
  return out;
}

/**
 * Save a template. A new one (no id, or an id no longer stored) gets a fresh
 * id; a starter's id saves an edited copy and hides the starter. The text is
 * checked with the same rules as an import (variables, limits, reasons).
 */
export function saveTemplate(input: TemplateInput, now = Date.now()): Promise<SaveAnswer> {
  return updateTemplates((data) => {
    const taken = new Set(data.templates.map((t) => t.id));
    const editedStarter = input.id?.startsWith(BUILT_IN_ID_PREFIX) ? starterById(input.id) : undefined;
    const existing = input.id && !editedStarter ? data.templates.findIndex((t) => t.id === input.id) : -1;
    const id = existing >= 0 || (input.id && !input.id.startsWith(BUILT_IN_ID_PREFIX)) ? input.id! : newTemplateId(taken, now);
    const checked = validateTemplates([{ ...cleanInput(input), id, updatedAt: now }], { now });
    const saved = checked.accepted[0];
    if (!saved) return { rejected: checked.rejected[0] ?? { index: 0, reasons: ['badField'] } };
    if (existing >= 0) data.templates[existing] = saved;
    else if (data.templates.length >= TEMPLATE_LIMITS.count) return { rejected: { index: 0, name: saved.name, reasons: ['tooMany'] } };
    else data.templates.unshift(saved);
    if (editedStarter) data.hiddenStarters[editedStarter.id] = { why: 'edited', copyId: saved.id, at: now };
    return { saved };
  });
}

/** Delete the seller's template, or hide a starter. Answers whether anything changed. */
export function deleteTemplate(id: string, now = Date.now()): Promise<boolean> {
  return updateTemplates((data) => {
    if (starterById(id)) {
      if (data.hiddenStarters[id]?.why === 'deleted') return false;
      data.hiddenStarters[id] = { why: 'deleted', at: now };
      return true;
    }
    const before = data.templates.length;
    data.templates = data.templates.filter((t) => t.id !== id);
    return data.templates.length !== before;
  });
}

/** Show a hidden starter again (an edited copy, if any, stays the seller's). */
export function restoreStarter(id: string): Promise<boolean> {
  return updateTemplates((data) => {
    if (!data.hiddenStarters[id]) return false;
    delete data.hiddenStarters[id];
    return true;
  });
}
