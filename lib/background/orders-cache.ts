/**
 * The background's order cache: the facts the order pages reported, so the
 * composer (popup) knows an order. Lives in storage.session (memory only, for
 * the browser session), holds at most ORDER_CACHE_LIMIT orders and drops the
 * least recently seen first. Every fact is validated with OrderFactsSchema on
 * the way in and on the way out: a hostile or damaged entry is refused alone.
 *
 * Buyer data at rest (issue 6): the buyer's name is stored sealed by the vault
 * (`sealedName`), never in the clear, not even in storage.session; only the
 * entries a caller asks for are unsealed.
 */
import * as v from 'valibot';
import { OrderFactsSchema, type OrderFacts } from '../domain/order';
import { completeFacts } from '../domain/order-complete';
import { orderCacheItem } from '../storage';
import { ORDER_CACHE_LIMIT } from '../storage/orders';
import { seal, SealedSchema, unseal, type Sealed } from './vault';
import type { RefusedFact } from '../protocol/orders';

/**
 * Writes are read-modify-write on one storage item: chain them so two reports
 * arriving together never overwrite each other. The chain is not state: a
 * stopped worker loses nothing by forgetting it.
 */
let writes: Promise<unknown> = Promise.resolve();
function serialised<T>(task: () => Promise<T>): Promise<T> {
  const run = writes.then(task, task);
  writes = run.catch(() => undefined);
  return run;
}

/** Newer facts win field by field; what the newer page did not show is kept from before. */
export function mergeFacts(older: OrderFacts, newer: OrderFacts): OrderFacts {
  const merged: Record<string, unknown> = { ...older };
  for (const [key, value] of Object.entries(newer)) if (value !== undefined) merged[key] = value;
  if (newer.items.length === 0) merged.items = older.items;
  // A list row says less than the details page: an unknown newer status keeps the known one.
  if (newer.status === 'unknown') merged.status = older.status;
  if (newer.fulfillment === 'unknown') merged.fulfillment = older.fulfillment;
  return merged as OrderFacts;
}

/** Put facts at the most recent end, merging with what was known; keep the newest `limit`. */
export function withFacts(cache: readonly OrderFacts[], incoming: readonly OrderFacts[], limit = ORDER_CACHE_LIMIT): OrderFacts[] {
  const byId = new Map(cache.map((f) => [f.orderId, f] as const));
  for (const facts of incoming) {
    const known = byId.get(facts.orderId);
    byId.delete(facts.orderId); // re-inserting moves it to the most recent end
    byId.set(facts.orderId, known ? mergeFacts(known, facts) : facts);
  }
  const all = [...byId.values()];
  return all.slice(Math.max(0, all.length - limit));
}

/** An entry as stored: the facts without the buyer's name, and the name sealed. */
type StoredFacts = Omit<OrderFacts, 'buyerName'> & { sealedName?: Sealed };

/** The stored entries, least recently seen first; damaged entries are left out. Names stay sealed. */
async function readStored(): Promise<StoredFacts[]> {
  const raw = (await orderCacheItem.getValue()) as { orders?: unknown } | null;
  const list = Array.isArray(raw?.orders) ? raw.orders : [];
  const valid: StoredFacts[] = [];
  for (const entry of list) {
    const parsed = v.safeParse(OrderFactsSchema, entry);
    if (!parsed.success) continue;
    const { buyerName: _plain, ...facts } = parsed.output; // a name in the clear is never trusted back
    const sealed = v.safeParse(SealedSchema, (entry as { sealedName?: unknown }).sealedName);
    valid.push(sealed.success ? { ...facts, sealedName: sealed.output } : facts);
  }
  return valid;
}

async function toStored(facts: OrderFacts): Promise<StoredFacts> {
  const { buyerName, ...rest } = facts;
  return buyerName === undefined ? rest : { ...rest, sealedName: await seal(buyerName) };
}

async function fromStored(entry: StoredFacts): Promise<OrderFacts> {
  const { sealedName, ...facts } = entry;
  if (!sealedName) return facts;
  try {
    return { ...facts, buyerName: await unseal<string>(sealedName) };
  } catch {
    return facts; // the key was shredded ("Delete all buyer data"): the name is gone
  }
}

/** The cached orders, least recently seen first; damaged entries are left out. */
export async function readOrders(): Promise<OrderFacts[]> {
  return Promise.all((await readStored()).map(fromStored));
}

/** Validate and store facts from a page. Answers how many were stored and which were refused. */
export function putOrders(facts: readonly unknown[]): Promise<{ stored: number; refused: RefusedFact[] }> {
  const good: OrderFacts[] = [];
  const refused: RefusedFact[] = [];
  facts.forEach((entry, index) => {
    const parsed = v.safeParse(OrderFactsSchema, entry);
    // The page sends what it shows; status and ISO dates are worked out here (pure, lib/domain).
    if (parsed.success) good.push(completeFacts(parsed.output));
    // Name the field and the rule, never the value (it may be buyer data).
    else refused.push({ index, message: `${v.getDotPath(parsed.issues[0]!) ?? 'facts'} (${parsed.issues[0]!.type})` });
  });
  if (good.length === 0) return Promise.resolve({ stored: 0, refused });
  return serialised(async () => {
    const incoming = await Promise.all(good.map(toStored));
    // Merged in stored form: a newer sealed name replaces the older one, an absent one keeps it.
    const next = withFacts((await readStored()) as OrderFacts[], incoming as OrderFacts[]);
    await orderCacheItem.setValue({ orders: next });
    return { stored: good.length, refused };
  });
}

export async function getOrder(orderId: string): Promise<OrderFacts | undefined> {
  const entry = (await readStored()).find((f) => f.orderId === orderId);
  return entry && fromStored(entry);
}

/** Several orders with one read of the cache (bulk: a read per order validated the whole cache each time). */
export async function getOrders(orderIds: readonly string[]): Promise<Map<string, OrderFacts>> {
  const wanted = new Set(orderIds);
  const found = (await readStored()).filter((f) => wanted.has(f.orderId));
  return new Map(await Promise.all(found.map(async (f) => [f.orderId, await fromStored(f)] as const)));
}

/** The most recently seen orders first. */
export async function recentOrders(limit: number): Promise<OrderFacts[]> {
  return Promise.all((await readStored()).slice(-limit).reverse().map(fromStored));
}

/** Forget every cached order (buyer data): used when the seller asks to delete buyer data. */
export function clearOrders(): Promise<void> {
  return serialised(() => orderCacheItem.setValue({ orders: [] }));
}
