/**
 * Approved senders in the background: the only writer of the list. Every
 * change that makes an address approved releases the email jobs held for it;
 * every change that takes approval away holds its waiting jobs again.
 * The Messaging Permissions page's list arrives from a content script (what it
 * read, after the seller clicked) and waits in storage.session until the seller
 * confirms the import in the options page.
 */
import {
  addSender,
  applyImport,
  planImport,
  removeSender,
  setSenderStatus,
  type ImportRow,
  type ReadPermission,
  type Sender,
  type SenderChange,
  type SenderStatus,
} from '../domain/senders';
import { contactsImportItem } from '../storage';
import { PendingImportSchema, type PendingImport } from '../storage/contacts';
import * as v from 'valibot';
import { holdAgainFor, releaseHeldFor } from './sender-holds';
import { readSenders, updateSenders } from './contacts-items';
import type { SenderAnswer } from '../protocol/contacts';

async function afterChange(sender: Sender, before: SenderStatus | undefined, after: SenderStatus | undefined): Promise<SenderAnswer> {
  let released = 0;
  let heldAgain = 0;
  if (after === 'approved' && before !== 'approved') released = (await releaseHeldFor([sender.address])).length;
  if (before === 'approved' && after !== 'approved') heldAgain = (await holdAgainFor([sender.address])).length;
  return { ok: true, sender, released, heldAgain };
}

export async function addSenderAddress(address: string, status: SenderStatus, now = Date.now()): Promise<SenderAnswer> {
  const change = await updateSenders<SenderChange>((list) => {
    const out = addSender(list, address, status, now);
    return out.ok ? { list: out.list, value: out } : { value: out };
  });
  return change.ok ? afterChange(change.sender, undefined, change.sender.status) : change;
}

export async function setSenderStatusOf(address: string, status: SenderStatus, now = Date.now()): Promise<SenderAnswer> {
  const change = await updateSenders<SenderChange>((list) => {
    const out = setSenderStatus(list, address, status, now);
    return out.ok ? { list: out.list, value: out } : { value: out };
  });
  return change.ok ? afterChange(change.sender, change.before, change.sender.status) : change;
}

export async function removeSenderAddress(address: string): Promise<SenderAnswer> {
  const change = await updateSenders<SenderChange>((list) => {
    const out = removeSender(list, address);
    return out.ok ? { list: out.list, value: out } : { value: out };
  });
  return change.ok ? afterChange(change.sender, change.before, undefined) : change;
}

export { readSenders };

/** A content script read the Messaging Permissions page (the seller asked it to). */
export async function offerImport(host: string, entries: readonly ReadPermission[], now = Date.now()): Promise<number> {
  const pending: PendingImport = { at: now, host, entries: entries.map((e) => ({ email: e.email, status: e.status })) };
  await contactsImportItem.setValue(v.parse(PendingImportSchema, pending));
  return pending?.entries.length ?? 0;
}

/** The import review: what the page showed compared with Parley's list; null when nothing waits. */
export async function pendingImport(): Promise<{ at: number; host: string; rows: ImportRow[] } | null> {
  const parsed = v.safeParse(PendingImportSchema, await contactsImportItem.getValue());
  if (!parsed.success || !parsed.output) return null;
  return { at: parsed.output.at, host: parsed.output.host, rows: planImport(await readSenders(), parsed.output.entries) };
}

/** Import the addresses the seller ticked (from the pending review only), then forget the review. */
export async function confirmImport(addresses: readonly string[], now = Date.now()): Promise<{ imported: number; released: number }> {
  const review = await pendingImport();
  if (!review) return { imported: 0, released: 0 };
  const wanted = new Set(addresses.map((a) => a.toLowerCase()));
  const rows = review.rows.filter((r) => r.change !== 'invalid' && r.change !== 'same' && wanted.has(r.address.toLowerCase()));
  const out = await updateSenders((list) => {
    const applied = applyImport(list, rows, now);
    return { list: applied.list, value: applied };
  });
  await contactsImportItem.setValue(null);
  const released = (await releaseHeldFor(out.approved, now)).length;
  const demoted = rows.filter((r) => r.before === 'approved' && r.status !== 'approved').map((r) => r.address);
  await holdAgainFor(demoted, now);
  return { imported: rows.length - out.skipped, released };
}

export function discardImport(): Promise<void> {
  return contactsImportItem.setValue(null);
}
