/**
 * Reading and writing the composer's stored items. Reads are lenient: each
 * template, hidden-starter note and draft is validated on its own, so one
 * damaged entry is set aside (composer-quarantine.ts: the seller can restore or
 * delete it) while the seller's other templates survive, and the item is then
 * rewritten without it. Writes are serialised per item, because every write is
 * read-modify-write on one storage value.
 */
import { writeChain } from './write-chain';
import { setAside, type Damaged } from './composer-quarantine';
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

const issueOf = (parsed: { issues?: readonly { message: string }[] }, fallback: string): string => parsed.issues?.[0]?.message ?? fallback;

let inTemplateWrite = false;
let inDraftWrite = false;

/** Damaged entries go aside first (awaited: nothing is written before they are safe), then out of the item. */
async function keepAside(kind: 'template' | 'draft', damaged: Damaged[]): Promise<void> {
  if (damaged.length === 0) return;
  // Counts only: entries may hold buyer-facing text.
  console.warn(`[parley] composer: ${damaged.length} damaged ${kind}(s) set aside`);
  await setAside(kind, damaged);
  // Inside a write the item is rewritten anyway; outside, rewrite it once without them.
  if (kind === 'template' && !inTemplateWrite) void updateTemplates(() => undefined);
  if (kind === 'draft' && !inDraftWrite) void updateDrafts(() => undefined);
}

/** The templates item, entry by entry; damaged entries are left out. */
export async function readTemplatesData(): Promise<TemplatesData> {
  const raw = await composerTemplatesItem.getValue();
  const rawTemplates = isRecord(raw) && Array.isArray(raw.templates) ? raw.templates : [];
  const templates: Template[] = [];
  const ids = new Set<string>();
  const damaged: Damaged[] = [];
  for (const entry of rawTemplates) {
    const parsed = v.safeParse(TemplateSchema, entry);
    if (parsed.success && !parsed.output.builtIn && !ids.has(parsed.output.id)) {
      ids.add(parsed.output.id);
      templates.push(parsed.output);
    } else if (!parsed.success) {
      const id = isRecord(entry) && typeof entry.id === 'string' ? entry.id : undefined;
      damaged.push({ why: issueOf(parsed, 'invalid'), raw: entry, ...(id ? { key: id } : {}) });
    }
  }
  const hiddenStarters: Record<string, HiddenStarter> = {};
  const rawHidden = isRecord(raw) && isRecord(raw.hiddenStarters) ? raw.hiddenStarters : {};
  for (const [id, note] of Object.entries(rawHidden)) {
    const parsed = v.safeParse(HiddenStarterSchema, note);
    if (parsed.success && TEMPLATE_ID_PATTERN.test(id)) hiddenStarters[id] = parsed.output;
  }
  await keepAside('template', damaged);
  return { templates, hiddenStarters };
}

/** The drafts item, entry by entry; damaged entries are left out. */
export async function readDraftsData(): Promise<DraftsData> {
  const raw = await composerDraftsItem.getValue();
  const drafts: DraftsData = {};
  const damaged: Damaged[] = [];
  for (const [orderId, entry] of Object.entries(isRecord(raw) ? raw : {})) {
    const parsed = v.safeParse(StoredDraftSchema, entry);
    if (parsed.success && ORDER_ID_PATTERN.test(orderId)) drafts[orderId] = parsed.output;
    else damaged.push({ why: parsed.success ? 'not an order id' : issueOf(parsed, 'invalid'), raw: entry, key: orderId });
  }
  await keepAside('draft', damaged);
  return drafts;
}

const templateWrites = writeChain();
const draftWrites = writeChain();

/** Read, change, write the templates item, one change at a time. `change` returns the answer. */
export function updateTemplates<T>(change: (data: TemplatesData) => T | Promise<T>): Promise<T> {
  return templateWrites(async () => {
    inTemplateWrite = true;
    try {
      const data = await readTemplatesData();
      const answer = await change(data);
      await composerTemplatesItem.setValue(data);
      return answer;
    } finally {
      inTemplateWrite = false;
    }
  });
}

/** Read, change, write the drafts item (keeping the newest DRAFT_LIMIT), one change at a time. */
export function updateDrafts<T>(change: (data: DraftsData) => T | Promise<T>): Promise<T> {
  return draftWrites(async () => {
    inDraftWrite = true;
    try {
      const data = await readDraftsData();
      const answer = await change(data);
      const newestFirst = Object.entries(data).sort(([, a], [, b]) => b.updatedAt - a.updatedAt);
      await composerDraftsItem.setValue(Object.fromEntries(newestFirst.slice(0, DRAFT_LIMIT)));
      return answer;
    } finally {
      inDraftWrite = false;
    }
  });
}
