import { describe, expect, it } from 'vitest';
import { VARIABLE_NAMES, VARIABLE_SOURCES, distinctNames, isVariableName, parseBody, placeholder } from '@/lib/domain/variables';

type Piece = [kind: 'var' | 'unknown' | 'malformed', raw: string, start: number, name?: string];

/** Every non-text piece of a body, in order: [kind, raw, start, name]. */
function pieces(body: string): Piece[] {
  return parseBody(body).tokens.flatMap((t): Piece[] => {
    if (t.kind === 'text') return [];
    if (t.kind === 'malformed') return [['malformed', t.malformed.raw, t.start]];
    return [[t.variable.known ? 'var' : 'unknown', t.variable.raw, t.start, t.variable.name]];
  });
}

describe('variable set', () => {
  it('has the documented variables, each with a source', () => {
    for (const name of [
      'buyer_first_name',
      'buyer_name',
      'order_id',
      'product_title',
      'product_titles',
      'asin',
      'sku',
      'quantity',
      'ship_by',
      'deliver_by',
      'purchase_date',
      'marketplace',
      'seller_name',
    ]) {
      expect(isVariableName(name)).toBe(true);
    }
    expect(Object.keys(VARIABLE_SOURCES).sort()).toEqual([...VARIABLE_NAMES].sort());
    expect(VARIABLE_SOURCES.seller_name).toBe('settings');
    expect(placeholder('order_id')).toBe('{{order_id}}');
  });

  it.each(['', 'Order_ID', 'order id', 'toString', '__proto__', 42, null])('isVariableName(%j) is false', (x) => {
    expect(isVariableName(x)).toBe(false);
  });
});

describe('parseBody', () => {
  it.each<[string, string, Piece[]]>([
    ['plain text', 'No variables here.', []],
    ['one variable', 'Order {{order_id}}.', [['var', '{{order_id}}', 6, 'order_id']]],
    ['spaces around the name', 'Order {{ order_id }}', [['var', '{{ order_id }}', 6, 'order_id']]],
    ['tabs and ideographic space', '{{\torder_id\u3000}}', [['var', '{{\torder_id\u3000}}', 0, 'order_id']]],
    ['case-insensitive names', '{{Order_ID}}', [['var', '{{Order_ID}}', 0, 'order_id']]],
    ['unknown name', 'Hi {{buyer_fist_name}}', [['unknown', '{{buyer_fist_name}}', 3, 'buyer_fist_name']]],
    ['unicode unknown name', '{{名前}}様', [['unknown', '{{名前}}', 0, '名前']]],
    ['hyphenated name is unknown, not malformed', '{{order-id}}', [['unknown', '{{order-id}}', 0, 'order-id']]],
    [
      'repeated',
      '{{sku}} / {{sku}}',
      [
        ['var', '{{sku}}', 0, 'sku'],
        ['var', '{{sku}}', 10, 'sku'],
      ],
    ],
    [
      'adjacent',
      '{{order_id}}{{sku}}',
      [
        ['var', '{{order_id}}', 0, 'order_id'],
        ['var', '{{sku}}', 12, 'sku'],
      ],
    ],
    ['space inside the name', 'Hi {{buyer name}}!', [['malformed', '{{buyer name}}', 3]]],
    ['empty braces', 'x {{}} y', [['malformed', '{{}}', 2]]],
    ['only spaces', '{{   }}', [['malformed', '{{   }}', 0]]],
    ['lone opener at the end', 'Price {{', [['malformed', '{{', 6]]],
    ['missing one closing brace', '{{order_id}', [['malformed', '{{', 0]]],
    ['triple braces', '{{{order_id}}}', [['malformed', '{{{order_id}}', 0]]],
    ['line break inside', 'a {{ order_id\n}} b', [['malformed', '{{', 2]]],
    ['line break before the name', '{{\norder_id}}', [['malformed', '{{', 0]]],
    [
      'opener before a good variable',
      'x {{ oops {{order_id}}',
      [
        ['malformed', '{{', 2],
        ['var', '{{order_id}}', 10, 'order_id'],
      ],
    ],
    ['closing braces alone are text', 'a }} b } c {', []],
    ['single braces are text', '{order_id}', []],
  ])('%s', (_label, body, expected) => {
    expect(pieces(body)).toEqual(expected);
  });

  it.each([
    '',
    'plain',
    '{{order_id}}{{sku}}',
    'x {{ oops {{order_id}} }} {{',
    '{{{a}}}}}',
    '日本語 {{ 名前 }} テキスト',
    '\r\n{{sku}}\r\n',
  ])('tokens cover %j exactly, in order, without gaps', (body) => {
    const { tokens } = parseBody(body);
    let at = 0;
    for (const t of tokens) {
      expect(t.start).toBe(at);
      at = t.end;
    }
    expect(at).toBe(body.length);
    const rebuilt = tokens.map((t) => (t.kind === 'text' ? t.text : t.kind === 'var' ? t.variable.raw : t.malformed.raw)).join('');
    expect(rebuilt).toBe(body);
  });

  it('reports spans that select the occurrence in the body', () => {
    const body = 'Dear {{ buyer_name }}, order {{order_id}} {{nope}} {{bad name}}';
    const parsed = parseBody(body);
    for (const v of [...parsed.variables, ...parsed.malformed]) expect(body.slice(v.start, v.end)).toBe(v.raw);
    expect(parsed.variables.map((v) => v.name)).toEqual(['buyer_name', 'order_id', 'nope']);
    expect(parsed.unknown.map((v) => v.name)).toEqual(['nope']);
    expect(parsed.malformed.map((m) => m.raw)).toEqual(['{{bad name}}']);
  });

  it('counts positions in UTF-16 units (emoji before a variable)', () => {
    const body = '😀 {{sku}}';
    expect(parseBody(body).variables[0]).toMatchObject({ start: 3, end: 10 });
  });

  it('distinctNames keeps the first-seen order', () => {
    expect(distinctNames(parseBody('{{b}} {{a}} {{b}} {{A}}').variables)).toEqual(['b', 'a', 'A']);
  });

  it('handles a long body with many variables', () => {
    const body = 'x{{order_id}}'.repeat(2000);
    const parsed = parseBody(body);
    expect(parsed.variables).toHaveLength(2000);
    expect(parsed.unknown).toHaveLength(0);
  });
});
