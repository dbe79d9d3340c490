import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { OrderFactsSchema, type OrderFacts } from '@/lib/domain/order';
import { factsFromDetails, factsFromRow, orderIdOfLink } from '@/lib/page/order-facts';
import { withIsoDates } from '@/lib/domain/order-dates';
import { fulfillmentFromLabel } from '@/lib/domain/order-labels';
import { completeFacts } from '@/lib/domain/order-complete';
import { ORDER_PAGE, queryAll } from '@/lib/page/selectors';
import { loadFixture, US } from './load-fixture';

function listFacts(fixture: string, url: string): Map<string, OrderFacts> {
  loadFixture(fixture, url);
  const raw = queryAll(document, ORDER_PAGE.orderRow).map((row) => factsFromRow(row));
  expect(raw.every(Boolean)).toBe(true);
  // What the page sends; the background completes it (status from the label, ISO dates).
  for (const f of raw) expect(f!.status).toBe('unknown');
  const facts = raw.map((f) => completeFacts(f!));
  return new Map(facts.map((f) => [f.orderId, f]));
}

describe('factsFromRow on Manage Orders (English)', () => {
  const all = () => listFacts('orders-list-en.html', `${US}/orders-v3?pageSize=100`);

  it('reads every row, and every row passes the schema', () => {
    const facts = all();
    expect(facts.size).toBe(28); // the US region's curated orders
    for (const f of facts.values()) expect(v.safeParse(OrderFactsSchema, f).issues?.[0]?.message).toBeUndefined();
  });

  it('reads a customized unshipped order completely', () => {
    const f = all().get('113-9081726-3544321')!;
    expect(f).toMatchObject({
      marketplaceId: 'ATVPDKIKX0DER',
      host: 'sellercentral.amazon.com',
      buyerName: "Sarah O'Connor",
      status: 'unshipped',
      statusLabel: 'Unshipped',
      fulfillment: 'seller',
      contactUrl: '/messaging/contact?orderID=113-9081726-3544321&marketplaceID=ATVPDKIKX0DER',
      pageLanguage: 'en-US',
      source: 'list',
      items: [
        { title: 'Personalized Name Necklace, Sterling Silver', asin: 'B09NCK0003', sku: 'NCK-NAME-925', quantity: 1, customized: true },
      ],
    });
    // The page adapter sends dates as shown; the background adds ISO dates (withIsoDates).
    expect(f.purchaseDate?.text).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(f.shipBy?.text).toMatch(/^Ship by /);
    expect(withIsoDates(f).purchaseDate?.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(withIsoDates(f).shipBy?.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('reads several items with their quantities', () => {
    const f = all().get('112-6060606-1212121')!;
    expect(f.items.map((i) => [i.asin, i.quantity])).toEqual([
      ['B07MUG0001', 2],
      ['B08CBL0002', 3],
      ['B07LMP0007', 1],
    ]);
  });

  it.each([
    ['114-6666666-1111111', 'canceled', 'seller'],
    ['111-2233445-5667788', 'pending', 'seller'],
    ['113-2020202-3030303', 'shipped', 'seller'],
    ['112-1234567-7654321', 'shipped', 'amazon'],
  ])('%s is %s, fulfilled by %s', (id, status, fulfillment) => {
    expect(all().get(id)).toMatchObject({ status, fulfillment });
  });

  it('reads the delivery date of delivered orders and the digital marker', () => {
    const facts = all();
    expect(withIsoDates(facts.get('113-2020202-3030303')!).deliveredAt?.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(facts.get('D01-7548446-5177052')!.items[0]).toMatchObject({ digital: true, asin: 'B0BKEY0005' });
  });

  it('keeps hostile names as plain text, long names capped', () => {
    const facts = all();
    expect(facts.get('113-6660001-0000001')!.buyerName).toBe('<img src=x onerror=alert(1)>');
    expect(facts.get('113-6660002-0000002')!.buyerName).toBe('"><script>window.__pwned=1</script>');
    expect(facts.get('113-6660003-0000003')!.buyerName).toBe('Eve \u202Egnp.exe');
    expect(facts.get('113-6660004-0000004')!.buyerName).toBe('Sunny 🌞 Smith 👍🏽');
    expect(facts.get('113-6660005-0000005')!.buyerName).toHaveLength(300);
  });

  it('FBA rows without a buyer link have no buyer and no contact URL', () => {
    const facts = all();
    for (const id of ['114-2718281-8284590', '111-1618033-9887498']) {
      expect(facts.get(id)!.buyerName).toBeUndefined();
      expect(facts.get(id)!.contactUrl).toBeUndefined();
    }
    // A plain-text name (no link) is not a contact URL either.
    expect(facts.get('113-3141592-6535897')!.contactUrl).toBeUndefined();
  });
});

describe('factsFromRow in other UI languages', () => {
  it.each([
    ['orders-list-zh.html', `${US}/orders-v3?pageSize=100&mons_sel_locale=zh_CN`, '113-9081726-3544321', 'zh-CN', '未发货'],
    ['orders-list-de.html', 'https://sellercentral.amazon.de/orders-v3?pageSize=100', '302-4455667-8899001', 'de-DE', 'Unversandt'],
    ['orders-list-ja.html', 'https://sellercentral.amazon.co.jp/orders-v3', '249-1234567-8901234', 'ja-JP', '未出荷'],
  ])('%s: status, fulfilment, quantity and dates parse', (fixture, url, id, lang, label) => {
    const facts = listFacts(fixture, url);
    const f = facts.get(id)!;
    expect(f).toMatchObject({ status: 'unshipped', statusLabel: label, fulfillment: 'seller', pageLanguage: lang });
    expect(f.items[0]!.quantity).toBe(1);
    expect(withIsoDates(f).purchaseDate?.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(withIsoDates(f).shipBy?.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const each of facts.values()) {
      expect(each.status, each.orderId).not.toBe('unknown');
      expect(each.fulfillment, each.orderId).not.toBe('unknown');
    }
  });

  it('reads the same facts when only the fallback selectors match', () => {
    const preferred = listFacts('orders-list-en.html', `${US}/orders-v3?pageSize=100`);
    const fallback = listFacts('orders-list-fallback.html', `${US}/orders-v3?pageSize=100`);
    const strip = (f: OrderFacts) => ({ ...f, seenAt: 0 });
    expect([...fallback.values()].map(strip)).toEqual([...preferred.values()].map(strip));
  });
});

describe('factsFromDetails', () => {
  it('reads the order details page', () => {
    loadFixture('order-details-en.html', `${US}/orders-v3/order/113-9081726-3544321`);
    const f = completeFacts(factsFromDetails()!);
    expect(v.safeParse(OrderFactsSchema, f).success).toBe(true);
    expect(f).toMatchObject({
      orderId: '113-9081726-3544321',
      buyerName: "Sarah O'Connor",
      status: 'unshipped',
      fulfillment: 'seller',
      source: 'details',
      contactUrl: '/messaging/contact?orderID=113-9081726-3544321&marketplaceID=ATVPDKIKX0DER',
      items: [{ asin: 'B09NCK0003', sku: 'NCK-NAME-925', quantity: 1, customized: true }],
    });
    const dated = withIsoDates(f);
    for (const date of [dated.purchaseDate, dated.shipBy, dated.deliverBy]) expect(date?.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each([
    ['order-details-canceled-zh.html', '114-6666666-1111111', { status: 'canceled', statusLabel: '已取消', pageLanguage: 'zh-CN' }],
    [
      'order-details-fba-text.html',
      '113-3141592-6535897',
      { fulfillment: 'amazon', buyerName: 'Richard Jackson', items: [{ quantity: 3 }] },
    ],
    ['order-details-digital.html', 'D01-7548446-5177052', { items: [{ digital: true }] }],
    ['order-details-de.html', '303-1122334-5566778', { status: 'shipped', items: [{ quantity: 2 }], pageLanguage: 'de-DE' }],
    ['order-details-ja.html', '250-2345678-9012345', { status: 'shipped', items: [{ quantity: 3 }], pageLanguage: 'ja-JP' }],
  ])('%s', (fixture, id, expected) => {
    const host = fixture.includes('-de')
      ? 'sellercentral.amazon.de'
      : fixture.includes('-ja')
        ? 'sellercentral.amazon.co.jp'
        : 'sellercentral.amazon.com';
    loadFixture(fixture, `https://${host}/orders-v3/order/${id}`);
    const f = completeFacts(factsFromDetails()!);
    expect(f.orderId).toBe(id);
    expect(f).toMatchObject(expected);
    expect(v.safeParse(OrderFactsSchema, f).success).toBe(true);
  });

  it('a shipped, delivered order has its delivery date', () => {
    loadFixture('order-details-de.html', 'https://sellercentral.amazon.de/orders-v3/order/303-1122334-5566778');
    expect(withIsoDates(factsFromDetails()!).deliveredAt?.iso).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('FBA with a plain-text buyer has no contact URL', () => {
    loadFixture('order-details-fba-text.html', `${US}/orders-v3/order/113-3141592-6535897`);
    expect(factsFromDetails()!.contactUrl).toBeUndefined();
  });

  it('reads the order id from the URL when the page has no id element', () => {
    loadFixture('order-details-fallback.html', `${US}/orders-v3/order/113-9081726-3544321`);
    expect(factsFromDetails()?.orderId).toBe('113-9081726-3544321');
  });
});

describe('orderIdOfLink', () => {
  const link = (href: string | null) => {
    const a = document.createElement('a');
    if (href !== null) a.setAttribute('href', href);
    return a;
  };
  it.each([
    ['/messaging/contact?orderID=112-3456789-0123456&marketplaceID=ATVPDKIKX0DER', '112-3456789-0123456'],
    ['/messaging/contact?orderID=112-3456789-0123456', '112-3456789-0123456'],
    ['/messaging/contact?orderID=112-3456789-0123456#top', '112-3456789-0123456'],
    ['/messaging/contact?marketplaceID=X&orderID=D01-7548446-5177052', 'D01-7548446-5177052'],
    ['https://sellercentral.amazon.de/messaging/contact?orderId=302-4455667-8899001', '302-4455667-8899001'],
    ['/orders-v3/order/113-9081726-3544321', '113-9081726-3544321'],
    ['/orders-v3/order/113-9081726-3544321?foo=1', '113-9081726-3544321'],
    ['/messaging/contact?orderID=112-3456789-01234567', undefined],
    ['/messaging/contact?orderID=<script>', undefined],
    ['/messaging/contact?orderID=112-3456789-0123456x', undefined],
    ['/dp/B07MUG0001', undefined],
    [null, undefined],
  ])('%s -> %s', (href, expected) => {
    expect(orderIdOfLink(link(href))).toBe(expected);
  });
});

describe('the marketplace on a unified EU account', () => {
  it('comes from each buyer link, not from the .co.uk host the page is on', () => {
    const facts = [...listFacts('orders-list-de.html', 'https://sellercentral.amazon.co.uk/orders-v3?pageSize=100').values()];
    const ids = new Set(facts.map((f) => f.marketplaceId).filter(Boolean));
    expect(ids).toEqual(new Set(['A13V1IB3VIYZZH', 'A1F83G8C2ARO7P', 'A1PA6795UKMFR9', 'A1RKKUPIHCS9HS']));
    // A row without a buyer link names no marketplace: unknown, not "UK" from the host.
    for (const f of facts.filter((x) => !x.contactUrl)) expect(f.marketplaceId).toBeUndefined();
  });
});

describe('the Manage Orders row as the real list has it, and as our first mock had it', () => {
  const iso = (fixture: string) =>
    new Map(
      [...listFacts(fixture, `${US}/orders-v3?pageSize=100`).values()].map((f) => {
        const done = withIsoDates(f);
        return [f.orderId, { date: done.purchaseDate?.iso, fulfillment: f.fulfillment, text: f.purchaseDate?.text }];
      }),
    );

  it('skips the relative first line of the date cell and reads fulfilment from the order-details cell', () => {
    const real = iso('orders-list-en.html');
    expect(real.size).toBeGreaterThan(20);
    for (const [id, f] of real) {
      expect(f.text, id).not.toMatch(/ago/);
      expect(f.date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(f.fulfillment, id).not.toBe('unknown');
    }
  });

  it('reads the same dates and fulfilment from the first shape', () => {
    const real = iso('orders-list-en.html');
    const classic = iso('orders-list-classic.html');
    expect([...classic].map(([id, f]) => [id, f.date, f.fulfillment])).toEqual([...real].map(([id, f]) => [id, f.date, f.fulfillment]));
  });

  it('finds the date even when the relative line has no class to tell it (fallback page)', () => {
    const bare = iso('orders-list-bare.html');
    expect([...bare.values()].every((f) => /^\d{4}-\d{2}-\d{2}$/.test(f.date ?? ''))).toBe(true);
  });

  it('reads "Fulfilment method: …" in both spellings', () => {
    expect(fulfillmentFromLabel('Sales channel: Amazon.com Fulfilment method: Amazon')).toBe('amazon');
    expect(fulfillmentFromLabel('Fulfillment method: Seller')).toBe('seller');
    expect(fulfillmentFromLabel('Sales channel: Amazon.de')).toBe('unknown');
  });
});
