/**
 * Starter replies for the Buyer-Seller Messages inbox: answers to the questions
 * buyers ask most, in the same four languages and letter frame as the other
 * starters. Kind 'reply': offered in the inbox's picker, not for new messages.
 */
import { starter } from './starter';

export const replyWhereIsMyOrder = starter(
  'reply-where-is-my-order',
  { en: 'Reply: where is my order', zh: '回复：我的订单在哪里' },
  [],
  {
    en: [
      'Your order {{order_id}} is on its way. The tracking shown in Your Orders on Amazon has the latest status, and Amazon expects it to arrive by {{deliver_by}}.',
      'If it has not arrived by then, reply to this message and we will look into it with the carrier straight away.',
    ],
    zh: [
      '您的订单 {{order_id}} 已经发出。亚马逊“我的订单”中的物流跟踪显示最新状态，预计于 {{deliver_by}} 前送达。',
      '如果届时仍未收到，请回复此消息，我们会立即与承运商核实。',
    ],
    de: [
      'Ihre Bestellung {{order_id}} ist unterwegs. Die Sendungsverfolgung unter „Meine Bestellungen“ bei Amazon zeigt den aktuellen Stand; Amazon erwartet die Zustellung bis zum {{deliver_by}}.',
      'Sollte sie bis dahin nicht angekommen sein, antworten Sie bitte auf diese Nachricht; wir klären es dann sofort mit dem Versanddienst.',
    ],
    ja: [
      'ご注文（注文番号：{{order_id}}）は発送済みでございます。最新の配送状況は Amazon の「注文履歴」の追跡情報でご確認いただけます。お届け予定日は {{deliver_by}} でございます。',
      'その日までに届かない場合は、本メッセージへのご返信にてお知らせください。直ちに配送業者に確認いたします。',
    ],
  },
  'reply',
);

export const replyReturn = starter(
  'reply-return',
  { en: 'Reply: how to return', zh: '回复：如何退货' },
  [],
  {
    en: [
      'You can return {{product_title}} from order {{order_id}} through Your Orders on Amazon: choose the order, then "Return or replace items", and follow the steps. Amazon gives you the return label there.',
      'Once the parcel is back with us, the refund is issued as Amazon describes in the return confirmation.',
    ],
    zh: [
      '您可以通过亚马逊“我的订单”退回订单 {{order_id}} 中的“{{product_title}}”：选择该订单，点击“退换商品”，然后按步骤操作。退货标签将在那里提供。',
      '包裹退回给我们后，退款将按照亚马逊退货确认中的说明处理。',
    ],
    de: [
      'Sie können {{product_title}} aus der Bestellung {{order_id}} über „Meine Bestellungen“ bei Amazon zurücksenden: Wählen Sie die Bestellung, dann „Artikel zurücksenden oder ersetzen“, und folgen Sie den Schritten. Das Rücksendeetikett erhalten Sie dort.',
      'Sobald das Paket bei uns eingetroffen ist, erfolgt die Erstattung so, wie Amazon es in der Rücksendebestätigung beschreibt.',
    ],
    ja: [
      'ご注文（注文番号：{{order_id}}）の「{{product_title}}」は、Amazon の「注文履歴」から返品いただけます。該当のご注文で「商品の返品・交換」を選び、案内に沿ってお手続きくださいませ。返品用ラベルもそちらでご用意いただけます。',
      '商品が当店に届きましたら、返品確認に記載の方法で返金いたします。',
    ],
  },
  'reply',
);

export const replyWrongItem = starter(
  'reply-wrong-item',
  { en: 'Reply: wrong item received', zh: '回复：收到错误商品' },
  [],
  {
    en: [
      'We are sorry that order {{order_id}} did not contain {{product_title}} as it should. Could you send us a photo of the item you received and of the label on the parcel as a reply to this message?',
      'As soon as we have it, we will send the right item and tell you how to return the wrong one at no cost to you.',
    ],
    zh: [
      '很抱歉，订单 {{order_id}} 中没有您订购的“{{product_title}}”。请回复此消息，附上您收到的商品照片以及包裹上的标签照片。',
      '收到后，我们会为您寄出正确的商品，并告知您如何免费退回错误的商品。',
    ],
    de: [
      'es tut uns leid, dass die Bestellung {{order_id}} nicht {{product_title}} enthielt. Könnten Sie uns als Antwort auf diese Nachricht ein Foto des erhaltenen Artikels und des Paketetiketts senden?',
      'Sobald es vorliegt, senden wir Ihnen den richtigen Artikel und erklären Ihnen, wie Sie den falschen kostenlos zurückgeben.',
    ],
    ja: [
      'ご注文（注文番号：{{order_id}}）に「{{product_title}}」が入っておらず、大変申し訳ございません。お手元に届いた商品と、荷物のラベルのお写真を本メッセージへのご返信にてお送りいただけますでしょうか。',
      '確認でき次第、正しい商品をお送りし、誤ってお届けした商品の返品方法（送料無料）をご案内いたします。',
    ],
  },
  'reply',
);

export const replyDamaged = starter(
  'reply-damaged',
  { en: 'Reply: item arrived damaged', zh: '回复：商品到货时损坏' },
  [],
  {
    en: [
      'We are sorry that {{product_title}} from order {{order_id}} arrived damaged. Could you reply with a photo of the damage and of the packaging?',
      'With it we can send a replacement right away, or refund you in full if you prefer: please tell us which.',
    ],
    zh: [
      '很抱歉，订单 {{order_id}} 中的“{{product_title}}”到货时已损坏。请回复此消息，附上损坏处和包装的照片。',
      '收到照片后，我们可以立即为您补发，或者按您的意愿全额退款：请告诉我们您的选择。',
    ],
    de: [
      'es tut uns leid, dass {{product_title}} aus der Bestellung {{order_id}} beschädigt angekommen ist. Könnten Sie uns mit einem Foto des Schadens und der Verpackung antworten?',
      'Damit können wir Ihnen sofort Ersatz senden oder, wenn Ihnen das lieber ist, den vollen Betrag erstatten: Bitte teilen Sie uns mit, was Sie wünschen.',
    ],
    ja: [
      'ご注文（注文番号：{{order_id}}）の「{{product_title}}」が破損した状態で届き、大変申し訳ございません。破損箇所と梱包のお写真を本メッセージへのご返信にてお送りいただけますでしょうか。',
      'お写真を確認でき次第、すぐに交換品をお送りいたします。全額返金をご希望の場合は、その旨をお知らせくださいませ。',
    ],
  },
  'reply',
);

export const replyInvoiceRequest = starter(
  'reply-invoice-request',
  { en: 'Reply: invoice request', zh: '回复：索取发票' },
  [],
  {
    en: [
      'The invoice for your order {{order_id}} is available in Your Orders on Amazon: choose the order, then "Invoice". If you need it with a company name or VAT number, reply with the details and we will issue a corrected one.',
    ],
    zh: [
      '您订单 {{order_id}} 的发票可在亚马逊“我的订单”中获取：选择该订单，然后点击“发票”。如需开具带公司名称或增值税号的发票，请回复告知相关信息，我们将为您重新开具。',
    ],
    de: [
      'die Rechnung zu Ihrer Bestellung {{order_id}} finden Sie unter „Meine Bestellungen“ bei Amazon: Wählen Sie die Bestellung, dann „Rechnung“. Benötigen Sie sie mit Firmenname oder USt-IdNr., antworten Sie bitte mit diesen Angaben; wir stellen dann eine korrigierte Rechnung aus.',
    ],
    ja: [
      'ご注文（注文番号：{{order_id}}）の請求書は、Amazon の「注文履歴」で該当のご注文を選び、「領収書／購入明細書」からご確認いただけます。会社名や登録番号の記載が必要な場合は、その情報を本メッセージへのご返信にてお知らせください。記載した請求書を改めて発行いたします。',
    ],
  },
  'reply',
);

export const replyProductQuestion = starter(
  'reply-product-question',
  { en: 'Reply: product question', zh: '回复：商品问题' },
  [],
  {
    en: [
      'About {{product_title}} in your order {{order_id}}: [your answer here]. The full specifications are on the product page on Amazon.',
      'If anything is still unclear, reply to this message and we will answer the same day.',
    ],
    zh: [
      '关于您订单 {{order_id}} 中的“{{product_title}}”：[在此填写您的回答]。完整规格请参见亚马逊上的商品页面。',
      '如仍有疑问，请回复此消息，我们会在当天答复。',
    ],
    de: [
      'zu {{product_title}} aus Ihrer Bestellung {{order_id}}: [Ihre Antwort hier]. Die vollständigen Angaben finden Sie auf der Produktseite bei Amazon.',
      'Sollte noch etwas unklar sein, antworten Sie bitte auf diese Nachricht; wir antworten am selben Tag.',
    ],
    ja: [
      'ご注文（注文番号：{{order_id}}）の「{{product_title}}」について：［こちらに回答をご記入ください］。詳しい仕様は Amazon の商品ページにてご確認いただけます。',
      'ご不明な点がございましたら、本メッセージへのご返信にてお知らせください。当日中にご回答いたします。',
    ],
  },
  'reply',
);

export const REPLY_STARTERS = [
  replyWhereIsMyOrder,
  replyReturn,
  replyWrongItem,
  replyDamaged,
  replyInvoiceRequest,
  replyProductQuestion,
] as const;
