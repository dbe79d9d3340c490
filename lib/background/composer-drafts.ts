/**
 * Drafts: what the seller was writing to one order, kept so a closed popup
 * loses nothing. Sealed by the vault at rest (buyer-facing text), cleared once
 * the message is queued, and purged after the retention setting.
 */
import * as v from 'valibot';
import { getSettings } from '../storage';
import { DraftSchema, type Draft } from '../storage/composer';
import { seal, unseal } from './vault';
import { readDraftsData, updateDrafts } from './composer-store';
import { setAside } from './composer-quarantine';
import type { StoredDraftView } from '../protocol/composer';

const DAY_MS = 86_400_000;

const isEmpty = (d: Draft) => d.text.trim() === '' && !d.reason;

async function retentionMs(): Promise<number> {
  return (await getSettings()).retentionDays * DAY_MS;
}

/** The order's draft, or null (none, too old, or unreadable: the latter two are removed). */
export async function getDraft(orderId: string, now = Date.now()): Promise<StoredDraftView | null> {
  const entry = (await readDraftsData())[orderId];
  if (!entry) return null;
  if (now - entry.updatedAt > (await retentionMs())) {
    await clearDraft(orderId);
    return null;
  }
  let plain: unknown;
  try {
    plain = await unseal<unknown>(entry.sealed);
  } catch {
    // The vault key was shredded or the value damaged: no text can be read from it.
    await clearDraft(orderId);
    return null;
  }
  const parsed = v.safeParse(DraftSchema, plain);
  if (parsed.success) return { draft: parsed.output, updatedAt: entry.updatedAt };
  // Readable but not a draft Parley can open (too long, a bad field): the seller's text, set aside.
  await setAside('draft', [{ key: orderId, why: parsed.issues[0]?.message ?? 'invalid', raw: entry }], now);
  await clearDraft(orderId);
  return null;
}

/** Save (or, when empty, remove) the order's draft. Answers when it was saved. */
export async function saveDraft(orderId: string, draft: Draft, now = Date.now()): Promise<{ savedAt: number }> {
  if (isEmpty(draft)) {
    await clearDraft(orderId);
    return { savedAt: now };
  }
  const sealed = await seal(draft);
  await updateDrafts((data) => {
    data[orderId] = { sealed, updatedAt: now };
  });
  return { savedAt: now };
}

export function clearDraft(orderId: string): Promise<boolean> {
  return updateDrafts((data) => {
    if (!data[orderId]) return false;
    delete data[orderId];
    return true;
  });
}

/** Remove drafts older than the retention setting. Answers how many went. */
export async function purgeDrafts(now = Date.now()): Promise<number> {
  const maxAge = await retentionMs();
  return updateDrafts((data) => {
    let removed = 0;
    for (const [orderId, entry] of Object.entries(data)) {
      if (now - entry.updatedAt > maxAge) {
        delete data[orderId];
        removed++;
      }
    }
    return removed;
  });
}
