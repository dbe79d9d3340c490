/**
 * Which option on a Contact Buyer page is which Parley reason, by what it says.
 * Nothing public shows the page's reason `value`s (seller-central.md): Amazon's
 * Katal forms use every convention, so the label in the page's language is the
 * evidence and the value only a hint. A match must be unique: two options that
 * could be the reason, or none, is no match, and the caller hands the choice to
 * the seller rather than guess (a wrong reason could be sent).
 */

/** Labels seen or expected per reason, in the languages Seller Central offers. Compared normalised. */
export const REASON_LABELS: Readonly<Record<string, readonly string[]>> = {
  confirmOrderDetails: [
    'Confirm order details',
    'Bestelldetails bestätigen',
    'Confirmer les détails de la commande',
    'Confirmar los detalles del pedido',
    'Conferma i dettagli dell’ordine',
    '注文の詳細を確認する',
    '确认订单详情',
  ],
  unexpectedProblem: [
    'Notify of a problem with shipping your order',
    'Unexpected problem',
    'Über ein Problem beim Versand der Bestellung informieren',
    'Signaler un problème lors de l’expédition de la commande',
    'Notificar un problema con el envío del pedido',
    'Segnala un problema con la spedizione dell’ordine',
    '注文の配送に関する問題を通知する',
    '通知订单配送出现问题',
  ],
  confirmDeliveryDetails: [
    'Schedule a delivery',
    'Lieferung planen',
    'Planifier une livraison',
    'Programar una entrega',
    'Programma una consegna',
    '配送日時を調整する',
    '安排配送',
  ],
  confirmCustomizationDetails: [
    'Confirm customization details',
    'Confirm customisation details',
    'Details zur Personalisierung bestätigen',
    'Confirmer les détails de personnalisation',
    'Confirmar los detalles de personalización',
    'Conferma i dettagli della personalizzazione',
    'カスタマイズの詳細を確認する',
    '确认定制详情',
  ],
  confirmServiceDetails: [
    'Confirm service details',
    'Confirm service appointment',
    'Servicedetails bestätigen',
    'Confirmer les détails du service',
    'Confirmar los detalles del servicio',
    'Conferma i dettagli del servizio',
    'サービスの詳細を確認する',
    '确认服务详情',
  ],
  digitalAccessKey: [
    'Share a digital access key',
    'Digitalen Zugangsschlüssel teilen',
    'デジタルアクセスキーを共有する',
    '分享数字访问密钥',
  ],
  returnQuestion: [
    'Ask about a return',
    'Frage zu einer Rücksendung',
    'Question sur un retour',
    'Pregunta sobre una devolución',
    'Domanda su un reso',
    '返品について問い合わせる',
    '咨询退货事宜',
  ],
  invoice: [
    'Send an invoice',
    'Rechnung senden',
    'Envoyer une facture',
    'Enviar una factura',
    'Invia una fattura',
    '請求書を送付する',
    '发送发票',
  ],
  warranty: [
    'Send warranty information',
    'Garantieinformationen senden',
    'Envoyer des informations sur la garantie',
    'Enviar información de la garantía',
    'Invia informazioni sulla garanzia',
    '保証情報を送付する',
    '发送保修信息',
  ],
  additionalInformation: [
    'Additional information required',
    'Other',
    'Zusätzliche Informationen erforderlich',
    'Sonstiges',
    'Autre',
    'Otro',
    'Altro',
    '追加情報が必要',
    'その他',
    '需要其他信息',
    '其他',
  ],
  legalDisclosure: ['Send a legal disclosure', 'Rechtliche Hinweise senden', '法的開示を送付する', '发送法律声明'],
};

/** Case, widths (full-width Latin, half-width kana), punctuation, symbols and spaces do not count. */
export const normaliseLabel = (text: string): string =>
  text
    .normalize('NFKC')
    .toLocaleLowerCase('en')
    .replace(/[\p{P}\p{S}\s]+/gu, '');

/** `confirmOrderDetails`, `CONFIRM_ORDER_DETAILS` and `confirm-order-details` are one value. */
const normaliseValue = (value: string): string => value.toLowerCase().replace(/[^a-z0-9]/g, '');

export interface PageReasonOption {
  label: string;
  value: string;
}

export type ReasonMatch =
  { index: number; by: 'remembered' | 'label' | 'value' } | { index?: undefined; why: 'none' | 'ambiguous' | 'absent' };

const unique = (indexes: number[]): number | 'none' | 'ambiguous' =>
  indexes.length === 1 ? indexes[0]! : indexes.length ? 'ambiguous' : 'none';

// Built on first use: a module-level Map would keep the whole table in every
// bundle that imports this file (content scripts: the order pages' is size-bound).
let indexes: { labels: ReadonlyMap<string, string>; values: ReadonlyMap<string, string> } | undefined;
const index = () =>
  (indexes ??= {
    labels: new Map(Object.entries(REASON_LABELS).flatMap(([id, labels]) => labels.map((l) => [normaliseLabel(l), id] as const))),
    values: new Map(Object.keys(REASON_LABELS).map((id) => [normaliseValue(id), id])),
  });

/** The Parley reason an option is by what it says (label, else value), or undefined when it is not known. */
export const reasonOfOption = (o: PageReasonOption): string | undefined =>
  index().labels.get(normaliseLabel(o.label)) ?? (o.value ? index().values.get(normaliseValue(o.value)) : undefined);

const sameOption = (o: PageReasonOption, seen: PageReasonOption): boolean =>
  normaliseLabel(o.label) === normaliseLabel(seen.label) && (!seen.value || o.value === seen.value);

/**
 * The one option that is `reasonId`: the option the seller chose for it before
 * (`remembered`, same label and value), else by its label, else by its value; or
 * why there is none. 'absent' means every option is known to be another reason
 * (the page really does not offer this one); 'none' means some option is not
 * understood, so the seller must choose.
 */
export function matchReasonOption(options: readonly PageReasonOption[], reasonId: string, remembered?: PageReasonOption): ReasonMatch {
  if (remembered) {
    const seen = unique(options.flatMap((o, i) => (sameOption(o, remembered) ? [i] : [])));
    if (typeof seen === 'number') return { index: seen, by: 'remembered' };
  }
  const labels = new Set((REASON_LABELS[reasonId] ?? []).map(normaliseLabel));
  const byLabel = unique(options.flatMap((o, i) => (labels.has(normaliseLabel(o.label)) ? [i] : [])));
  if (typeof byLabel === 'number') return { index: byLabel, by: 'label' };
  if (byLabel === 'ambiguous') return { why: 'ambiguous' };
  const wanted = normaliseValue(reasonId);
  const byValue = unique(options.flatMap((o, i) => (o.value && normaliseValue(o.value) === wanted ? [i] : [])));
  if (typeof byValue === 'number') return { index: byValue, by: 'value' };
  if (byValue === 'ambiguous') return { why: 'ambiguous' };
  const known = options.every((o) => {
    const id = reasonOfOption(o);
    return id !== undefined && id !== reasonId;
  });
  return { why: known && REASON_LABELS[reasonId] ? 'absent' : 'none' };
}
