import { describe, expect, it } from 'vitest';
import { checkComposition } from '@/lib/ui/composer-check';
import { renderEditorText } from '@/lib/ui/composer-render-map';
import { renderWithValues } from '@/lib/domain/template-render';
import { highlightPieces } from '@/components/MessageEditor';
import { unshippedOrder } from '../component/composer-harness';

const now = new Date('2026-01-03T10:00:00Z');
const order = unshippedOrder();

describe('renderEditorText', () => {
  const values = { order_id: '112-7654321-1234567', buyer_first_name: 'Zoë' };
  it.each([
    'Plain text only.',
    'Hello {{buyer_first_name}}, order {{ order_id }}.',
    'Unknown {{nick}} and unfilled {{deliver_by}} and broken {{ order id }}.',
    '{{order_id}}{{order_id}}',
    '',
  ])('renders %j exactly like the domain renderer', (text) => {
    expect(renderEditorText(text, values).result.text).toBe(renderWithValues(text, values).text);
  });

  it('maps spans in the rendered text back to the editor text', () => {
    const text = 'Hi {{buyer_first_name}}, mail me@x.io about {{order_id}}.';
    const map = renderEditorText(text, values);
    const rendered = map.result.text;
    const at = rendered.indexOf('me@x.io');
    expect(map.toEditor(at, at + 7)).toEqual({ start: text.indexOf('me@x.io'), end: text.indexOf('me@x.io') + 7 });
    // A span inside a variable's value selects the whole placeholder.
    const id = rendered.indexOf('7654321');
    expect(map.toEditor(id, id + 3)).toEqual({
      start: text.indexOf('{{order_id}}'),
      end: text.indexOf('{{order_id}}') + '{{order_id}}'.length,
    });
  });
});

describe('checkComposition', () => {
  const base = { order, now, sellerName: 'Lotus' };
  it.each([
    ['no reason, no text', {}, ['noReason', 'empty']],
    ['an unavailable reason', { reasonId: 'returnQuestion', text: 'Order 112-7654321-1234567: a question.' }, ['reasonUnavailable']],
    [
      'an unfilled variable',
      { reasonId: 'confirmOrderDetails', text: 'Order {{order_id}}: may we deliver on {{deliver_by}}, or which day suits you?' },
      ['unfilled'],
    ],
    [
      'an email address',
      { reasonId: 'confirmOrderDetails', text: 'Order 112-7654321-1234567: mail me at a@b.com please.' },
      ['lintErrors'],
    ],
    [
      'a clean question',
      { reasonId: 'confirmOrderDetails', text: 'Order 112-7654321-1234567: which size do you need, 350 ml or 500 ml?' },
      [],
    ],
  ])('%s', (_name, input, kinds) => {
    const check = checkComposition({ ...base, text: '', ...input });
    expect(check.blockers.map((b) => b.kind)).toEqual(kinds);
  });

  it('canceled orders block with their own reason, whatever was chosen', () => {
    const check = checkComposition({ ...base, order: unshippedOrder({ status: 'canceled' }), reasonId: 'confirmOrderDetails', text: 'x' });
    expect(check.blockers[0]).toEqual({ kind: 'canceled' });
  });

  it('checks the rendered text against the reason limit (800 for customization)', () => {
    const custom = unshippedOrder({ items: [{ title: 'Necklace', quantity: 1, customized: true }] });
    const check = checkComposition({
      ...base,
      order: custom,
      reasonId: 'confirmCustomizationDetails',
      text: `Order {{order_id}}: ${'a'.repeat(800)}`,
    });
    expect(check.limit).toBe(800);
    expect(check.findings.map((f) => f.rule)).toContain('length');
  });
});

describe('highlightPieces', () => {
  it('marks spans, errors winning over warnings where they overlap', () => {
    expect(
      highlightPieces('abcdef', [
        { start: 1, end: 4, severity: 'warning' },
        { start: 3, end: 5, severity: 'error' },
      ]),
    ).toEqual([{ text: 'a' }, { text: 'bc', severity: 'warning' }, { text: 'de', severity: 'error' }, { text: 'f' }]);
  });
});

describe('checkComposition: files', () => {
  const text = `Hello, the invoice for order ${order.orderId} is attached.`;
  const pdf = { id: 'f1', name: 'invoice.pdf', size: 2048, type: 'application/pdf' };

  it('an invoice without a file cannot be sent: the check says so', () => {
    const check = checkComposition({ order, now, reasonId: 'invoice', text });
    expect(check.fileProblems.map((p) => p.code)).toEqual(['fileRequired']);
    expect(check.blockers).toContainEqual({ kind: 'files', count: 1 });
  });

  it('with a PDF attached nothing about files blocks Send', () => {
    const check = checkComposition({ order, now, reasonId: 'invoice', text, files: [pdf] });
    expect(check.fileProblems).toEqual([]);
    expect(check.blockers.some((b) => b.kind === 'files')).toBe(false);
  });

  it('a file on a reason that takes none, and a file name with an email address, are errors', () => {
    const check = checkComposition({ order, now, reasonId: 'confirmOrderDetails', text, files: [{ ...pdf, name: 'me@shop.example.pdf' }] });
    expect(check.fileProblems.map((p) => p.code)).toEqual(['filesNotAllowed', 'fileName']);
  });
});

describe('checkComposition keeps what does not depend on the text', () => {
  it('the same reason options while only the text changes; new ones for another order or time', () => {
    const a = checkComposition({ order, now, text: 'Hello' });
    const b = checkComposition({ order, now, text: 'Hello there, www.example.com' });
    expect(b.options).toBe(a.options);
    expect(b.findings.length).toBeGreaterThan(a.findings.length);
    const other = unshippedOrder({ status: 'shipped' });
    const c = checkComposition({ order: other, now, text: 'Hello' });
    expect(c.options).not.toBe(a.options);
    expect(c.options.find((o) => o.reason.id === 'returnQuestion')).toBeDefined();
    expect(checkComposition({ order, now: new Date(now.getTime() + 1000), text: 'Hello' }).options).not.toBe(c.options);
  });

  it('fills variables for the seller name and language given, not the last ones', () => {
    const en = checkComposition({ order, now, text: '{{seller_name}} {{purchase_date}}', sellerName: 'Lotus' });
    const de = checkComposition({ order, now, text: '{{seller_name}} {{purchase_date}}', sellerName: 'Anna', lang: 'de' });
    expect(en.rendered.text).toBe('Lotus January 2, 2026');
    expect(de.rendered.text).toBe('Anna 2. Januar 2026');
  });
});
