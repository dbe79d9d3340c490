import { describe, expect, it } from 'vitest';
import { bodyLanguages, buyerLanguageFor, marketplaceOf, pickBody, primaryLanguage, toLang } from '@/lib/domain/language';
import { MARKETPLACES, type Marketplace } from '@/lib/domain/marketplaces';
import type { OrderFacts } from '@/lib/domain/order';
import { makeOrder } from './composer-domain-fixtures';

describe('primaryLanguage / toLang', () => {
  it.each([
    ['de', 'de', 'de'],
    ['de-DE', 'de', 'de'],
    ['zh-CN', 'zh', 'zh'],
    ['zh_Hans_CN', 'zh', 'zh'],
    ['pt-BR', 'pt', 'pt'],
    ['JA', 'ja', 'ja'],
    [' en-GB ', 'en', 'en'],
    ['ko', 'ko', undefined],
    ['Spanish', undefined, undefined],
    ['', undefined, undefined],
    ['e', undefined, undefined],
    ['de-', undefined, undefined],
    [undefined, undefined, undefined],
  ])('%j -> primary %j, template language %j', (tag, primary, lang) => {
    expect(primaryLanguage(tag)).toBe(primary);
    expect(toLang(tag)).toBe(lang);
  });
});

describe('buyerLanguageFor', () => {
  it.each<[string, Partial<OrderFacts>, ReturnType<typeof buyerLanguageFor>]>([
    ['the language the page stated wins', { buyerLanguage: 'es-ES' }, { lang: 'es', source: 'buyer' }],
    ['a stated language Parley has no templates in', { buyerLanguage: 'ko' }, { lang: 'ko', source: 'buyer' }],
    ['no stated language: the marketplace (DE)', {}, { lang: 'de', source: 'marketplace' }],
    ['a label instead of a code is ignored', { buyerLanguage: 'Spanish' }, { lang: 'de', source: 'marketplace' }],
    [
      'JP by marketplace id',
      { marketplaceId: 'A1VC38T7YXB528', host: 'sellercentral-japan.amazon.com' },
      { lang: 'ja', source: 'marketplace' },
    ],
    [
      'FR by host when there is no id',
      { marketplaceId: undefined, host: 'sellercentral.amazon.fr' },
      { lang: 'fr', source: 'marketplace' },
    ],
    ['id beats host', { marketplaceId: 'APJ6JRA9NG5V4', host: 'sellercentral.amazon.de' }, { lang: 'it', source: 'marketplace' }],
    ['host case does not matter', { marketplaceId: undefined, host: 'SellerCentral.Amazon.DE' }, { lang: 'de', source: 'marketplace' }],
    // Unified EU accounts show DE/FR/IT/ES/NL orders on .co.uk: the host is no evidence there.
    ['.co.uk host without id: unknown', { marketplaceId: undefined, host: 'sellercentral.amazon.co.uk' }, undefined],
    [
      'a German order on the .co.uk host',
      { marketplaceId: 'A1PA6795UKMFR9', host: 'sellercentral.amazon.co.uk' },
      { lang: 'de', source: 'marketplace' },
    ],
    ['Europe host without id: unknown', { marketplaceId: undefined, host: 'sellercentral-europe.amazon.com' }, undefined],
    [
      'unknown marketplace id falls back to the host',
      { marketplaceId: 'AXXXXXXXXXXXX', host: 'sellercentral.amazon.es' },
      { lang: 'es', source: 'marketplace' },
    ],
  ])('%s', (_label, over, expected) => {
    expect(buyerLanguageFor(makeOrder(over))).toEqual(expected);
  });

  it('uses the marketplace table it is given', () => {
    const custom: Marketplace[] = [
      { code: 'XX', id: 'A1PA6795UKMFR9', host: 'example.test', language: 'nl-BE', relayDomain: 'marketplace.amazon.xx' },
    ];
    expect(buyerLanguageFor(makeOrder(), custom)).toEqual({ lang: 'nl', source: 'marketplace' });
    expect(marketplaceOf(makeOrder(), custom)?.code).toBe('XX');
    expect(marketplaceOf(makeOrder(), MARKETPLACES)?.code).toBe('DE');
  });
});

describe('pickBody', () => {
  const both = { bodies: { en: 'Hello {{order_id}}', de: 'Hallo {{order_id}}' } };
  it.each<[string, { bodies: Partial<Record<string, string>> }, string | undefined, ReturnType<typeof pickBody>]>([
    ['the wanted language', both, 'de', { body: 'Hallo {{order_id}}', lang: 'de', fallback: false, wanted: 'de' }],
    ['a regional tag', both, 'de-AT', { body: 'Hallo {{order_id}}', lang: 'de', fallback: false, wanted: 'de' }],
    [
      'missing language falls back to English, visibly',
      both,
      'ja',
      { body: 'Hello {{order_id}}', lang: 'en', fallback: true, wanted: 'ja' },
    ],
    ['a language Parley does not know', both, 'ko', { body: 'Hello {{order_id}}', lang: 'en', fallback: true, wanted: 'ko' }],
    ['no wanted language: English, no note', both, undefined, { body: 'Hello {{order_id}}', lang: 'en', fallback: false }],
    [
      'a blank body counts as missing',
      { bodies: { en: 'Hello', de: '  \n' } },
      'de',
      { body: 'Hello', lang: 'en', fallback: true, wanted: 'de' },
    ],
    [
      'no English: the first body in language order',
      { bodies: { ja: 'こんにちは', zh: '你好' } },
      'fr',
      { body: '你好', lang: 'zh', fallback: true, wanted: 'fr' },
    ],
    [
      'no English, nothing wanted: still a fallback',
      { bodies: { ja: 'こんにちは' } },
      undefined,
      { body: 'こんにちは', lang: 'ja', fallback: true },
    ],
    ['no body at all', { bodies: {} }, 'de', { body: '', lang: 'en', fallback: true, wanted: 'de' }],
  ])('%s', (_label, template, lang, expected) => {
    expect(pickBody(template, lang)).toEqual(expected);
  });

  it('lists the languages a template has', () => {
    expect(bodyLanguages({ bodies: { ja: 'x', en: 'y', de: ' ' } })).toEqual(['en', 'ja']);
  });
});
