/**
 * Label text on Seller Central's order pages, in the UI languages sellers use
 * (en, zh, ja, de, fr, es, it): who fulfils an order, which line of a product
 * block is which, what a date next to a status means. Pure keyword tables;
 * the page adapter finds the text, this says what it is. Matching is on
 * normalised text (normaliseLabel: lower case, no accents, NFKC).
 */
import type { Fulfillment } from './order';
import { normaliseLabel } from './order-status';

const has = (text: string, keywords: readonly string[]): boolean => keywords.some((k) => text.includes(k));

// Seller phrases first: a seller-fulfilled row may name an Amazon shipping service.
const SELLER = [
  'seller fulfilled',
  'fulfilled by seller',
  'merchant fulfilled',
  '卖家自配送',
  '卖家配送',
  '出品者出荷',
  'versand durch verkaufer',
  'expedie par le vendeur',
  'enviado por el vendedor',
  'spedito dal venditore',
];
const AMAZON = [
  'fulfilled by amazon',
  'amazon fulfilled',
  '亚马逊配送',
  'amazonから出荷',
  'amazon出荷',
  'versand durch amazon',
  'expedie par amazon',
  'enviado por amazon',
  'gestionado por amazon',
  'spedito da amazon',
  'logistica di amazon',
];

// The real list's "Fulfilment method: Amazon" / "Fulfillment method: Seller" (seller-central.md, corrections).
const METHOD = /fulfil{1,2}ment method\s*:?\s*(amazon|seller|merchant)\b/;

export function fulfillmentFromLabel(label: string | null | undefined): Fulfillment {
  const text = normaliseLabel(label ?? '');
  const method = METHOD.exec(text)?.[1];
  if (method) return method === 'amazon' ? 'amazon' : 'seller';
  if (has(text, SELLER)) return 'seller';
  if (has(text, AMAZON) || /\bfba\b/.test(text)) return 'amazon';
  return 'unknown';
}

export type ItemField = 'asin' | 'sku' | 'quantity';

const QUANTITY = ['quantity', 'qty', '数量', 'menge', 'anzahl', 'quantite', 'cantidad', 'quantita'];

/** Which field a "Label: value" line of a product block is (label without the colon). */
export function itemFieldOf(label: string): ItemField | undefined {
  const text = normaliseLabel(label).replace(/[:：]\s*$/, '');
  if (text === 'asin') return 'asin';
  if (text === 'sku' || text === 'seller sku') return 'sku';
  if (QUANTITY.includes(text)) return 'quantity';
  return undefined;
}

const CUSTOMIZED = [
  'customization',
  'customisation',
  '定制',
  'カスタマイズ',
  'personalisierung',
  'personnalisation',
  'personalizacion',
  'personalizzazione',
];
const DIGITAL = [
  'digital item',
  'digital delivery',
  '数字商品',
  'デジタル商品',
  'digitaler artikel',
  'article numerique',
  'articulo digital',
  'articolo digitale',
];

// Amazon Home Services items: the product block names the programme.
const SERVICE = ['home services', 'ホームサービス', '家居服务'];

/** A product block line that marks the item as customized. */
export const isCustomizedMarker = (line: string): boolean => has(normaliseLabel(line), CUSTOMIZED);
/** A product block line that marks the item as digital. */
export const isDigitalMarker = (line: string): boolean => has(normaliseLabel(line), DIGITAL);
/** A product block line that marks the item as an Amazon Home Services item. */
export const isServiceMarker = (line: string): boolean => has(normaliseLabel(line), SERVICE);

export type StatusDateKind = 'shipBy' | 'deliverBy' | 'deliveredAt';

// In-transit phrases first: "expected to be delivered by" contains "delivered".
const DATE_KINDS: readonly (readonly [StatusDateKind, readonly string[]])[] = [
  [
    'deliverBy',
    [
      'deliver by',
      'in transit',
      'arriving',
      'zustellung bis',
      'unterwegs',
      'お届け予定',
      'お届け期限',
      '配送中',
      '预计',
      '运输中',
      '送达截止',
      'livraison prevue',
      "livraison d'ici",
      'entrega prevista',
      'consegna prevista',
      'consegna entro',
    ],
  ],
  ['deliveredAt', ['delivered', 'zugestellt', 'お届け済', 'お届け日', '配達済', '送达', 'livre le', 'livree', 'entregado', 'consegnato']],
  ['shipBy', ['ship by', 'versand bis', '出荷期限', '发货截止', 'expedier avant', "expedier d'ici", 'enviar antes', 'spedire entro']],
];

/** What a date in a status line ("Ship by Nov 26, 2026", "已于 … 送达") is, if the label says. */
export function statusDateKind(line: string | null | undefined): StatusDateKind | undefined {
  const text = normaliseLabel(line ?? '');
  return DATE_KINDS.find(([, keywords]) => has(text, keywords))?.[0];
}
