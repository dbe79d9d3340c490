import { describe, expect, it } from 'vitest';
import { orderIdsIn, pairFilesWithOrders } from '../../lib/domain/invoice-pairing';

const A = '112-3456789-0123456';
const B = '113-0000001-0000002';
const C = '114-7654321-7654321';
const D = 'D01-7548446-5177052';

describe('order ids in file names', () => {
  it.each([
    [`${A}.pdf`, [A]],
    [`Invoice_${A}_March.pdf`, [A]],
    [`invoice-${A}-2026.pdf`, [A]],
    [`rechnung${A}.pdf`, [A]],
    [`${D} key.txt`, [D]],
    [`${A} and ${B}.pdf`, [A, B]],
    [`${A} copy ${A}.pdf`, [A]],
    ['1112-3456789-0123456.pdf', []],
    ['112-3456789-01234567.pdf', []],
    ['112-345678-0123456.pdf', []],
    ['112_3456789_0123456.pdf', []],
    ['X12-3456789-0123456.pdf', []],
    ['invoice.pdf', []],
  ])('%s', (name, ids) => {
    expect(orderIdsIn(name)).toEqual(ids);
  });
});

describe('pairing files with selected orders', () => {
  it('pairs by id, lists orders without a file and files that match none, with why', () => {
    const result = pairFilesWithOrders(
      [A, B, C],
      [`inv-${B}.pdf`, 'scan.pdf', `inv-${A}.pdf`, `inv-114-0000000-0000000.pdf`, `${A}+${B}.pdf`],
    );
    expect(result.pairs).toEqual([
      { orderId: A, files: [2] },
      { orderId: B, files: [0] },
    ]);
    expect(result.ordersWithout).toEqual([C]);
    expect(result.unmatched).toEqual([
      { file: 1, why: 'noId' },
      { file: 3, why: 'otherOrder' },
      { file: 4, why: 'severalOrders' },
    ]);
  });

  it('a name with a selected and an unselected id pairs with the selected one', () => {
    expect(pairFilesWithOrders([A], [`${A} (was ${C}).pdf`]).pairs).toEqual([{ orderId: A, files: [0] }]);
  });

  it('several files for one order, up to the reason count', () => {
    const names = [`${A}-1.pdf`, `${A}-2.pdf`, `${A}-3.pdf`];
    const result = pairFilesWithOrders([A], names, 2);
    expect(result.pairs).toEqual([{ orderId: A, files: [0, 1] }]);
    expect(result.unmatched).toEqual([{ file: 2, why: 'tooMany' }]);
  });

  it('10 orders, 12 files: 9 pairs, 1 order without, 3 unmatched', () => {
    const orders = Array.from({ length: 10 }, (_, i) => `111-000000${i}-1234567`);
    const names = [...orders.slice(0, 9).map((o) => `Invoice ${o}.pdf`), 'Invoice 999-9999999-9999999.pdf', 'scan1.pdf', 'scan2.pdf'];
    const result = pairFilesWithOrders(orders, names);
    expect(result.pairs).toHaveLength(9);
    expect(result.pairs.every((p, i) => p.orderId === orders[i] && p.files[0] === i)).toBe(true);
    expect(result.ordersWithout).toEqual([orders[9]]);
    expect(result.unmatched.map((u) => u.why)).toEqual(['otherOrder', 'noId', 'noId']);
  });
});
