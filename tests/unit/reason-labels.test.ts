import { describe, expect, it } from 'vitest';
import { matchReasonOption, normaliseLabel, REASON_LABELS } from '@/lib/domain/reason-labels';
import { REASONS } from '@/lib/domain/reasons';

const opts = (...pairs: [string, string][]) => pairs.map(([label, value]) => ({ label, value }));

describe('reasons by meaning', () => {
  it('normalises case, widths, punctuation and spaces', () => {
    expect(normaliseLabel('  Confirm  ORDER details. ')).toBe(normaliseLabel('confirm order details'));
    expect(normaliseLabel('Ｃｏｎｆｉｒｍ order details')).toBe(normaliseLabel('Confirm order details'));
    expect(normaliseLabel('注文の詳細を確認する。')).toBe(normaliseLabel('注文の詳細を確認する'));
    expect(normaliseLabel("Conferma i dettagli dell'ordine")).toBe(normaliseLabel('Conferma i dettagli dell’ordine'));
  });

  it('has labels for every reason the Contact Buyer form offers', () => {
    for (const reason of REASONS.filter((r) => r.composable && r.channel === 'contactBuyer')) {
      expect(REASON_LABELS[reason.id]?.length ?? 0, reason.id).toBeGreaterThan(0);
    }
  });

  it.each([
    [
      'service details beside order details, German labels, opaque values',
      opts(['Bestelldetails bestätigen', 'a1'], ['Servicedetails bestätigen', 'a2']),
      'confirmServiceDetails',
      { index: 1, by: 'label' },
    ],
    [
      'English labels, mock values',
      opts(['Confirm order details', 'confirmOrderDetails'], ['Send an invoice', 'invoice']),
      'invoice',
      { index: 1, by: 'label' },
    ],
    [
      'SCREAMING_SNAKE values, English labels',
      opts(['Send an invoice', 'SEND_INVOICE'], ['Confirm order details', 'CONFIRM_ORDER_DETAILS']),
      'confirmOrderDetails',
      { index: 1, by: 'label' },
    ],
    [
      'numeric values, German labels',
      opts(['Rechnung senden', '2400'], ['Bestelldetails bestätigen', '2401']),
      'confirmOrderDetails',
      { index: 1, by: 'label' },
    ],
    [
      'Japanese labels, no values',
      opts(['請求書を送付する', ''], ['注文の詳細を確認する', '']),
      'confirmOrderDetails',
      { index: 1, by: 'label' },
    ],
    ['Chinese labels', opts(['确认订单详情', 'a'], ['发送发票', 'b']), 'invoice', { index: 1, by: 'label' }],
    [
      'unknown label, kebab value',
      opts(['Something new', 'confirm-order-details'], ['Else', 'x']),
      'confirmOrderDetails',
      { index: 0, by: 'value' },
    ],
    [
      'the free-form reason as "Other"',
      opts(['Confirm order details', '1'], ['Other', '9']),
      'additionalInformation',
      { index: 1, by: 'label' },
    ],
  ])('%s', (_name, options, reason, expected) => {
    expect(matchReasonOption(options, reason)).toEqual(expected);
  });

  it('never guesses: no match, or two options that could be it, is no match', () => {
    expect(matchReasonOption(opts(['Schedule a delivery', '1'], ['Send an invoice', '2']), 'confirmOrderDetails')).toEqual({
      why: 'absent',
    });
    expect(matchReasonOption(opts(['Ask a question', '1'], ['Send an invoice', '2']), 'confirmOrderDetails')).toEqual({ why: 'none' });
    expect(matchReasonOption(opts(['Send an invoice', '1'], ['Send an invoice', '2']), 'invoice')).toEqual({ why: 'ambiguous' });
    expect(matchReasonOption(opts(['A', 'invoice'], ['B', 'INVOICE']), 'invoice')).toEqual({ why: 'ambiguous' });
    // A look-alike is not the reason: only the whole label counts.
    expect(matchReasonOption(opts(['Send an invoice correction', '1']), 'invoice')).toEqual({ why: 'none' });
    expect(matchReasonOption(opts(['Send an invoice', 'invoice']), 'noSuchReason')).toEqual({ why: 'none' });
  });
});
