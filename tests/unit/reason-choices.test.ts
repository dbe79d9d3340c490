import { describe, expect, it } from 'vitest';
import { choiceFor, REASON_CHOICE_LIMITS, rememberChoice } from '@/lib/domain/reason-choices';
import { matchReasonOption } from '@/lib/domain/reason-labels';

const opts = (...pairs: [string, string][]) => pairs.map(([label, value]) => ({ label, value }));

describe('remembered reason choices', () => {
  it('keeps one option per marketplace and reason, the newest winning', () => {
    let c = rememberChoice({}, 'ATVPDKIKX0DER', 'invoice', { label: 'Billing', value: '1' });
    c = rememberChoice(c, 'ATVPDKIKX0DER', 'invoice', { label: ' Billing documents ', value: '2' });
    c = rememberChoice(c, 'A1PA6795UKMFR9', 'invoice', { label: 'Rechnung', value: '' });
    expect(choiceFor(c, 'ATVPDKIKX0DER', 'invoice')).toEqual({ label: 'Billing documents', value: '2' });
    expect(choiceFor(c, 'A1PA6795UKMFR9', 'invoice')).toEqual({ label: 'Rechnung', value: '' });
    expect(choiceFor(c, 'A1PA6795UKMFR9', 'warranty')).toBeUndefined();
    expect(choiceFor(c, '__proto__', 'constructor')).toBeUndefined();
  });

  it('refuses an empty or over-long label, and stays within its limits', () => {
    expect(rememberChoice({}, 'ATVPDKIKX0DER', 'invoice', { label: '  ', value: '1' })).toEqual({});
    expect(rememberChoice({}, 'ATVPDKIKX0DER', 'invoice', { label: 'x'.repeat(201), value: '1' })).toEqual({});
    let c = {};
    for (let i = 0; i < REASON_CHOICE_LIMITS.marketplaces + 5; i++)
      c = rememberChoice(c, `MP${String(i).padStart(8, '0')}`, 'invoice', { label: 'L', value: '' });
    expect(Object.keys(c)).toHaveLength(REASON_CHOICE_LIMITS.marketplaces);
    expect(choiceFor(c, 'MP00000000', 'invoice')).toBeUndefined(); // the oldest went first
  });
});

describe('matching with a remembered option, and knowing when a reason is absent', () => {
  const page = opts(['Order questions', '300'], ['Shipping trouble', '301']);
  it('the remembered option wins, by label and value', () => {
    expect(matchReasonOption(page, 'confirmOrderDetails', { label: 'order questions', value: '300' })).toEqual({
      index: 0,
      by: 'remembered',
    });
    expect(matchReasonOption(page, 'confirmOrderDetails', { label: 'Order questions', value: '999' })).toEqual({ why: 'none' });
    expect(matchReasonOption(page, 'confirmOrderDetails', { label: 'Order questions', value: '' })).toEqual({ index: 0, by: 'remembered' });
  });

  it("'absent' only when every option is known to be another reason", () => {
    expect(matchReasonOption(opts(['Send an invoice', '1'], ['Other', '2']), 'warranty')).toEqual({ why: 'absent' });
    expect(matchReasonOption(opts(['Send an invoice', '1'], ['Something new', '2']), 'warranty')).toEqual({ why: 'none' });
    expect(matchReasonOption(opts(['A', 'INVOICE'], ['B', 'WARRANTY']), 'confirmOrderDetails')).toEqual({ why: 'absent' });
  });
});
