import { describe, expect, it } from 'vitest';
import { countOrdersPage } from '@/lib/page/features/page-check';
import { pageCheckState } from '@/lib/domain/page-check';
import { fixtureDocument, loadFixture, US } from './load-fixture';

describe('countOrdersPage', () => {
  it('counts rows, expected buyers and recognised buyer names on Manage Orders', () => {
    const check = countOrdersPage('orders-list', fixtureDocument('orders-list-en.html'));
    expect(check).toMatchObject({ kind: 'orders-list', structure: true, state: 'ok', buyerNames: 25 });
    expect(check.rows).toBeGreaterThan(check.buyerNames);
    expect(check.expected).toBeLessThan(check.rows); // FBA rows are not expected to name a buyer
  });

  it('an FBA-only tab with no buyer links is fine', () => {
    const check = countOrdersPage('orders-list', fixtureDocument('orders-list-fba.html'));
    expect(check.rows).toBeGreaterThan(0);
    expect(check.state).toBe('ok');
  });

  it('an empty search result is fine (the table is there, no rows)', () => {
    expect(countOrdersPage('orders-list', fixtureDocument('orders-list-empty.html'))).toMatchObject({
      rows: 0,
      state: 'ok',
      structure: true,
    });
  });

  it('rows without any buyer name Parley recognises: Amazon changed the page', () => {
    const doc = fixtureDocument('orders-list-en.html');
    // Amazon renames the hook and the link target: neither the test id nor the URL pattern matches.
    for (const link of doc.querySelectorAll('a[data-test-id="buyer-name-with-link"]')) {
      link.removeAttribute('data-test-id');
      link.setAttribute('href', '/messages/new?o=1');
    }
    const check = countOrdersPage('orders-list', doc);
    expect(check).toMatchObject({ state: 'no-buyer-names', buyerNames: 0 });
    expect(check.expected).toBeGreaterThan(0);
  });

  it('no order table at all', () => {
    const doc = fixtureDocument('orders-list-en.html');
    doc.querySelector('.myo-table-container')!.remove();
    expect(countOrdersPage('orders-list', doc)).toMatchObject({ state: 'no-orders', structure: false, rows: 0 });
  });

  it('Order Details: one order, its buyer named, or not for FBA', () => {
    loadFixture('order-details-en.html', `${US}/orders-v3/order/113-9081726-3544321`);
    expect(countOrdersPage('order-details')).toMatchObject({ state: 'ok', rows: 1, expected: 1, buyerNames: 1 });
    loadFixture('order-details-fba-text.html', `${US}/orders-v3/order/113-3141592-6535897`);
    expect(countOrdersPage('order-details')).toMatchObject({ state: 'ok', rows: 1, expected: 0, buyerNames: 0 });
  });
});

describe('pageCheckState', () => {
  it.each([
    [{ structure: false, rows: 0, expected: 0, buyerNames: 0 }, 'no-orders'],
    [{ structure: true, rows: 0, expected: 0, buyerNames: 0 }, 'ok'],
    [{ structure: true, rows: 15, expected: 15, buyerNames: 0 }, 'no-buyer-names'],
    [{ structure: true, rows: 15, expected: 0, buyerNames: 0 }, 'ok'],
    [{ structure: true, rows: 15, expected: 12, buyerNames: 3 }, 'ok'],
  ] as const)('%j -> %s', (counts, state) => {
    expect(pageCheckState({ kind: 'orders-list', ...counts })).toBe(state);
  });
});

describe('page check on a card layout', () => {
  it('counts the Contact Buyer links as buyer names when there is no orders table', () => {
    expect(countOrdersPage('orders-list', fixtureDocument('orders-list-cards.html'))).toMatchObject({
      kind: 'orders-list',
      structure: true,
      state: 'ok',
      buyerNames: 25,
    });
  });
});
