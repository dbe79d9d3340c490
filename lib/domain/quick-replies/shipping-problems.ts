/** Starter quick replies for problems that affect getting the order to the buyer. */
import { starter } from './starter';

export const shippingDelay = starter('shipping-delay', { en: 'Shipping delay', zh: '配送延迟' }, ['unexpectedProblem'], {
  en: [
    'We are writing about your order {{order_id}} ({{product_title}}). Unfortunately, the shipment is delayed and will not arrive by {{deliver_by}} as planned. The parcel is on its way, and we are following up with the carrier.',
    'We will write to you again as soon as we have a new delivery date. We apologise for the inconvenience.',
  ],
  zh: [
    '关于您的订单 {{order_id}}（{{product_title}}），很抱歉地通知您，包裹在运输途中出现延误，预计无法在 {{deliver_by}} 前送达。包裹目前仍在运送中，我们正在与承运商跟进处理。',
    '一旦确定新的送达日期，我们会第一时间再次通知您。给您带来不便，敬请谅解。',
  ],
  de: [
    'wir schreiben Ihnen zu Ihrer Bestellung {{order_id}} ({{product_title}}). Leider verzögert sich die Lieferung, sodass die Sendung nicht wie geplant bis zum {{deliver_by}} bei Ihnen eintreffen wird. Das Paket ist unterwegs, und wir stehen dazu mit dem Versanddienstleister in Kontakt.',
    'Sobald uns ein neuer Liefertermin vorliegt, melden wir uns erneut bei Ihnen. Bitte entschuldigen Sie die Unannehmlichkeiten.',
  ],
  ja: [
    'ご注文（注文番号：{{order_id}}、{{product_title}}）につきまして、誠に申し訳ございませんが、配送に遅れが生じており、当初のお届け予定日（{{deliver_by}}）までにお届けできない見込みです。お荷物は現在輸送中で、配送業者に状況を確認しております。',
    '新しいお届け予定日が分かり次第、改めてご連絡いたします。ご迷惑をおかけし、大変申し訳ございません。',
  ],
});

export const addressProblem = starter(
  'address-problem',
  { en: 'Delivery address incomplete', zh: '收货地址不完整' },
  ['unexpectedProblem', 'additionalInformation'],
  {
    en: [
      'We are preparing your order {{order_id}} ({{product_title}}), but the carrier cannot verify the delivery address: the house or apartment number seems to be missing.',
      'Please check the address in your order and reply to this message with the missing detail, so that the parcel reaches you without delay.',
    ],
    zh: [
      '我们正在为您准备订单 {{order_id}}（{{product_title}}），但承运商无法核实收货地址，地址中似乎缺少门牌号或房间号。',
      '请核对订单中的收货地址，并回复此消息补充缺少的信息，以便包裹能及时送达。',
    ],
    de: [
      'wir bereiten Ihre Bestellung {{order_id}} ({{product_title}}) für den Versand vor. Der Versanddienstleister kann die Lieferadresse jedoch nicht bestätigen, da offenbar die Hausnummer oder die Wohnungsnummer fehlt.',
      'Bitte prüfen Sie die Adresse in Ihrer Bestellung und antworten Sie auf diese Nachricht mit der fehlenden Angabe, damit das Paket Sie ohne Verzögerung erreicht.',
    ],
    ja: [
      'ご注文（注文番号：{{order_id}}、{{product_title}}）の発送準備を進めておりますが、お届け先のご住所に番地または部屋番号が含まれていないようで、配送業者にて住所を確認できない状況です。',
      'お手数をおかけいたしますが、ご注文のお届け先住所をご確認のうえ、不足している情報を本メッセージへのご返信にてお知らせいただけますでしょうか。',
    ],
  },
);

export const partialShipment = starter(
  'partial-shipment',
  { en: 'Order ships in two parcels', zh: '订单分批发货' },
  ['unexpectedProblem'],
  {
    en: [
      'We need to let you know about a change to your order {{order_id}}: not all items could be shipped together. The items in stock are on their way, and the remaining items will follow in a separate parcel as soon as they are available.',
      'You do not need to do anything. We apologise for the inconvenience.',
    ],
    zh: [
      '关于您的订单 {{order_id}}，需要告知您一项变动：订单中的商品无法一次全部发出。有现货的商品已经发出，其余商品到货后将另行包裹寄出。',
      '您无需进行任何操作。给您带来不便，敬请谅解。',
    ],
    de: [
      'wir möchten Sie über eine Änderung bei Ihrer Bestellung {{order_id}} informieren: Es konnten nicht alle Artikel gemeinsam versendet werden. Die vorrätigen Artikel sind bereits unterwegs; die übrigen folgen in einem separaten Paket, sobald sie verfügbar sind.',
      'Sie müssen nichts weiter tun. Bitte entschuldigen Sie die Unannehmlichkeiten.',
    ],
    ja: [
      'ご注文（注文番号：{{order_id}}）につきまして、すべての商品を一括で発送することができなくなりましたため、ご連絡いたしました。在庫のある商品はすでに発送しており、残りの商品は入荷次第、別便にてお送りいたします。',
      'お客様にてお手続きいただく必要はございません。ご迷惑をおかけし、誠に申し訳ございません。',
    ],
  },
);

export const deliveryFailed = starter(
  'delivery-failed',
  { en: 'Delivery attempt failed', zh: '派送未成功' },
  ['unexpectedProblem', 'confirmDeliveryDetails'],
  {
    en: [
      'The carrier reports that it could not deliver your order {{order_id}} ({{product_title}}) and is holding the parcel for a few days.',
      'Please reply to this message with a day and time window when someone can receive the parcel, and we will arrange a new delivery attempt with the carrier.',
    ],
    zh: [
      '承运商通知我们，您的订单 {{order_id}}（{{product_title}}）未能成功派送，包裹将暂时保留几天。',
      '请回复此消息，告知方便收货的日期和时间段，我们将与承运商安排再次派送。',
    ],
    de: [
      'der Versanddienstleister teilt uns mit, dass Ihre Bestellung {{order_id}} ({{product_title}}) nicht zugestellt werden konnte. Das Paket wird einige Tage für Sie aufbewahrt.',
      'Bitte antworten Sie auf diese Nachricht mit einem Tag und einem Zeitfenster, an dem jemand das Paket annehmen kann. Wir vereinbaren dann mit dem Versanddienstleister einen neuen Zustellversuch.',
    ],
    ja: [
      '配送業者より、ご注文（注文番号：{{order_id}}、{{product_title}}）のお荷物をお届けできなかったとの連絡がございました。お荷物は数日間、配送業者にて保管されております。',
      'お手数ですが、お受け取りが可能な日にちと時間帯を本メッセージへのご返信にてお知らせいただけますでしょうか。配送業者と再配達の手配をいたします。',
    ],
  },
);
