import { describe, expect, it } from 'vitest';
import { combineOutcomes, outcomeOfPage, relayAddress, type PageOutcome } from '@/lib/domain/relay-address';

describe('relayAddress', () => {
  it.each([
    ['abc123xyz@marketplace.amazon.com', 'abc123xyz@marketplace.amazon.com'],
    ['  0xk4m2l9p1q8r7@marketplace.amazon.de\n', '0xk4m2l9p1q8r7@marketplace.amazon.de'],
    ['b.c+d_e-f@Marketplace.Amazon.CO.UK', 'b.c+d_e-f@marketplace.amazon.co.uk'],
    ['zz9@marketplace.amazon.co.jp', 'zz9@marketplace.amazon.co.jp'],
    ['q1@marketplace.amazon.com.au', 'q1@marketplace.amazon.com.au'],
  ])('accepts %j', (raw, expected) => {
    expect(relayAddress(raw)).toBe(expected);
  });

  it.each([
    ['buyer@gmail.com'],
    ['abc@marketplace.amazon.com.evil.example'],
    ['abc@evilmarketplace.amazon.com'],
    ['abc@marketplace.amazon.xyz'],
    ['@marketplace.amazon.com'],
    ['a b@marketplace.amazon.com'],
    ['<b>x</b>@marketplace.amazon.com'],
    ['.abc@marketplace.amazon.com'],
    ['abc@@marketplace.amazon.com'],
    [`${'a'.repeat(65)}@marketplace.amazon.com`],
    ['marketplace.amazon.com'],
    [''],
    [null],
    [undefined],
  ])('refuses %j', (raw) => {
    expect(relayAddress(raw)).toBeUndefined();
  });
});

describe('outcomeOfPage', () => {
  const page = (over: Partial<Parameters<typeof outcomeOfPage>[0]>) => ({
    status: 200,
    url: '/messaging/contact?orderID=111-1111111-1111111',
    hasForm: true,
    ...over,
  });

  it.each([
    ['an address in the To field', page({ toField: ' x1@marketplace.amazon.com ' }), { ok: true, address: 'x1@marketplace.amazon.com' }],
    [
      'a redirect to sign-in',
      page({ url: '/ap/signin?openid.return_to=x', toField: 'x1@marketplace.amazon.com' }),
      { ok: false, reason: 'logged-out' },
    ],
    ['401', page({ status: 401 }), { ok: false, reason: 'logged-out' }],
    ['the form without a To field', page({}), { ok: false, reason: 'no-messaging' }],
    ['no form and no To field', page({ hasForm: false }), { ok: false, reason: 'not-found' }],
    ['404', page({ status: 404, hasForm: false }), { ok: false, reason: 'not-found' }],
    ['403', page({ status: 403, hasForm: false }), { ok: false, reason: 'not-found' }],
    ['500', page({ status: 503 }), { ok: false, reason: 'network' }],
    ['a failed request', page({ status: 0, hasForm: false }), { ok: false, reason: 'network' }],
    ['a real address', page({ toField: 'buyer@example.com' }), { ok: false, reason: 'unexpected-address' }],
    [
      'a Contact Buyer page offering no reason (canceled)',
      page({ toField: 'x1@marketplace.amazon.com', noReasons: true }),
      { ok: false, reason: 'no-messaging' },
    ],
  ] as const)('%s', (_name, input, expected) => {
    expect(outcomeOfPage(input)).toEqual(expected);
  });
});

describe('combineOutcomes', () => {
  const fail = (reason: string) => ({ ok: false, reason }) as PageOutcome;
  const good: PageOutcome = { ok: true, address: 'a@marketplace.amazon.com' };

  it.each([
    ['first ok', good, fail('not-found'), good],
    ['second ok', fail('not-found'), good, good],
    ['no second', fail('no-messaging'), undefined, fail('no-messaging')],
    ['logged out wins', fail('not-found'), fail('logged-out'), fail('logged-out')],
    ['no messaging beats not found', fail('not-found'), fail('no-messaging'), fail('no-messaging')],
    ['unexpected address beats not found', fail('unexpected-address'), fail('not-found'), fail('unexpected-address')],
  ] as const)('%s', (_name, a, b, expected) => {
    expect(combineOutcomes(a, b)).toEqual(expected);
  });
});
