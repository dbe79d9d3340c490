import { describe, expect, it } from 'vitest';
import {
  addSender,
  applyImport,
  approvedAddresses,
  checkAddress,
  isApproved,
  permissionStatus,
  planImport,
  removeSender,
  SENDER_LIMIT,
  setSenderStatus,
  type Sender,
} from '@/lib/domain/senders';

const T = 1_700_000_000_000;
const sender = (address: string, status: Sender['status'] = 'approved'): Sender => ({
  address,
  status,
  source: 'manual',
  addedAt: T,
  updatedAt: T,
});

describe('checkAddress', () => {
  it.each([
    ['seller@shop.example', 'seller@shop.example'],
    ['  Support.Team+eu@Shop.EXAMPLE  ', 'Support.Team+eu@shop.example'],
    ['mailto:orders@shop.co.uk', 'orders@shop.co.uk'],
    ["o'brien@shop.ie", "o'brien@shop.ie"],
    ['team@xn--mller-kva.de', 'team@xn--mller-kva.de'],
  ])('accepts %j as %j', (raw, canonical) => {
    expect(checkAddress(raw)).toEqual({ ok: true, address: canonical });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [null, 'empty'],
    ['no-at-sign', 'format'],
    ['@shop.example', 'format'],
    ['seller@', 'format'],
    ['seller@localhost', 'format'],
    ['seller@shop..example', 'format'],
    ['sel ler@shop.example', 'format'],
    ['seller@-shop.example', 'format'],
    ['seller@shop.123', 'format'],
    ['a..b@shop.example', 'format'],
    ['<b>x</b>@shop.example', 'format'],
    [`${'a'.repeat(250)}@x.example`, 'tooLong'],
    ['abc123xyz@marketplace.amazon.com', 'relay'],
    ['abc@marketplace.amazon.co.uk', 'relay'],
    ['abc@eu.marketplace.amazon.de', 'relay'],
  ])('refuses %j (%s)', (raw, why) => {
    expect(checkAddress(raw as string)).toEqual({ ok: false, why });
  });

  it('stays fast on hostile input', () => {
    const hostile = `${'a.'.repeat(5000)}@${'b'.repeat(5000)}`;
    expect(checkAddress(hostile.slice(0, 254)).ok).toBe(false);
  });
});

describe('sender list', () => {
  it('adds, refuses duplicates in any case, and keeps the limit', () => {
    const one = addSender([], 'Seller@Shop.example', 'pending', T);
    expect(one.ok && one.sender).toEqual({ address: 'Seller@shop.example', status: 'pending', source: 'manual', addedAt: T, updatedAt: T });
    if (!one.ok) throw new Error('refused');
    expect(addSender(one.list, 'seller@SHOP.example', 'approved', T)).toEqual({ ok: false, why: 'exists' });
    expect(addSender(one.list, 'bad', 'approved', T)).toEqual({ ok: false, why: 'format' });
    const full = Array.from({ length: SENDER_LIMIT }, (_, i) => sender(`s${i}@shop.example`));
    expect(addSender(full, 'one-more@shop.example', 'approved', T)).toEqual({ ok: false, why: 'full' });
  });

  it('changes status, says what it was, and removes', () => {
    const list = [sender('a@shop.example', 'pending'), sender('b@shop.example')];
    const approved = setSenderStatus(list, 'A@shop.example', 'approved', T + 1);
    expect(approved).toMatchObject({ ok: true, before: 'pending', sender: { status: 'approved', updatedAt: T + 1 } });
    if (!approved.ok) throw new Error('refused');
    expect(isApproved(approved.list, 'a@SHOP.example')).toBe(true);
    expect(approvedAddresses(approved.list)).toEqual(['a@shop.example', 'b@shop.example']);
    expect(list[0]!.status).toBe('pending'); // not mutated
    expect(setSenderStatus(list, 'zzz@shop.example', 'approved', T)).toEqual({ ok: false, why: 'notFound' });
    const removed = removeSender(list, 'b@shop.example');
    expect(removed.ok && removed.list.map((s) => s.address)).toEqual(['a@shop.example']);
    expect(removeSender(list, 'x@shop.example')).toEqual({ ok: false, why: 'notFound' });
  });

  it('offers only approved addresses', () => {
    const list = [sender('a@shop.example', 'blocked'), sender('b@shop.example', 'pending'), sender('c@shop.example')];
    expect(approvedAddresses(list)).toEqual(['c@shop.example']);
    expect(isApproved(list, 'a@shop.example')).toBe(false);
    expect(isApproved(list, 'nobody@shop.example')).toBe(false);
  });
});

describe('import from Messaging Permissions', () => {
  it.each([
    ['Approved', 'approved'],
    ['  APPROVED ', 'approved'],
    ['Genehmigt', 'approved'],
    ['已批准', 'approved'],
    ['承認済み', 'approved'],
    ['Blocked', 'blocked'],
    ['已阻止', 'blocked'],
    ['Pending review', 'pending'],
    ['', 'pending'],
  ])('reads the status %j as %s', (text, status) => {
    expect(permissionStatus(text)).toBe(status);
  });

  const existing = [sender('seller@shop.example', 'approved'), sender('old@shop.example', 'pending')];
  const read = [
    { email: 'seller@shop.example', status: 'Approved' },
    { email: 'old@shop.example', status: 'Approved' },
    { email: 'new@shop.example', status: 'Approved' },
    { email: 'spam@shop.example', status: 'Blocked' },
    { email: 'NEW@shop.example', status: 'Approved' },
    { email: 'not an address', status: 'Approved' },
  ];

  it('plans one row per address, saying what would change', () => {
    expect(planImport(existing, read)).toEqual([
      { address: 'seller@shop.example', status: 'approved', change: 'same' },
      { address: 'old@shop.example', status: 'approved', change: 'status', before: 'pending' },
      { address: 'new@shop.example', status: 'approved', change: 'new' },
      { address: 'spam@shop.example', status: 'blocked', change: 'new' },
      { address: 'not an address', status: 'approved', change: 'invalid', why: 'format' },
    ]);
  });

  it('applies only the rows the seller kept and names the newly approved addresses', () => {
    const rows = planImport(existing, read).filter((r) => r.address !== 'spam@shop.example');
    const out = applyImport(existing, rows, T + 5);
    expect(out.approved).toEqual(['old@shop.example', 'new@shop.example']);
    expect(out.skipped).toBe(1);
    expect(out.list.map((s) => [s.address, s.status, s.source])).toEqual([
      ['seller@shop.example', 'approved', 'manual'],
      ['old@shop.example', 'approved', 'manual'],
      ['new@shop.example', 'approved', 'import'],
    ]);
  });
});
