/** Starter quick replies for delivery scheduling, returns and documents. */
import { starter } from './starter';

export const bulkyDelivery = starter(
  'bulky-delivery',
  { en: 'Schedule a bulky-item delivery', zh: '预约大件商品送货' },
  ['confirmDeliveryDetails'],
  {
    en: [
      'Your order {{order_id}} ({{product_title}}) is a large item and will be delivered by a freight carrier, which delivers by appointment only.',
      'To schedule the delivery, please reply to this message with two or three days and time windows when someone can receive it, and let us know whether there are stairs or a lift at the delivery address. We will then confirm the appointment with you.',
    ],
    zh: [
      '您的订单 {{order_id}}（{{product_title}}）属于大件商品，将由物流公司预约后送货上门。',
      '为安排送货，请回复此消息，告知两到三个方便收货的日期和时间段，并说明收货地址是否需要走楼梯、是否有电梯。之后我们会与您确认具体的送货时间。',
    ],
    de: [
      'Ihre Bestellung {{order_id}} ({{product_title}}) ist ein Großartikel und wird von einer Spedition geliefert, die nur nach Terminvereinbarung zustellt.',
      'Um die Lieferung zu planen, antworten Sie bitte auf diese Nachricht mit zwei oder drei Tagen und Zeitfenstern, an denen jemand die Lieferung annehmen kann, und teilen Sie uns mit, ob es an der Lieferadresse Treppen oder einen Aufzug gibt. Wir bestätigen Ihnen anschließend den Termin.',
    ],
    ja: [
      'ご注文（注文番号：{{order_id}}）の「{{product_title}}」は大型商品のため、配送業者が事前にお届け日時を調整したうえでお届けいたします。',
      '配送日の調整のため、お受け取りが可能な日にちと時間帯を2〜3つ、本メッセージへのご返信にてお知らせいただけますでしょうか。あわせて、お届け先に階段またはエレベーターがあるかどうかもお知らせください。改めてお届け日時をご連絡いたします。',
    ],
  },
);

export const returnQuestion = starter('return-question', { en: 'Question about a return', zh: '关于退货的问题' }, ['returnQuestion'], {
  en: [
    'We have received your return request for order {{order_id}} ({{product_title}}). To handle it quickly, could you tell us what is wrong with the item: is it damaged, defective, or not as described?',
    'If it is damaged or defective, a photo attached to your reply helps us resolve it faster.',
  ],
  zh: [
    '我们已收到您针对订单 {{order_id}}（{{product_title}}）提交的退货申请。为了尽快为您处理，请问商品存在什么问题：是有损坏、有故障，还是与描述不符？',
    '如果商品有损坏或故障，请在回复中附上照片，这将有助于我们更快地为您解决。',
  ],
  de: [
    'wir haben Ihre Rücksendeanfrage zur Bestellung {{order_id}} ({{product_title}}) erhalten. Damit wir sie schnell bearbeiten können: Was stimmt mit dem Artikel nicht? Ist er beschädigt, defekt oder entspricht er nicht der Beschreibung?',
    'Falls der Artikel beschädigt oder defekt ist, hilft uns ein Foto im Anhang Ihrer Antwort, die Angelegenheit schneller zu klären.',
  ],
  ja: [
    'ご注文（注文番号：{{order_id}}、{{product_title}}）の返品リクエストを承りました。迅速に対応させていただくため、商品にどのような問題があったか（破損、不具合、商品説明との相違など）をお知らせいただけますでしょうか。',
    '破損や不具合の場合は、ご返信に写真を添付していただけますと、より早く解決できます。',
  ],
});

export const invoice = starter('invoice', { en: 'Invoice for the order', zh: '订单发票' }, ['invoice'], {
  en: ['Please find attached the invoice for your order {{order_id}}, placed on {{purchase_date}} ({{product_titles}}).'],
  zh: ['随附您于 {{purchase_date}} 下单的订单 {{order_id}}（{{product_titles}}）的发票，请查收。'],
  de: ['anbei erhalten Sie die Rechnung zu Ihrer Bestellung {{order_id}} vom {{purchase_date}} ({{product_titles}}).'],
  ja: [
    '{{purchase_date}}にご注文いただいた商品（注文番号：{{order_id}}、{{product_titles}}）の請求書を添付いたしましたので、ご確認ください。',
  ],
});

export const warranty = starter('warranty', { en: 'Warranty information', zh: '保修信息' }, ['warranty'], {
  en: [
    'Please find attached the warranty information for {{product_title}} from your order {{order_id}}. The document states the coverage period and explains how to make a warranty claim.',
  ],
  zh: ['随附您订单 {{order_id}} 中“{{product_title}}”的保修信息，请查收。附件中注明了保修期限，并说明了申请保修服务的方式。'],
  de: [
    'anbei erhalten Sie die Garantieinformationen zu {{product_title}} aus Ihrer Bestellung {{order_id}}. Im Dokument finden Sie den Garantiezeitraum sowie eine Beschreibung, wie Sie einen Garantieanspruch geltend machen.',
  ],
  ja: [
    'ご注文（注文番号：{{order_id}}）の「{{product_title}}」の保証書を添付いたしました。保証期間と保証のお申し込み方法を記載しておりますので、ご確認ください。',
  ],
});

// Digital access keys allow 400 characters: no product title here, it can be long.
export const digitalAccessKey = starter('digital-access-key', { en: 'Digital access key', zh: '数字激活码' }, ['digitalAccessKey'], {
  en: ['The access key for your order {{order_id}} is in the attached file, together with the activation steps.'],
  zh: ['您订单 {{order_id}} 的激活码及激活步骤见附件，请查收。'],
  de: [
    'den Zugangsschlüssel zu Ihrer Bestellung {{order_id}} finden Sie in der beigefügten Datei, zusammen mit einer Anleitung zur Aktivierung.',
  ],
  ja: ['ご注文（注文番号：{{order_id}}）のアクセスキーと有効化の手順を添付ファイルにてお送りいたします。ご確認ください。'],
});
