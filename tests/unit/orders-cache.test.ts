import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getOrder, mergeFacts, putOrders, readOrders, recentOrders, withFacts } from '@/lib/background/orders-cache';
import { orderCacheItem } from '@/lib/storage';
import { facts } from './orders-fixtures';

describe('withFacts (LRU)', () => {
  it('appends new orders at the most recent end', () => {
    expect(withFacts([facts(1)], [facts(2)]).map((f) => f.buyerName)).toEqual(['Buyer 1', 'Buyer 2']);
  });

  it('moves a seen-again order to the most recent end and merges it', () => {
    const list = withFacts([facts(1), facts(2), facts(3)], [facts(1, { status: 'shipped' })]);
    expect(list.map((f) => f.orderId.slice(4, 11))).toEqual(['0000002', '0000003', '0000001']);
    expect(list[2]!.status).toBe('shipped');
  });

  it('drops the least recently seen beyond the limit', () => {
    const list = withFacts([facts(1), facts(2), facts(3)], [facts(4), facts(5)], 3);
    expect(list.map((f) => f.buyerName)).toEqual(['Buyer 3', 'Buyer 4', 'Buyer 5']);
  });

  it('keeps at most the limit even from one big batch', () => {
    const batch = Array.from({ length: 700 }, (_, i) => facts(i));
    const list = withFacts([], batch);
    expect(list).toHaveLength(500);
    expect(list[0]!.buyerName).toBe('Buyer 200');
  });
});

describe('mergeFacts', () => {
  it('keeps what the newer page did not show, takes what it did', () => {
    const details = facts(1, { source: 'details', shipBy: { text: 'Nov 26, 2026', iso: '2026-11-26' }, status: 'unshipped' });
    const row = facts(1, { source: 'list', items: [], status: 'unknown', fulfillment: 'unknown', buyerName: 'New Name' });
    const merged = mergeFacts(details, row);
    expect(merged.shipBy?.iso).toBe('2026-11-26');
    expect(merged.items).toEqual(details.items);
    expect(merged.status).toBe('unshipped');
    expect(merged.fulfillment).toBe('seller');
    expect(merged.buyerName).toBe('New Name');
    expect(merged.source).toBe('list');
  });
});

describe('putOrders / readOrders', () => {
  it('stores valid facts in storage.session and reads them back', async () => {
    const answer = await putOrders([facts(1), facts(2)]);
    expect(answer).toEqual({ stored: 2, refused: [] });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    const session = await fakeBrowser.storage.session.get('ordersCache');
    expect((session.ordersCache as { orders: unknown[] }).orders).toHaveLength(2);
    expect((await getOrder(facts(2).orderId))?.buyerName).toBe('Buyer 2');
    expect((await recentOrders(5)).map((f) => f.buyerName)).toEqual(['Buyer 2', 'Buyer 1']);
  });

  it.each([
    ['a bad order id', { ...facts(1), orderId: '<script>' }, 'orderId'],
    ['an oversized buyer name', { ...facts(1), buyerName: 'x'.repeat(401) }, 'buyerName'],
    ['an unknown status', { ...facts(1), status: 'lost' }, 'status'],
    ['too many items', { ...facts(1), items: Array.from({ length: 201 }, () => facts(1).items[0]) }, 'items'],
    ['a string', 'hello', 'facts'],
    ['null', null, 'facts'],
  ])('refuses %s alone, keeping the rest of the batch', async (_name, bad, field) => {
    const answer = await putOrders([facts(1), bad, facts(3)]);
    expect(answer.stored).toBe(2);
    expect(answer.refused).toHaveLength(1);
    expect(answer.refused[0]!.index).toBe(1);
    expect(answer.refused[0]!.message).toContain(field);
    expect((await readOrders()).map((f) => f.buyerName)).toEqual(['Buyer 1', 'Buyer 3']);
  });

  it('adds ISO dates to the dates the page sent as text', async () => {
    await putOrders([{ ...facts(1), pageLanguage: 'en-US', shipBy: { text: 'Ship by Nov 27, 2026' } }]);
    expect((await readOrders())[0]!.shipBy).toEqual({ text: 'Ship by Nov 27, 2026', iso: '2026-11-27' });
  });

  it('never echoes the refused value', async () => {
    const answer = await putOrders([{ ...facts(1), buyerName: `secret ${'y'.repeat(500)}` }]);
    expect(JSON.stringify(answer)).not.toContain('secret');
  });

  it('does not lose facts when reports arrive together', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => putOrders([facts(i)])));
    expect(await readOrders()).toHaveLength(10);
  });

  it('drops damaged entries from storage on read and keeps the good ones', async () => {
    await putOrders([facts(1), facts(2)]);
    const [one, two] = (await orderCacheItem.getValue()).orders;
    await orderCacheItem.setValue({ orders: [one, { orderId: 'x' }, 42, two] });
    expect((await readOrders()).map((f) => f.buyerName)).toEqual(['Buyer 1', 'Buyer 2']);
  });

  it('keeps buyer names sealed in storage.session (issue 6), and never trusts a name stored in the clear', async () => {
    await putOrders([facts(1)]);
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain('Buyer 1');
    await orderCacheItem.setValue({ orders: [facts(2)] });
    expect((await readOrders())[0]?.buyerName).toBeUndefined();
  });

  it('reads a corrupt cache as empty', async () => {
    await fakeBrowser.storage.session.set({ ordersCache: 'garbage' });
    expect(await readOrders()).toEqual([]);
  });
});
