/**
 * The contacts area's stored items, read entry by entry (a damaged entry is
 * dropped and counted, never shown, the others survive) and written through
 * one chain per item, because every write is read-modify-write of one value.
 * The chains are not state: a stopped worker loses nothing by forgetting them.
 */
import * as v from 'valibot';
import type { ContactRecord } from '../domain/history';
import type { Sender } from '../domain/senders';
import { contactsHistoryItem, contactsSendersItem } from '../storage';
import { PurgeReportSchema, SenderSchema, StoredRecordSchema, type PurgeReport, type StoredRecord } from '../storage/contacts';
import type { Sealed } from './vault';
import { writeChain } from './write-chain';

const senderWrites = writeChain();
const historyWrites = writeChain();

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

function dropped(what: string, count: number): void {
  // A count only: entries may hold buyer data.
  if (count > 0) console.warn(`[parley] contacts: ${count} damaged ${what} dropped`);
}

export async function readSenders(): Promise<Sender[]> {
  const raw = await contactsSendersItem.getValue();
  const list = isRecord(raw) && Array.isArray(raw.senders) ? raw.senders : [];
  const senders: Sender[] = [];
  for (const entry of list) {
    const parsed = v.safeParse(SenderSchema, entry);
    if (parsed.success && !senders.some((s) => s.address.toLowerCase() === parsed.output.address.toLowerCase()))
      senders.push(parsed.output);
  }
  dropped('sender addresses', list.length - senders.length);
  return senders;
}

/** Read, let `fn` decide, write when it returns a new list. */
export function updateSenders<T>(
  fn: (list: Sender[]) => { list?: Sender[]; value: T } | Promise<{ list?: Sender[]; value: T }>,
): Promise<T> {
  return senderWrites(async () => {
    const out = await fn(await readSenders());
    if (out.list) await contactsSendersItem.setValue({ senders: out.list });
    return out.value;
  });
}

export interface HistoryState {
  records: StoredRecord[];
  lastPurge?: PurgeReport;
}

export async function readHistory(): Promise<HistoryState> {
  const raw = await contactsHistoryItem.getValue();
  const list = isRecord(raw) && Array.isArray(raw.records) ? raw.records : [];
  const records: StoredRecord[] = [];
  for (const entry of list) {
    const parsed = v.safeParse(StoredRecordSchema, entry);
    if (parsed.success) records.push(parsed.output as ContactRecord<Sealed>);
  }
  dropped('history records', list.length - records.length);
  const purge = isRecord(raw) ? v.safeParse(PurgeReportSchema, raw.lastPurge) : undefined;
  return purge?.success ? { records, lastPurge: purge.output } : { records };
}

export function updateHistory<T>(
  fn: (state: HistoryState) => { state?: HistoryState; value: T } | Promise<{ state?: HistoryState; value: T }>,
): Promise<T> {
  return historyWrites(async () => {
    const out = await fn(await readHistory());
    if (out.state)
      await contactsHistoryItem.setValue(
        out.state.lastPurge ? { records: out.state.records, lastPurge: out.state.lastPurge } : { records: out.state.records },
      );
    return out.value;
  });
}
