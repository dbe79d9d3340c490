import { describe, expect, it } from 'vitest';
import { formatDateFact, render, renderTemplate, renderWithValues, storefrontName, variableValues } from '@/lib/domain/template-render';
import { marketplaceByCode } from '@/lib/domain/marketplaces';
import type { OrderFacts } from '@/lib/domain/order';
import { makeOrder } from './composer-domain-fixtures';

const SETTINGS = { sellerName: 'Küchenwelt GmbH', lang: 'de' };

describe('variableValues', () => {
  it('fills every variable from a complete order', () => {
    const order = makeOrder({ deliveredAt: { text: '23.03.2026', iso: '2026-03-23' } });
    expect(variableValues(order, SETTINGS)).toEqual({
      buyer_first_name: 'Anna',
      buyer_name: 'Anna Schmidt',
      order_id: '302-1234567-7654321',
      product_title: 'Trinkflasche aus Edelstahl, 750 ml',
      product_titles: 'Trinkflasche aus Edelstahl, 750 ml',
      asin: 'B0ABCDE123',
      sku: 'BOTTLE-750',
      quantity: '2',
      purchase_date: '15. März 2026',
      ship_by: '17. März 2026',
      deliver_by: '24. März 2026',
      delivered_on: '23. März 2026',
      marketplace: 'Amazon.de',
      seller_name: 'Küchenwelt GmbH',
    });
  });

  it('leaves out what the order does not have', () => {
    const order = makeOrder({
      buyerName: '   ',
      items: [],
      purchaseDate: undefined,
      shipBy: undefined,
      deliverBy: undefined,
      host: 'sellercentral-europe.amazon.com',
      marketplaceId: undefined,
    });
    expect(variableValues(order, {})).toEqual({ order_id: '302-1234567-7654321' });
  });

  it.each([
    ['en', 'Mug, Plate, Bowl'],
    ['de-DE', 'Mug, Plate, Bowl'],
    ['zh', 'Mug、Plate、Bowl'],
    ['ja', 'Mug、Plate、Bowl'],
  ])('joins product titles for %s', (lang, joined) => {
    const items = ['Mug', 'Plate', ' ', 'Bowl'].map((title) => ({ title, quantity: 1 }));
    expect(variableValues(makeOrder({ items }), { lang }).product_titles).toBe(joined);
  });

  it('takes ASIN, SKU and quantity from the first item; quantity 0 is a value', () => {
    const items = [
      { title: 'A', quantity: 0 },
      { title: 'B', asin: 'B0ZZZZZZZZ', sku: 'B-1', quantity: 3 },
    ];
    const values = variableValues(makeOrder({ items }));
    expect(values).toMatchObject({ product_title: 'A', quantity: '0' });
    expect(values.asin).toBeUndefined();
    expect(values.sku).toBeUndefined();
  });

  it.each([
    ['US', undefined, 'sellercentral.amazon.com', 'Amazon.com'],
    ['UK', 'A1F83G8C2ARO7P', 'sellercentral.amazon.co.uk', 'Amazon.co.uk'],
    ['JP by host only', undefined, 'sellercentral.amazon.co.jp', 'Amazon.co.jp'],
    ['FR id on the Europe host', 'A13V1IB3VIYZZH', 'sellercentral-europe.amazon.com', 'Amazon.fr'],
  ])('marketplace for %s', (_label, marketplaceId, host, name) => {
    expect(variableValues(makeOrder({ marketplaceId, host })).marketplace).toBe(name);
  });

  it('names storefronts from the relay domain', () => {
    expect(storefrontName(marketplaceByCode('AU')!)).toBe('Amazon.com.au');
  });
});

describe('formatDateFact', () => {
  const fact = { text: 'Mar 5, 2026', iso: '2026-03-05' };
  it.each([
    ['en', 'March 5, 2026'],
    ['de', '5. März 2026'],
    ['ja', '2026年3月5日'],
    ['zh', '2026年3月5日'],
    ['fr', '5 mars 2026'],
    ['not a language!', 'March 5, 2026'],
  ])('%s -> %s', (lang, text) => expect(formatDateFact(fact, lang)).toBe(text));

  it('keeps the page text when there is no usable ISO date', () => {
    expect(formatDateFact({ text: ' 5 mars ' }, 'de')).toBe('5 mars');
    expect(formatDateFact({ text: 'x', iso: '2026-13-01' }, 'de')).toBe('x');
    expect(formatDateFact({ text: '  ' }, 'de')).toBeUndefined();
    expect(formatDateFact(undefined)).toBeUndefined();
  });
});

describe('render', () => {
  const order: OrderFacts = makeOrder();

  it('fills known variables and reports nothing when complete', () => {
    const r = render(
      'Guten Tag {{buyer_name}}, Bestellung {{ order_id }} ({{quantity}} × {{product_title}}), {{seller_name}}',
      order,
      SETTINGS,
    );
    expect(r.text).toBe('Guten Tag Anna Schmidt, Bestellung 302-1234567-7654321 (2 × Trinkflasche aus Edelstahl, 750 ml), Küchenwelt GmbH');
    expect(r).toMatchObject({ unknown: [], unfilled: [], malformed: [], complete: true });
  });

  it('reports unfilled variables with their spans and leaves them in the text', () => {
    const body = 'Arrives by {{deliver_by}}; again: {{ deliver_by }}. From {{seller_name}}';
    const r = render(body, makeOrder({ deliverBy: undefined }), {});
    expect(r.text).toBe(body);
    expect(r.unfilled.map((v) => [v.name, v.start, v.end])).toEqual([
      ['deliver_by', 11, 25],
      ['deliver_by', 34, 50],
      ['seller_name', 57, 72],
    ]);
    expect(r.complete).toBe(false);
  });

  it('reports unknown and malformed pieces and keeps them as written', () => {
    const r = render('{{order_id}} {{tracking_number}} {{order id}}', order, SETTINGS);
    expect(r.text).toBe('302-1234567-7654321 {{tracking_number}} {{order id}}');
    expect(r.unknown.map((v) => v.name)).toEqual(['tracking_number']);
    expect(r.malformed.map((m) => m.raw)).toEqual(['{{order id}}']);
    expect(r.unfilled).toEqual([]);
    expect(r.complete).toBe(false);
  });

  it.each([
    ['a variable in the buyer name', { buyerName: '{{order_id}} {{seller_name}}' }, '{{buyer_name}}', '{{order_id}} {{seller_name}}'],
    ['a variable in the title', { items: [{ title: 'Mug {{buyer_name}}', quantity: 1 }] }, '{{product_title}}!', 'Mug {{buyer_name}}!'],
    ['replacement patterns', { buyerName: "$& $1 $$ $` $'" }, '[{{buyer_name}}]', "[$& $1 $$ $` $']"],
    ['markup stays text', { buyerName: '<img src=x onerror=alert(1)>' }, '{{buyer_name}}', '<img src=x onerror=alert(1)>'],
    ['Chinese name', { buyerName: '王小明' }, '{{buyer_first_name}}，您好', '王小明，您好'],
    ['Japanese name with ideographic space', { buyerName: '山田\u3000太郎' }, '{{buyer_first_name}} 様', '山田 様'],
    ['emoji and RTL text', { items: [{ title: '🎁 هدية', quantity: 1 }] }, '«{{product_title}}»', '«🎁 هدية»'],
  ])('values are plain text and never expanded again: %s', (_label, over, body, text) => {
    const r = render(body, makeOrder(over as Partial<OrderFacts>), SETTINGS);
    expect(r.text).toBe(text);
    expect(r.unknown).toEqual([]);
    expect(r.unfilled).toEqual([]);
  });

  it('fills adjacent and repeated variables', () => {
    const r = render('{{order_id}}{{sku}}{{order_id}}', order, SETTINGS);
    expect(r.text).toBe('302-1234567-7654321BOTTLE-750302-1234567-7654321');
  });

  it('renders from ready values for previews', () => {
    const r = renderWithValues('{{buyer_name}} / {{order_id}}', { buyer_name: 'Sample Buyer', order_id: '   ' });
    expect(r.text).toBe('Sample Buyer / {{order_id}}');
    expect(r.unfilled.map((v) => v.name)).toEqual(['order_id']);
  });

  it('formats dates in the rendered language', () => {
    expect(render('{{ship_by}}', order, { lang: 'ja' }).text).toBe('2026年3月17日');
    expect(render('{{ship_by}}', order, { lang: 'en' }).text).toBe('March 17, 2026');
    expect(render('{{ship_by}}', order).text).toBe('March 17, 2026');
  });
});

describe('renderTemplate', () => {
  const template = { bodies: { en: 'Order {{order_id}}, ship by {{ship_by}}', de: 'Bestellung {{order_id}}, Versand bis {{ship_by}}' } };

  it.each([
    ['the marketplace language (DE)', {}, {}, 'de', false, 'Bestellung 302-1234567-7654321, Versand bis 17. März 2026'],
    [
      'the stated buyer language, missing: English with a note',
      { buyerLanguage: 'ja-JP' },
      {},
      'en',
      true,
      'Order 302-1234567-7654321, ship by March 17, 2026',
    ],
    [
      'an explicit language wins',
      { buyerLanguage: 'de' },
      { lang: 'en' },
      'en',
      false,
      'Order 302-1234567-7654321, ship by March 17, 2026',
    ],
    [
      'no language known: English, no note',
      { host: 'sellercentral-europe.amazon.com', marketplaceId: undefined },
      {},
      'en',
      false,
      'Order 302-1234567-7654321, ship by March 17, 2026',
    ],
  ])('uses %s', (_label, over, settings, lang, fallback, text) => {
    const r = renderTemplate(template, makeOrder(over as Partial<OrderFacts>), settings);
    expect(r).toMatchObject({ lang, fallback, text, complete: true });
    expect(r.body).toBe(template.bodies[lang as 'en' | 'de']);
  });

  it('reports unfilled variables of the picked body', () => {
    const r = renderTemplate({ bodies: { de: 'Lieferung bis {{deliver_by}}' } }, makeOrder({ deliverBy: undefined }));
    expect(r.unfilled.map((v) => v.name)).toEqual(['deliver_by']);
    expect(r.complete).toBe(false);
  });
});
