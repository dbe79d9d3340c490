/**
 * The policy lint never breaks its contract, whatever the text: random
 * messages built from tricky fragments, and 20,000-character hostile inputs
 * (the lint runs on every keystroke; patterns are bounded so it stays linear).
 * Assertions are on the results, never on time.
 */
import { describe, expect, it } from 'vitest';
import { lintMessage, type Finding, type LintContext } from '@/lib/domain/policy';
import { expectWellFormed } from './policy-table';

const O = '123-1234567-1234567';
const rulesOf = (findings: Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();

/** Deterministic pseudo-random numbers (mulberry32) so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRAGMENTS = [
  'Hello, ',
  `order ${O} `,
  'D01-7548446-5177052 ',
  'call us at +1 (555) 123-4567. ',
  '030 1234567',
  '138 0013 8000',
  '12/05/2024 ',
  '€19,99 ',
  '2.5 kg ',
  'Ref. 1Z999AA10123456784 ',
  'https://www.ups.com/track?n=1 ',
  'http://evil.example.com/x?y=(1) ',
  'shop.xyz/a ',
  'a@b.co ',
  'x (at) y (dot) com ',
  '<b>',
  '</b>',
  '&nbsp;',
  '😀',
  '👍🏽',
  '🇩🇪',
  '1️⃣',
  '\uD83D',
  '\uDE00',
  '©',
  '™',
  '[Important] ',
  'leave a 5-star review and get a free gift! ',
  '好评返现',
  '请给五星好评。',
  '感谢您的购买！',
  'ご注文ありがとうございます。',
  '電話 090-1234-5678 ',
  'Vielen Dank für Ihre Bestellung. ',
  'unsubscribe ',
  'coupon code SAVE10 ',
  'WhatsApp ',
  'PayPal ',
  'send your credit card number ',
  '\n',
  '\n\n',
  '  ',
  '.',
  '?',
  '!',
  '。',
  '，',
  '(',
  ')',
  '-',
  '/',
  ':',
  '#',
  '+',
  '0',
  '1',
  '9',
  'a',
  'é',
  'ß',
  '字',
  'カ',
  '＠',
  '０',
  '　',
];

describe('lintMessage: property-style checks', () => {
  it('keeps spans within the text, sorted and merged, for 400 random messages', () => {
    const next = random(20240512);
    for (let n = 0; n < 400; n++) {
      const parts = Array.from({ length: 1 + Math.floor(next() * 30) }, () => FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]!);
      const text = parts.join('');
      const context: LintContext = {
        orderId: next() < 0.5 ? O : undefined,
        buyerLanguage: ['en', 'zh', 'ja', 'de'][n % 4],
        maxLength: next() < 0.3 ? 120 : undefined,
      };
      const findings = lintMessage(text, context);
      expectWellFormed(text, findings);
      expect(lintMessage(text, context)).toEqual(findings); // pure: same input, same findings
    }
  });
});

describe('lintMessage: long hostile input', () => {
  const cases: [string, string, string[]][] = [
    ['letters', 'a'.repeat(20000), ['length']],
    ['digits', '1'.repeat(20000), ['length']],
    ['spaced digits', '1 '.repeat(10000), ['length']],
    ['spaced zeros', '0 '.repeat(10000), ['length']],
    ['open tags', '<a '.repeat(7000), ['length']],
    ['closed tags', '<b>'.repeat(7000), ['html', 'length']],
    ['schemes', 'http://'.repeat(3000), ['length', 'link']],
    ['www', 'www.'.repeat(5000), ['length', 'link']],
    ['dots', 'a.'.repeat(10000), ['length']],
    ['at signs', 'x@'.repeat(10000), ['length']],
    ['ampersands', '&'.repeat(20000), ['length']],
    ['brackets', '[('.repeat(10000), ['length']],
    ['review bait', 'review refund for '.repeat(1200), ['length', 'reviewIncentive']],
    ['chinese bait', '好评返现'.repeat(5000), ['language', 'length', 'reviewIncentive']],
    ['emoji', '😀'.repeat(10000), ['emoji', 'length']],
    ['newlines', '\n'.repeat(20000), ['length']],
    ['dashes and digits', '-1'.repeat(10000), ['length']],
    ['phone soup', '+1 (555) 123-4567 '.repeat(1200), ['length', 'phone']],
  ];
  it.each(cases)('%s: 20,000 characters lint to the expected rules', (_name, text, rules) => {
    const findings = lintMessage(text, { buyerLanguage: 'en' });
    expect(rulesOf(findings)).toEqual(rules);
    expectWellFormed(text, findings);
  });
});
