/**
 * The policy lint's contract: API shape, spans (UTF-16, sorted, merged),
 * context handling, allowed link hosts, catalog strings for every rule, and
 * robustness on long hostile input (asserted on results, not on time).
 */
import { describe, expect, it } from 'vitest';
import {
  findingSubstitutions,
  hasErrors,
  isAllowedLinkHost,
  lintMessage,
  normalizeHost,
  RULE_IDS,
  type Finding,
} from '@/lib/domain/policy';
import en from '../../public/_locales/en/messages.json';
import { expectWellFormed } from './policy-table';
import zh from '../../public/_locales/zh_CN/messages.json';

const O = '123-1234567-1234567';
const rulesOf = (findings: Finding[]) => [...new Set(findings.map((f) => f.rule))].sort();

describe('lintMessage: contract', () => {
  it('has unique rule ids, each with an explanation in both catalogs', () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_IDS.length);
    const enCatalog = en as Record<string, { message: string }>;
    const zhCatalog = zh as Record<string, { message: string }>;
    for (const rule of RULE_IDS) {
      const key = `policyRule_${rule}`;
      expect(enCatalog[key]?.message, key).toMatch(/\w{3}/);
      expect(zhCatalog[key]?.message, key).toMatch(/[\u4e00-\u9fff]/);
      // Both languages use the same $n substitutions.
      const subs = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      expect(subs(zhCatalog[key]!.message), key).toBe(subs(enCatalog[key]!.message));
    }
  });

  it('gives UTF-16 offsets past astral characters', () => {
    const text = `😀😀 Hello, order ${O}: call us at +44 20 7946 0958 please.`;
    const findings = lintMessage(text, { orderId: O });
    expect(findings.map((f) => [f.rule, text.slice(f.start, f.end)])).toEqual([
      ['emoji', '😀😀'],
      ['externalContact', 'call us'],
      ['phone', '+44 20 7946 0958'],
    ]);
    expectWellFormed(text, findings);
  });

  it('returns the params as $1, $2 in order, and whole-message findings at 0/0', () => {
    const text = 'Hello, the blue lamp you ordered is out of stock. Would you like the green one or a refund?';
    const [language, orderId] = lintMessage(text, { orderId: O, buyerLanguage: 'de' });
    expect(language).toMatchObject({ rule: 'language', severity: 'warning', start: 0, end: 0 });
    expect(findingSubstitutions(language!)).toEqual(['en', 'de']);
    expect(orderId).toMatchObject({ rule: 'orderId', severity: 'warning', start: 0, end: 0 });
    expect(findingSubstitutions(orderId!)).toEqual([O]);
    expect(hasErrors([language!, orderId!])).toBe(false);
  });

  it('never puts buyer data (addresses, numbers) into the log message', () => {
    const text = `Order ${O}: write to anna.schmidt@gmail.com or call +49 30 1234567 about the size?`;
    const findings = lintMessage(text, {});
    expect(rulesOf(findings)).toEqual(['email', 'phone']);
    for (const f of findings) expect(f.message).not.toMatch(/anna|1234567/);
  });
});

describe('lintMessage: context', () => {
  const question = `Hello, order ${O}: which colour would you like? `;
  it('limits to 4000 characters by default; the span is the excess', () => {
    const text = question + 'x'.repeat(4000 - question.length);
    expect(lintMessage(text, {})).toEqual([]);
    const over = `${text}yz`;
    const [f] = lintMessage(over, {});
    expect(f).toMatchObject({ rule: 'length', severity: 'error', start: 4000, end: 4002, params: { limit: 4000 } });
    expect(over.slice(f!.start, f!.end)).toBe('yz');
  });

  it("uses the reason's limit and refuses empty text", () => {
    const text = `${question}${'We can also engrave a name. '.repeat(20)}`;
    const f = lintMessage(text, { maxLength: 400 }).find((x) => x.rule === 'length');
    expect(f && text.slice(f.start, f.end)).toBe(text.slice(400));
    expect(lintMessage(' \n\t ', {})).toMatchObject([{ rule: 'length', severity: 'error', start: 0, end: 0 }]);
    expect(hasErrors(lintMessage('', {}))).toBe(true);
  });

  it('accepts [Important] only for critical reasons, known by flag or by reason id', () => {
    const text = `[Important] Order ${O} cannot ship: the parcel was lost. We will send a new one today.`;
    expect(rulesOf(lintMessage(text, { reason: 'confirmOrderDetails' }))).toEqual(['important']);
    expect(lintMessage(text, { reason: 'unexpectedProblem' })).toEqual([]);
    expect(lintMessage(text, { critical: true })).toEqual([]);
    expect(rulesOf(lintMessage(text, { reason: 'unexpectedProblem', critical: false }))).toEqual(['important']);
    const plain = `Order ${O} cannot ship: the parcel was lost. We will send a new one today.`;
    for (const subject of ['【重要】注文について', '[WICHTIG] Bestellung', '[ important ] order', '<Urgent> order']) {
      expect(lintMessage(plain, { subject }), subject).toMatchObject([{ rule: 'important', start: 0, end: 0 }]);
    }
    expect(lintMessage(plain, { subject: 'Important question about your order' })).toEqual([]);
  });

  it('grades review requests: warning first, error when repeated, nothing via the review reason', () => {
    const text = `Hello, we hope order ${O} arrived safely. Could you leave a review for the lamp?`;
    expect(lintMessage(text, {}).map((f) => [f.rule, f.severity])).toEqual([['reviewRequest', 'warning']]);
    expect(lintMessage(text, { previousReviewRequests: 1 }).map((f) => [f.rule, f.severity])).toEqual([['reviewRequest', 'error']]);
    expect(lintMessage(text, { reason: 'requestReview' })).toEqual([]);
    expect(lintMessage(text, { reason: 'requestReview', previousReviewRequests: 1 })[0]?.severity).toBe('error');
  });

  it('extends the allowed hosts from settings in any written form', () => {
    const text = `Hello, order ${O}: book your delivery slot at https://book.palletways.com/slot?ref=1 please.`;
    expect(rulesOf(lintMessage(text, {}))).toEqual(['link']);
    for (const host of ['palletways.com', 'https://palletways.com/', '*.palletways.com', 'BOOK.Palletways.com', 'www.palletways.com']) {
      expect(lintMessage(text, { allowedLinkHosts: [host] }), host).toEqual([]);
    }
    expect(rulesOf(lintMessage(text, { allowedLinkHosts: ['ways.com', ''] }))).toEqual(['link']);
  });

  it('skips language detection on short texts and for unknown buyer languages', () => {
    expect(lintMessage(`Order ${O}: size M or L?`, { buyerLanguage: 'ja' })).toEqual([]);
    const long = `Hello, order ${O}: would you like the lamp in green or in grey? Both ship today.`;
    expect(lintMessage(long, {})).toEqual([]);
    expect(rulesOf(lintMessage(long, { buyerLanguage: 'ja-JP' }))).toEqual(['language']);
  });
});

describe('allowed link hosts', () => {
  it.each([
    ['amazon.com', true],
    ['www.amazon.de', true],
    ['smile.amazon.co.uk', true],
    ['amazon.co.jp', true],
    ['amazon.com.au', true],
    ['track.amazon.in', true],
    ['amzn.to', true],
    ['a.co', true],
    ['www.ups.com', true],
    ['wwwapps.ups.com', true],
    ['fedex.com', true],
    ['tools.usps.com', true],
    ['www.dhl.de', true],
    ['dhl.co.uk', true],
    ['dpd.fr', true],
    ['www.evri.com', true],
    ['royalmail.com', true],
    ['toi.kuronekoyamato.co.jp', true],
    ['k2k.sagawa-exp.co.jp', true],
    ['trackings.post.japanpost.jp', true],
    ['www.sf-express.com', true],
    ['canadapost-postescanada.ca', true],
    ['auspost.com.au', true],
    ['gls-group.eu', true],
    ['amazon-deals.com', false],
    ['amazon.evil.io', false],
    ['amazon.com.evil.net', false],
    ['fakeups.com', false],
    ['ups.com.example.net', false],
    ['example.com', false],
    ['lumen-store.com', false],
    ['', false],
  ])('%s -> %s', (host, allowed) => {
    expect(isAllowedLinkHost(host)).toBe(allowed);
  });

  it('normalises settings entries', () => {
    expect(normalizeHost(' https://Track.Example.com:8443/path?q=1 ')).toBe('track.example.com');
    expect(normalizeHost('*.example.com')).toBe('example.com');
    expect(normalizeHost('www.example.com.')).toBe('example.com');
  });
});
