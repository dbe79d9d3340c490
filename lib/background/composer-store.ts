/**
 * Reading and writing the composer's stored items. Reads are lenient: each
 * template, hidden-starter note and draft is validated on its own, so one
 * damaged entry is dropped (and reported once, without its content) while the
 * seller's other templates survive. Writes are serialised per item, because
 * every write is read-modify-write on one storage value.
 */
import { writeChain } from './write-chain';
import * as v from 'valibot';
import { TemplateSchema, type Template } from '../domain/templates';
import { composerDraftsItem, composerTemplatesItem } from '../storage';
import {
  DRAFT_LIMIT,
  HiddenStarterSchema,
  StoredDraftSchema,
  type DraftsData,
  type HiddenStarter,
  type TemplatesData,
} from '../storage/composer';
import { TEMPLATE_ID_PATTERN } from '../domain/templates';
import { ORDER_ID_PATTERN } from '../domain/order';

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function reportDropped(what: string, count: number): void {
  // Counts only: entries may hold buyer-facing text.
  if (count > 0) console.warn(`[parley] composer: ${count} damaged ${what} dropped`);
}

/** The templates item, entry by entry; damaged entries are left out. */
export async function readTemplatesData(): Promise<TemplatesData> {
  const raw = await composerTemplatesItem.getValue();
  const rawTemplates = isRecord(raw) && Array.isArray(raw.templates) ? raw.templates : [];
  const templates: Template[] = [];
  for (const entry of rawTemplates) {
    const parsed = v.safeParse(TemplateSchema, entry);
    if (parsed.success && !parsed.output.builtIn && !templates.some((t) => t.id === parsed.output.id)) templates.push(parsed.output);
  }
  const hiddenStarters: Record<string, HiddenStarter> = {};
  const rawHidden = isRecord(raw) && isRecord(raw.hiddenStarters) ? raw.hiddenStarters : {};
  for (const [id, note] of Object.entries(rawHidden)) {
    const parsed = v.safeParse(HiddenStarterSchema, note);
    if (parsed.success && TEMPLATE_ID_PATTERN.test(id)) hiddenStarters[id] = parsed.output;
  }
  reportDropped('templates', rawTemplates.length - templates.length);
  return { templates, hiddenStarters };
}

/** The drafts item, entry by entry; damaged entries are left out. */
export async function readDraftsData(): Promise<DraftsData> {
  const raw = await composerDraftsItem.getValue();
  const drafts: DraftsData = {};
  let dropped = 0;
  for (const [orderId, entry] of Object.entries(isRecord(raw) ? raw : {})) {
    const parsed = v.safeParse(StoredDraftSchema, entry);
    if (parsed.success && ORDER_ID_PATTERN.test(orderId)) drafts[orderId] = parsed.output;
    else dropped++;
  }
  reportDropped('drafts', dropped);
  return drafts;
}

const templateWrites = writeChain();
const draftWrites = writeChain();

/** Read, change, write the templates item, one change at a time. `change` returns the answer. */
export function updateTemplates<T>(change: (data: TemplatesData) => T | Promise<T>): Promise<T> {
  return templateWrites(async () => {
    const data = await readTemplatesData();
    const answer = await change(data);
    await composerTemplatesItem.setValue(data);
    return answer;
  });
}

/** Read, change, write the drafts item (keeping the newest DRAFT_LIMIT), one change at a time. */
export function updateDrafts<T>(change: (data: DraftsData) => T | Promise<T>): Promise<T> {
  return draftWrites(async () => {
    const data = await readDraftsData();
    const answer = await change(data);
    const newestFirst = Object.entries(data).sort(([, a], [, b]) => b.updatedAt - a.updatedAt);
    await composerDraftsItem.setValue(Object.fromEntries(newestFirst.slice(0, DRAFT_LIMIT)));
    return answer;
  });
}
