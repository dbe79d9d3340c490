/**
 * Damaged templates and drafts are the seller's own text: set aside, never
 * dropped. composer-store calls `setAside` when a stored entry fails its
 * schema; the options page lists them with what can still be read, and the
 * seller restores one (a template checked like an import, a draft when its text
 * reads) or deletes it. Drafts stay sealed here, as in their own item.
 */
import * as v from 'valibot';
import { composerQuarantineItem, getSettings } from '../storage';
import {
  COMPOSER_QUARANTINE_LIMIT,
  ComposerQuarantineSchema,
  type ComposerQuarantineEntry,
  type QuarantineKind,
} from '../storage/composer-quarantine';
import { DraftSchema } from '../domain/draft';
import { ORDER_ID_PATTERN } from '../domain/order';
import { TEMPLATE_FILE_FORMAT, TEMPLATE_FILE_VERSION } from '../domain/templates';
import { SealedSchema } from '../storage/sealed';
import type { QuarantinedItemView, RestoreAnswer } from '../protocol/composer';
import { importTemplates } from './composer-import';
import { updateDrafts } from './composer-store';
import { unseal } from './vault';
import { writeChain } from './write-chain';

const DAY_MS = 86_400_000;
const TEXT_MAX = 20_000;
const writes = writeChain();

export interface Damaged {
  key?: string;
  why: string;
  raw: unknown;
}

async function read(): Promise<ComposerQuarantineEntry[]> {
  const parsed = v.safeParse(ComposerQuarantineSchema, await composerQuarantineItem.getValue());
  return parsed.success ? parsed.output.entries : [];
}

function change<T>(fn: (entries: ComposerQuarantineEntry[]) => { entries?: ComposerQuarantineEntry[]; value: T }): Promise<T> {
  return writes(async () => {
    const out = fn(await read());
    if (out.entries) await composerQuarantineItem.setValue({ entries: out.entries.slice(-COMPOSER_QUARANTINE_LIMIT) });
    return out.value;
  });
}

const sameRecord = (a: ComposerQuarantineEntry, kind: QuarantineKind, raw: string) => a.kind === kind && JSON.stringify(a.raw) === raw;

/** Keep damaged entries aside (each once, however often the damaged item is read). Resolves once stored. */
export function setAside(kind: QuarantineKind, damaged: readonly Damaged[], now = Date.now()): Promise<number> {
  if (damaged.length === 0) return Promise.resolve(0);
  return change((entries) => {
    const added = damaged
      .filter((d) => !entries.some((e) => sameRecord(e, kind, JSON.stringify(d.raw))))
      .map((d, i) => ({
        id: `${kind[0]}-${now}-${i}`,
        kind,
        at: now,
        why: d.why.slice(0, 300),
        raw: d.raw,
        ...(d.key ? { key: d.key.slice(0, 120) } : {}),
      }));
    return added.length ? { entries: [...entries, ...added], value: added.length } : { value: 0 };
  });
}

/** The draft's text, when its seal opens and it holds a text; null otherwise. */
async function draftText(raw: unknown): Promise<string | null> {
  const sealed = v.safeParse(SealedSchema, (raw as { sealed?: unknown } | null)?.sealed);
  if (!sealed.success) return null;
  try {
    const plain = (await unseal<unknown>(sealed.output)) as { text?: unknown } | null;
    return typeof plain?.text === 'string' ? plain.text.slice(0, TEXT_MAX) : null;
  } catch {
    return null;
  }
}

export async function listQuarantined(): Promise<QuarantinedItemView[]> {
  const entries = await read();
  return Promise.all(
    entries.map(async (e) => ({
      id: e.id,
      kind: e.kind,
      at: e.at,
      why: e.why,
      ...(e.key ? { key: e.key } : {}),
      text: e.kind === 'template' ? JSON.stringify(e.raw, null, 2).slice(0, TEXT_MAX) : await draftText(e.raw),
    })),
  );
}

export function dismissQuarantined(id: string): Promise<boolean> {
  return change((entries) => {
    const kept = entries.filter((e) => e.id !== id);
    return kept.length === entries.length ? { value: false } : { entries: kept, value: true };
  });
}

async function restoreDraft(entry: ComposerQuarantineEntry, now: number): Promise<RestoreAnswer> {
  const orderId = entry.key && ORDER_ID_PATTERN.test(entry.key) ? entry.key : undefined;
  if (!orderId) return { restored: false, kind: 'draft', why: 'noOrder' };
  const sealed = v.safeParse(SealedSchema, (entry.raw as { sealed?: unknown } | null)?.sealed);
  const plain = sealed.success ? await unseal<unknown>(sealed.output).catch(() => undefined) : undefined;
  if (!sealed.success || !v.safeParse(DraftSchema, plain).success) return { restored: false, kind: 'draft', why: 'unreadable' };
  const put = await updateDrafts((data) => {
    if (data[orderId]) return false;
    data[orderId] = { sealed: sealed.output, updatedAt: now };
    return true;
  });
  return put ? { restored: true, kind: 'draft', orderId } : { restored: false, kind: 'draft', why: 'draftExists' };
}

/** Put a set-aside entry back; it leaves the quarantine only when it went back. */
export async function restoreQuarantined(id: string, now = Date.now()): Promise<RestoreAnswer | null> {
  const entry = (await read()).find((e) => e.id === id);
  if (!entry) return null;
  let answer: RestoreAnswer;
  if (entry.kind === 'template') {
    const file = JSON.stringify({ format: TEMPLATE_FILE_FORMAT, version: TEMPLATE_FILE_VERSION, templates: [entry.raw] });
    const report = await importTemplates(file, now);
    const back = report.added.length + report.unchanged.length > 0;
    answer = back ? { restored: true, kind: 'template', report } : { restored: false, kind: 'template', report };
  } else answer = await restoreDraft(entry, now);
  if (answer.restored) await dismissQuarantined(id);
  return answer;
}

/** Set-aside drafts are buyer data: they go at retention, like drafts. Answers how many went. */
export async function purgeQuarantinedDrafts(now = Date.now(), all = false): Promise<number> {
  const limit = (await getSettings()).retentionDays * DAY_MS;
  return change((entries) => {
    const kept = entries.filter((e) => e.kind !== 'draft' || (!all && now - e.at <= limit));
    return kept.length === entries.length ? { value: 0 } : { entries: kept, value: entries.length - kept.length };
  });
}
