import { describe, expect, it } from 'vitest';
import { parseTemplateFile, validateTemplates, type RejectCode } from '@/lib/domain/template-import';
import { TEMPLATE_LIMITS, TemplateSchema, exportTemplates, templateName, type Template } from '@/lib/domain/templates';
import * as v from 'valibot';

const good = (over: Record<string, unknown> = {}) => ({
  id: 'late-parcel',
  name: 'Late parcel',
  reasons: ['unexpectedProblem'],
  bodies: { en: 'Order {{order_id}} is late.', de: 'Bestellung {{order_id}} verspätet sich.' },
  builtIn: false,
  updatedAt: 1767225600000,
  ...over,
});

/** A realistic bad file: hand-edited, copied from another tool, partly broken. */
const BAD_FILE = {
  format: 'parley-templates',
  version: 1,
  templates: [
    good(),
    'Order {{order_id}} is late.',
    null,
    ['not', 'an', 'object'],
    good({ id: 'no-name', name: '   ' }),
    good({ id: 'no-body', bodies: {} }),
    good({ id: 'blank-body', bodies: { en: '  \n ' } }),
    good({ id: 'body-string', bodies: 'Order {{order_id}}' }),
    good({ id: 'typo', bodies: { en: 'Hi {{buyer_fist_name}}, order {{order_id}}, {{buyer_fist_name}} {{tracking}}' } }),
    good({ id: 'old-reason', reasons: ['negativeFeedbackRemoval', 'unexpectedProblem'] }),
    good({ id: 'review', reasons: ['requestReview'] }),
    good({ id: 'custom-too-long', reasons: ['confirmCustomizationDetails'], bodies: { en: `{{order_id}} ${'x'.repeat(800)}` } }),
    good({ id: 'late-parcel', name: 'Late parcel (copy)' }),
    good({ id: 'starter.invoice', name: 'My invoice' }),
    good({ id: 'has space' }),
    good({ id: 'langs', bodies: { en: '{{order_id}}', Klingon: '{{order_id}}', xx: '{{order_id}}' } }),
    good({ id: 'malformed', bodies: { en: 'Order {{order id}}' } }),
    good({ id: 'many-problems', name: '', bodies: { en: '{{nope}}' }, reasons: ['other'] }),
    good({ id: 'reasons-string', reasons: 'invoice' }),
  ],
};

const EXPECTED_REJECTIONS: [index: number, reasons: RejectCode[]][] = [
  [1, ['notObject']],
  [2, ['notObject']],
  [3, ['notObject']],
  [4, ['missingName']],
  [5, ['noBody']],
  [6, ['noBody']],
  [7, ['noBody', 'badField']],
  [8, ['unknownVariable']],
  [9, ['unknownReason']],
  [10, ['reasonNotComposable']],
  [11, ['tooLong']],
  [12, ['duplicateId']],
  [13, ['reservedId']],
  [14, ['badId']],
  [15, ['unknownLanguage']],
  [16, ['malformedVariable']],
  [17, ['missingName', 'unknownReason', 'unknownVariable']],
  [18, ['badField']],
];

describe('validateTemplates with a realistic bad file', () => {
  const result = validateTemplates(BAD_FILE);

  it('accepts only the good template', () => {
    expect(result.fileError).toBeUndefined();
    expect(result.accepted.map((t) => t.id)).toEqual(['late-parcel']);
  });

  it.each(EXPECTED_REJECTIONS)('rejects entry %i with %j', (index, reasons) => {
    expect(result.rejected.find((r) => r.index === index)?.reasons).toEqual(reasons);
  });

  it('rejects every other entry exactly once', () => {
    expect(result.rejected.map((r) => r.index)).toEqual(EXPECTED_REJECTIONS.map(([i]) => i));
  });

  it('names what to fix', () => {
    const byIndex = (i: number) => result.rejected.find((r) => r.index === i);
    expect(byIndex(8)).toMatchObject({ name: 'Late parcel', unknownVariables: ['buyer_fist_name', 'tracking'] });
    expect(byIndex(9)?.unknownReasons).toEqual(['negativeFeedbackRemoval']);
    expect(byIndex(15)?.unknownLanguages).toEqual(['Klingon', 'xx']);
    expect(byIndex(1)?.name).toBeUndefined();
  });
});

describe('validateTemplates: clean copies', () => {
  it('never trusts builtIn, drops unknown properties, keeps valid fields', () => {
    const { accepted } = validateTemplates([
      good({ builtIn: true, evil: '<script>', subject: { en: 'Order {{order_id}}' }, names: { zh: '包裹延迟' } }),
    ]);
    expect(accepted).toEqual([{ ...good(), builtIn: false, subject: { en: 'Order {{order_id}}' }, names: { zh: '包裹延迟' } }]);
    expect(v.safeParse(TemplateSchema, accepted[0]).success).toBe(true);
  });

  it('normalises language keys (zh-CN -> zh, EN -> en)', () => {
    const { accepted } = validateTemplates([good({ bodies: { 'zh-CN': '订单 {{order_id}}', EN: 'Order {{order_id}}' } })]);
    expect(accepted[0]?.bodies).toEqual({ zh: '订单 {{order_id}}', en: 'Order {{order_id}}' });
  });

  it('treats __proto__ keys as data', () => {
    const json = JSON.parse(
      '[{"name": "P", "bodies": {"__proto__": "{{order_id}}", "en": "{{order_id}}"}, "__proto__": {"builtIn": true}}]',
    );
    const result = validateTemplates(json);
    expect(result.rejected[0]).toMatchObject({ reasons: ['unknownLanguage'], unknownLanguages: ['__proto__'] });
    expect(({} as Record<string, unknown>).builtIn).toBeUndefined();
  });

  it('rejects two keys for one language', () => {
    const { rejected } = validateTemplates([good({ bodies: { en: '{{order_id}}', 'en-GB': '{{order_id}}' } })]);
    expect(rejected[0]?.reasons).toEqual(['badField']);
  });

  it('gives templates without an id a stable id', () => {
    const entry = { name: 'No id', bodies: { en: 'Order {{order_id}}' } };
    const a = validateTemplates([entry]).accepted[0];
    const b = validateTemplates([{ ...entry }]).accepted[0];
    expect(a?.id).toMatch(/^imported-[0-9a-f]{8}$/);
    expect(a?.id).toBe(b?.id);
    expect(validateTemplates([entry, entry]).rejected.map((r) => r.reasons)).toEqual([['duplicateId']]);
  });

  it('uses options.now when updatedAt is missing or bad; reasons default to none', () => {
    const { accepted } = validateTemplates([good({ updatedAt: 'yesterday', reasons: undefined })], { now: 42 });
    expect(accepted[0]).toMatchObject({ updatedAt: 42, reasons: [] });
  });

  it('checks ids against stored templates when asked', () => {
    const { rejected } = validateTemplates([good()], { existingIds: ['late-parcel'] });
    expect(rejected[0]?.reasons).toEqual(['duplicateId']);
  });

  it.each([
    ['name', good({ name: 'n'.repeat(TEMPLATE_LIMITS.name + 1) })],
    ['body over the form limit', good({ reasons: [], bodies: { en: `{{order_id}}${'x'.repeat(4000)}` } })],
    ['digital key over 400', good({ reasons: ['digitalAccessKey'], bodies: { en: `{{order_id}}${'x'.repeat(400)}` } })],
  ])('tooLong: %s', (_label, entry) => {
    expect(validateTemplates([entry]).rejected[0]?.reasons).toContain('tooLong');
  });

  it('accepts a body exactly at the strictest limit', () => {
    const body = `{{order_id}}${'x'.repeat(400 - 12)}`;
    expect(validateTemplates([good({ reasons: ['digitalAccessKey', 'invoice'], bodies: { en: body } })]).accepted).toHaveLength(1);
  });

  it('rejects entries past the per-file limit as tooMany', () => {
    const entries = Array.from({ length: TEMPLATE_LIMITS.count + 2 }, (_, i) => good({ id: `t${i}` }));
    const result = validateTemplates(entries);
    expect(result.accepted).toHaveLength(TEMPLATE_LIMITS.count);
    expect(result.rejected).toEqual([
      { index: TEMPLATE_LIMITS.count, reasons: ['tooMany'] },
      { index: TEMPLATE_LIMITS.count + 1, reasons: ['tooMany'] },
    ]);
  });
});

describe('template files', () => {
  it.each([
    ['not JSON', '{"format": "parley-templates",', 'notJson'],
    ['another format', '{"format": "other", "version": 1, "templates": []}', 'notTemplateFile'],
    ['a newer version', '{"format": "parley-templates", "version": 2, "templates": []}', 'unsupportedVersion'],
    ['templates not a list', '{"format": "parley-templates", "version": 1, "templates": {}}', 'notTemplateFile'],
    ['null', 'null', 'notTemplateFile'],
    ['a number', '7', 'notTemplateFile'],
  ])('refuses %s', (_label, text, fileError) => {
    expect(parseTemplateFile(text)).toEqual({ accepted: [], rejected: [], fileError });
  });

  it('accepts a bare list of templates', () => {
    expect(parseTemplateFile(JSON.stringify([good()])).accepted).toHaveLength(1);
  });

  it('round-trips an export', () => {
    const mine: Template[] = [
      { ...good(), reasons: ['unexpectedProblem'], names: { zh: '包裹延迟' } } as Template,
      {
        id: 'ja-only',
        name: '請求書',
        reasons: ['invoice'],
        bodies: { ja: '注文番号：{{order_id}}' },
        builtIn: false,
        updatedAt: 5,
        subject: { ja: '請求書' },
      },
    ];
    const text = exportTemplates(mine);
    expect(JSON.parse(text)).toMatchObject({ format: 'parley-templates', version: 1 });
    expect(parseTemplateFile(text)).toEqual({ accepted: mine, rejected: [] });
  });

  it('exports only known fields', () => {
    const sneaky = { ...good(), secret: 'buyer@example.com' } as unknown as Template;
    expect(exportTemplates([sneaky])).not.toContain('secret');
  });
});

describe('templateName', () => {
  const t = { name: 'Invoice', names: { en: 'Invoice', zh: '发票' } };
  it.each([
    ['zh_CN', '发票'],
    ['zh-CN', '发票'],
    ['en', 'Invoice'],
    ['de', 'Invoice'],
    [undefined, 'Invoice'],
  ])('%s -> %s', (ui, name) => expect(templateName(t, ui)).toBe(name));
});
