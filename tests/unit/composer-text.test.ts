import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import { ORDER_STATUSES } from '@/lib/domain/order';
import { RULE_IDS } from '@/lib/domain/policy';
import { REASON_IDS, UNAVAILABLE_CODES } from '@/lib/domain/reasons';
import { REJECT_CODES } from '@/lib/domain/template-import';
import { VARIABLE_NAMES } from '@/lib/domain/variables';
import { blockerText, rejectionTexts, whyUnavailable } from '@/lib/ui/composer-text';
import type { Blocker } from '@/lib/ui/composer-check';

// The composer builds these keys from domain ids, so tests/unit/i18n.test.ts cannot see them.
const dynamicKeys = [
  ...REASON_IDS.map((id) => `composerReason_${id}`),
  ...ORDER_STATUSES.map((s) => `composerStatus_${s}`),
  ...UNAVAILABLE_CODES.map((c) => `composerWhy_${c}`),
  ...REJECT_CODES.map((c) => `composerReject_${c}`),
  ...VARIABLE_NAMES.map((n) => `composerVariable_${n}`),
  ...RULE_IDS.map((r) => `policyRule_${r}`),
  ...['canceled', 'noReason', 'reasonUnavailable', 'empty', 'noMarketplace', 'noSender'].map((b) => `composerBlock_${b}`),
];

describe('composer words for domain codes', () => {
  it.each(dynamicKeys)('%s exists in en and zh_CN', (key) => {
    expect((en as Record<string, { message: string }>)[key]?.message).toBeTruthy();
    expect((zh as Record<string, { message: string }>)[key]?.message).toBeTruthy();
  });

  it.each([
    [{ available: false, why: 'status', params: { status: 'pending' } } as const, 'Not offered for Pending orders.'],
    [{ available: false, why: 'tooEarly', params: { days: 3, date: '2026-03-09' } } as const, 'Opens in 3 days, on Mar 9, 2026.'],
    [
      { available: false, why: 'pastMessagingWindow', params: { days: 41, date: '2026-01-02' } } as const,
      'More than 30 days since delivery (41 days, delivered Jan 2, 2026).',
    ],
    [{ available: false, why: 'fulfilledByAmazon' } as const, 'Only for orders you fulfil yourself; Amazon fulfils this one.'],
  ])('explains %o', (availability, sentence) => {
    expect(whyUnavailable(availability)).toBe(sentence);
  });

  it.each<[Blocker, string]>([
    [
      { kind: 'unfilled', names: ['deliver_by', 'ship_by'] },
      '{{deliver_by}}, {{ship_by}} has no value for this order: replace it with the text.',
    ],
    [{ kind: 'lintErrors', count: 2 }, 'Fix the 2 problems marked as errors: Amazon would block this message.'],
    [{ kind: 'noReason' }, 'Choose a reason first.'],
  ])('says what blocks Send: %o', (blocker, sentence) => {
    expect(blockerText(blocker)).toBe(sentence);
  });

  it('names what an import entry failed on', () => {
    expect(
      rejectionTexts({ index: 0, reasons: ['unknownVariable', 'unknownReason'], unknownVariables: ['nick'], unknownReasons: ['promo'] }),
    ).toEqual(['Unknown variables: {{nick}}', 'Unknown reasons: promo']);
  });
});
