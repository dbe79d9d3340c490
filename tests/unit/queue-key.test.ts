import { describe, expect, it } from 'vitest';
import { fnv1a64, idempotencyKey, normaliseText } from '@/lib/domain/queue-key';

describe('fnv1a64', () => {
  // Reference vectors of FNV-1a 64 (Fowler/Noll/Vo test suite).
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('%j -> %s', (text, hash) => expect(fnv1a64(text)).toBe(hash));

  it('hashes UTF-8 bytes, so CJK text and emoji-free accents differ', () => {
    expect(fnv1a64('你好')).not.toBe(fnv1a64('你'));
    expect(fnv1a64('é')).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('normaliseText', () => {
  it.each([
    ['  Hello  ', 'Hello'],
    ['Hello\r\nworld', 'Hello\nworld'],
    ['Hello   \t world', 'Hello world'],
    ['Hello \nworld', 'Hello\nworld'],
    ['a\n\n\n\nb', 'a\n\nb'],
    ['e\u0301', '\u00e9'],
    ['全角\u3000空白', '全角 空白'],
  ])('%j -> %j', (input, output) => expect(normaliseText(input)).toBe(output));
});

describe('idempotencyKey', () => {
  const key = (order: string, reason: string, text: string) => idempotencyKey(order, reason, text);
  it('is the same for the same message typed slightly differently', () => {
    expect(key('112-1234567-1234567', 'invoice', 'Your invoice  is attached.\r\n')).toBe(
      key('112-1234567-1234567', 'invoice', 'Your invoice is attached.'),
    );
  });
  it.each([
    ['another order', ['112-1234567-7654321', 'invoice', 'Hi']],
    ['another reason', ['112-1234567-1234567', 'warranty', 'Hi']],
    ['another text', ['112-1234567-1234567', 'invoice', 'Hi!']],
    ['another case', ['112-1234567-1234567', 'invoice', 'hi']],
  ] as const)('differs for %s', (_name, args) => {
    expect(key(args[0], args[1], args[2])).not.toBe(key('112-1234567-1234567', 'invoice', 'Hi'));
  });
});
