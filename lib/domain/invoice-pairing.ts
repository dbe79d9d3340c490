/**
 * Bulk invoices: pair each file with its order by the order id written in the
 * file name (anywhere in it). A file is paired only when exactly one of the
 * selected orders is named in it: a name with two selected ids, or an id of an
 * order that was not selected, is never guessed at; the seller sees it among
 * the unmatched files.
 */

/** An order id standing alone: not inside a longer run of digits (look-alikes); letters may touch it (rechnung112-...). */
const ID_IN_NAME = /(?<![0-9])(?:\d{3}|D\d{2})-\d{7}-\d{7}(?![0-9])/g;

/** Every distinct order id in a file name, in order of appearance. */
export function orderIdsIn(name: string): string[] {
  return [...new Set([...name.matchAll(ID_IN_NAME)].map((m) => m[0]))];
}

export type UnmatchedWhy = 'noId' | 'otherOrder' | 'severalOrders' | 'tooMany';

export interface Pairing {
  /** Selected order id -> indexes of its files, in the order given. */
  pairs: { orderId: string; files: number[] }[];
  /** Selected orders no file named. */
  ordersWithout: string[];
  unmatched: { file: number; why: UnmatchedWhy }[];
}

/** Pair file names (by index) with the selected orders; `maxPerOrder` is the reason's file count. */
export function pairFilesWithOrders(orderIds: readonly string[], fileNames: readonly string[], maxPerOrder = 5): Pairing {
  const selected = new Set(orderIds);
  const byOrder = new Map<string, number[]>();
  const unmatched: Pairing['unmatched'] = [];
  fileNames.forEach((name, file) => {
    const ids = orderIdsIn(name);
    const mine = ids.filter((id) => selected.has(id));
    if (ids.length === 0) return unmatched.push({ file, why: 'noId' });
    if (mine.length === 0) return unmatched.push({ file, why: 'otherOrder' });
    if (mine.length > 1) return unmatched.push({ file, why: 'severalOrders' });
    const list = byOrder.get(mine[0]!) ?? [];
    if (list.length >= maxPerOrder) return unmatched.push({ file, why: 'tooMany' });
    byOrder.set(mine[0]!, [...list, file]);
  });
  const unique = [...selected];
  return {
    pairs: unique.filter((id) => byOrder.has(id)).map((orderId) => ({ orderId, files: byOrder.get(orderId)! })),
    ordersWithout: unique.filter((id) => !byOrder.has(id)),
    unmatched,
  };
}
