import { describe, expect, it } from 'vitest';
import { foldForSearch, searchTemplates } from '@/lib/domain/template-search';
import { STARTER_TEMPLATES } from '@/lib/domain/quick-replies';
import type { ReasonId } from '@/lib/domain/reasons';
import type { Template } from '@/lib/domain/templates';

const tpl = (id: string, name: string, reasons: ReasonId[], en: string, extra: Partial<Template> = {}): Template => ({
  id,
  name,
  reasons,
  bodies: { en },
  builtIn: false,
  updatedAt: 0,
  ...extra,
});

const LIBRARY: Template[] = [
  tpl('delay', 'Shipping delay', ['unexpectedProblem'], 'Order {{order_id}} is late.'),
  tpl('invoice', 'Invoice', ['invoice'], 'Invoice for {{order_id}} attached.'),
  tpl('invoice-reminder', 'Invoice reminder', ['invoice'], 'Here is the invoice again for {{order_id}}.'),
  tpl('fr', 'Délai de livraison', ['unexpectedProblem'], 'Commande {{order_id}}.', { names: { zh: '配送延迟通知' } }),
  tpl('body-only', 'Carrier note', ['additionalInformation'], 'The carrier reports a delay for {{order_id}}.'),
  tpl('de', 'Straßenname fehlt', ['additionalInformation'], 'Bitte Adresse prüfen {{order_id}}.', {
    bodies: { de: 'Bitte die Straße prüfen {{order_id}}.' },
  }),
  tpl('zh', '发货前缺货', ['unexpectedProblem'], 'Out of stock {{order_id}}.', {
    bodies: { zh: '您订单 {{order_id}} 中的商品意外缺货。' },
  }),
];

const ids = (query: string, reason?: ReasonId) => searchTemplates(LIBRARY, query, reason).map((m) => m.template.id);

describe('foldForSearch', () => {
  it.each([
    ['Délai', 'delai'],
    ['ＩＮＶＯＩＣＥ', 'invoice'],
    ['Straße', 'strasse'],
    ['  Two   words ', 'two words'],
    ['发货', '发货'],
    ['Ça Va', 'ca va'],
  ])('%j -> %j', (input, folded) => expect(foldForSearch(input)).toBe(folded));
});

describe('searchTemplates', () => {
  it.each<[string, string, ReasonId | undefined, string[]]>([
    ['empty query keeps the given order', '', undefined, LIBRARY.map((t) => t.id)],
    ['blank query is empty', '   ', undefined, LIBRARY.map((t) => t.id)],
    [
      'empty query with a reason puts its templates first',
      '',
      'invoice',
      ['invoice', 'invoice-reminder', 'delay', 'fr', 'body-only', 'de', 'zh'],
    ],
    ['exact name beats name prefix', 'invoice', undefined, ['invoice', 'invoice-reminder']],
    ['name word beats body', 'delay', undefined, ['delay', 'body-only']],
    ['case-insensitive', 'SHIPPING', undefined, ['delay']],
    ['accent-insensitive, name', 'delai', undefined, ['fr']],
    ['accents in the query too', 'DÉLAI', undefined, ['fr']],
    ['full-width query', 'ｉｎｖｏｉｃｅ', undefined, ['invoice', 'invoice-reminder']],
    ['ß matches ss', 'strasse', undefined, ['de']],
    ['Chinese name substring', '缺货', undefined, ['zh']],
    ['Chinese localised name', '延迟', undefined, ['fr']],
    ['Chinese body substring', '意外', undefined, ['zh']],
    ['every word must match', 'shipping delay', undefined, ['delay']],
    ['words across name and body', 'invoice again', undefined, ['invoice-reminder']],
    ['no match', 'refund', undefined, []],
    ['one word missing means no match', 'shipping refund', undefined, []],
    ['the reason outranks match quality', 'delay', 'additionalInformation', ['body-only', 'delay']],
    ['a reason with no matching template changes nothing', 'delay', 'warranty', ['delay', 'body-only']],
  ])('%s', (_label, query, reason, expected) => {
    expect(ids(query, reason)).toEqual(expected);
  });

  it('reports the reason match and the quality', () => {
    const [first, second] = searchTemplates(LIBRARY, 'invoice', 'invoice');
    expect(first).toMatchObject({ reasonMatch: true, quality: 100 });
    expect(second).toMatchObject({ reasonMatch: true, quality: 80 });
    expect(searchTemplates(LIBRARY, '').every((m) => m.quality === 0 && !m.reasonMatch)).toBe(true);
  });

  it('keeps the given order between equal matches', () => {
    const twins = [tpl('b', 'Same', [], 'x'), tpl('a', 'Same', [], 'x')];
    expect(searchTemplates(twins, 'same').map((m) => m.template.id)).toEqual(['b', 'a']);
  });

  it.each([
    ['Rechnung', 'starter.invoice'],
    ['发票', 'starter.invoice'],
    ['bulky', 'starter.bulky-delivery'],
    ['再配達', 'starter.delivery-failed'],
    ['Zugangsschlüssel', 'starter.digital-access-key'],
  ])('finds starters in any of their languages: %s', (query, id) => {
    expect(searchTemplates(STARTER_TEMPLATES, query).map((m) => m.template.id)).toContain(id);
  });
});
