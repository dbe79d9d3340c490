/**
 * Seller Central order status labels, in the UI languages sellers use, mapped
 * to Parley's normalised OrderStatus. Pure data: the page adapter reads the
 * label text, this decides what it means. Labels drift and carry extra words
 * ("Shipped - Delivered", "Unshipped (2)"), so matching is by keyword in
 * priority order, not by exact string: the more specific phrases come first
 * ("Nicht versandt" before "versandt", "Partially shipped" before "shipped").
 */
import type { OrderStatus } from './order';

type Rule = readonly [Exclude<OrderStatus, 'unknown'>, readonly string[]];

/**
 * Keywords after normalisation (lower case, NFKC, single spaces, no accents).
 * Languages: en, zh (Simplified), ja, de, fr, es, it.
 */
const CANCEL_RULES: readonly Rule[] = [
  // A cancellation the buyer asked for is not done yet: the order is still to ship.
  [
    'unshipped',
    [
      'cancellation requested',
      '请求取消',
      'キャンセルリクエスト',
      'stornierung angefordert',
      "demande d'annulation",
      'cancelacion solicitada',
      'richiesta di cancellazione',
    ],
  ],
  ['canceled', ['cancel', '取消', 'キャンセル', 'storniert', 'annul', 'anulad', 'annullat']],
];

const RULES: readonly Rule[] = [
  ...CANCEL_RULES,
  // Partly shipped orders still have items to ship: for contact reasons they are unshipped.
  [
    'unshipped',
    [
      'partially shipped',
      '部分发货',
      '一部出荷',
      'teilweise versandt',
      'partiellement expedie',
      'enviado parcialmente',
      'parcialmente enviado',
      'spedito parzialmente',
      'parzialmente spedito',
    ],
  ],
  [
    'unshipped',
    [
      'unshipped',
      'not shipped',
      '未发货',
      '待发货',
      '未出荷',
      'nicht versandt',
      'unversandt',
      'non expedie',
      'sin enviar',
      'no enviado',
      'non spedit',
    ],
  ],
  [
    'pending',
    ['pending', '等待中', '待处理', '待定', '保留中', '未確定', 'ausstehend', 'en attente', 'pendiente', 'in sospeso', 'in attesa'],
  ],
  [
    'shipped',
    [
      'shipped',
      'delivered',
      'invoice unconfirmed',
      '已发货',
      '已送达',
      '已配送',
      '出荷済',
      '発送済',
      '配達済',
      'versandt',
      'zugestellt',
      'expedie',
      'livre',
      'enviado',
      'entregado',
      'spedit',
      'consegnat',
    ],
  ],
];

/** Lower case, compatibility-normalised, accents removed, whitespace collapsed. */
export function normaliseLabel(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC')
    .replace(/[\u2019\u2018]/g, "'")
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function firstMatch(rules: readonly Rule[], label: string | null | undefined): OrderStatus {
  const text = label ? normaliseLabel(label) : '';
  if (!text) return 'unknown';
  for (const [status, keywords] of rules) {
    if (keywords.some((k) => text.includes(k))) return status;
  }
  return 'unknown';
}

/** The status a label means, or 'unknown' when no language's keyword fits. */
export const statusFromLabel = (label: string | null | undefined): OrderStatus => firstMatch(RULES, label);

/**
 * Whether a label means canceled: the same rules, only the cancel ones. The
 * content script needs just this (to disable a button), not the whole table.
 */
export const isCanceledLabel = (label: string | null | undefined): boolean => firstMatch(CANCEL_RULES, label) === 'canceled';
