/**
 * Approved sender addresses: the seller's own addresses Amazon accepts mail
 * from (Messaging Permissions). Mail to a buyer's relay address from any other
 * address is rejected by Amazon, so the email path offers approved addresses
 * only and holds a message for any other until it is approved. Pure: the
 * background stores the list (lib/background/senders.ts).
 */
import { MARKETPLACES } from './marketplaces';

/** approved: Amazon accepts it. pending: added, not yet approved on Amazon's page. blocked: refused there. */
export const SENDER_STATUSES = ['approved', 'pending', 'blocked'] as const;
export type SenderStatus = (typeof SENDER_STATUSES)[number];

export const SENDER_SOURCES = ['manual', 'import'] as const;
export type SenderSource = (typeof SENDER_SOURCES)[number];

export interface Sender {
  /** Canonical form: trimmed, domain in lower case. */
  address: string;
  status: SenderStatus;
  source: SenderSource;
  addedAt: number;
  updatedAt: number;
}

export const SENDER_LIMIT = 50;
export const ADDRESS_MAX_LENGTH = 254;

/** Why an address cannot be a sender. The UI turns each into a sentence (contactsAddressWhy_<code>). */
export const ADDRESS_PROBLEMS = ['empty', 'tooLong', 'format', 'relay'] as const;
export type AddressProblem = (typeof ADDRESS_PROBLEMS)[number];

export type AddressCheck = { ok: true; address: string } | { ok: false; why: AddressProblem };

// Dot-atom local part (RFC 5322, no quoted strings: no mail provider hands those out)
// and a domain of LDH labels with a letter TLD. Bounded: runs on every keystroke.
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}){0,20}$/;
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

const RELAY_SUFFIXES = MARKETPLACES.map((mp) => `.${mp.relayDomain}`);

/** An Amazon relay domain (the buyer side), which can never be the seller's own sender. */
function isRelayDomain(domain: string): boolean {
  return MARKETPLACES.some((mp) => mp.relayDomain === domain) || RELAY_SUFFIXES.some((s) => domain.endsWith(s));
}

/** Validate an address typed or read from a page; answers its canonical form or why not. */
export function checkAddress(raw: string | null | undefined): AddressCheck {
  const text = (raw ?? '').trim().replace(/^mailto:/i, '');
  if (text.length === 0) return { ok: false, why: 'empty' };
  if (text.length > ADDRESS_MAX_LENGTH) return { ok: false, why: 'tooLong' };
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) return { ok: false, why: 'format' };
  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  const labels = domain.split('.');
  if (!LOCAL.test(local) || labels.length < 2 || !labels.every((l) => LABEL.test(l)) || !TLD.test(labels.at(-1)!)) {
    return { ok: false, why: 'format' };
  }
  if (isRelayDomain(domain)) return { ok: false, why: 'relay' };
  return { ok: true, address: `${local}@${domain}` };
}

/** Same address? Domains compare case-insensitively; local parts too (every big provider ignores case). */
export const sameAddress = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function findSender(list: readonly Sender[], address: string): Sender | undefined {
  return list.find((s) => sameAddress(s.address, address));
}

export function isApproved(list: readonly Sender[], address: string): boolean {
  return findSender(list, address)?.status === 'approved';
}

/** The addresses the email path may offer, in the seller's order. */
export function approvedAddresses(list: readonly Sender[]): string[] {
  return list.filter((s) => s.status === 'approved').map((s) => s.address);
}

export type SenderChange =
  { ok: true; list: Sender[]; sender: Sender; before?: SenderStatus } | { ok: false; why: AddressProblem | 'exists' | 'notFound' | 'full' };

/** Add an address (refused if invalid, already listed, or the list is full). */
export function addSender(
  list: readonly Sender[],
  raw: string,
  status: SenderStatus,
  now: number,
  source: SenderSource = 'manual',
): SenderChange {
  const check = checkAddress(raw);
  if (!check.ok) return check;
  if (findSender(list, check.address)) return { ok: false, why: 'exists' };
  if (list.length >= SENDER_LIMIT) return { ok: false, why: 'full' };
  const sender: Sender = { address: check.address, status, source, addedAt: now, updatedAt: now };
  return { ok: true, list: [...list, sender], sender };
}

export function setSenderStatus(list: readonly Sender[], address: string, status: SenderStatus, now: number): SenderChange {
  const index = list.findIndex((s) => sameAddress(s.address, address));
  const old = list[index];
  if (!old) return { ok: false, why: 'notFound' };
  const sender: Sender = old.status === status ? old : { ...old, status, updatedAt: now };
  return { ok: true, list: list.with(index, sender), sender, before: old.status };
}

export function removeSender(list: readonly Sender[], address: string): SenderChange {
  const old = findSender(list, address);
  if (!old) return { ok: false, why: 'notFound' };
  return { ok: true, list: list.filter((s) => s !== old), sender: old, before: old.status };
}

/** An address as the Messaging Permissions page showed it. */
export interface ReadPermission {
  email: string;
  status: string;
}

/** One line of the import review: what importing that row would do. */
export interface ImportRow {
  /** Canonical address, or the raw text (trimmed, bounded) when invalid. */
  address: string;
  status: SenderStatus;
  change: 'new' | 'status' | 'same' | 'invalid';
  /** For 'status': what Parley has now. */
  before?: SenderStatus;
  why?: AddressProblem;
}

/** The page's status words (any case, a few languages) to ours; anything unknown is 'pending'. */
export function permissionStatus(text: string): SenderStatus {
  const s = text.trim().toLowerCase();
  if (/approved|genehmigt|approuvé|aprobad|approvat|承認|已批准|批准|已获批/.test(s)) return 'approved';
  if (/blocked|blockiert|gesperrt|bloqué|bloquead|bloccat|ブロック|已阻止|阻止|屏蔽/.test(s)) return 'blocked';
  return 'pending';
}

/** Compare what the page showed with Parley's list: one row per distinct address, in page order. */
export function planImport(list: readonly Sender[], read: readonly ReadPermission[]): ImportRow[] {
  const rows: ImportRow[] = [];
  for (const entry of read.slice(0, SENDER_LIMIT * 2)) {
    const status = permissionStatus(entry.status);
    const check = checkAddress(entry.email);
    if (!check.ok) {
      rows.push({ address: entry.email.trim().slice(0, ADDRESS_MAX_LENGTH), status, change: 'invalid', why: check.why });
      continue;
    }
    if (rows.some((r) => r.change !== 'invalid' && sameAddress(r.address, check.address))) continue;
    const known = findSender(list, check.address);
    const change = !known ? 'new' : known.status === status ? 'same' : 'status';
    rows.push({ address: check.address, status, change, ...(known && change === 'status' ? { before: known.status } : {}) });
  }
  return rows;
}

/** Apply the rows the seller ticked (new ones are added, changed ones updated); invalid or unchanged rows do nothing. */
export function applyImport(
  list: readonly Sender[],
  rows: readonly ImportRow[],
  now: number,
): { list: Sender[]; approved: string[]; skipped: number } {
  let next = [...list];
  const approved: string[] = [];
  let skipped = 0;
  for (const row of rows) {
    const change =
      row.change === 'invalid'
        ? undefined
        : findSender(next, row.address)
          ? setSenderStatus(next, row.address, row.status, now)
          : addSender(next, row.address, row.status, now, 'import');
    if (!change?.ok) {
      skipped++;
      continue;
    }
    if (row.status === 'approved' && change.before !== 'approved') approved.push(change.sender.address);
    next = change.list;
  }
  return { list: next, approved, skipped };
}
