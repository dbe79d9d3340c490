/** Starter quick replies for orders that have not shipped yet. */
import { starter } from './starter';

export const outOfStock = starter('out-of-stock', { en: 'Item out of stock before shipping', zh: '发货前缺货' }, ['unexpectedProblem'], {
  en: [
    'We are sorry to let you know that {{product_title}} from your order {{order_id}} is unexpectedly out of stock, so we cannot ship it by {{ship_by}} as planned.',
    'Please reply to this message and tell us which you prefer:\n1. Wait for the restock: we will ship as soon as the item is available again and tell you the expected date first.\n2. Cancel the order: you will not be charged for the item.',
    'We apologise for the inconvenience.',
  ],
  zh: [
    '非常抱歉地通知您，您订单 {{order_id}} 中的商品“{{product_title}}”意外缺货，我们无法按计划在 {{ship_by}} 前发货。',
    '请回复此消息，告诉我们您希望如何处理：\n1. 等待补货：商品到货后我们会立即为您发货，并提前告知预计日期。\n2. 取消订单：我们不会就该商品向您收取任何费用。',
    '给您带来不便，我们深表歉意。',
  ],
  de: [
    'leider müssen wir Ihnen mitteilen, dass der Artikel {{product_title}} aus Ihrer Bestellung {{order_id}} unerwartet nicht mehr vorrätig ist. Wir können ihn daher nicht wie vorgesehen bis zum {{ship_by}} versenden.',
    'Bitte antworten Sie auf diese Nachricht und teilen Sie uns mit, was Ihnen lieber ist:\n1. Auf die Nachlieferung warten: Wir versenden den Artikel, sobald er wieder verfügbar ist, und nennen Ihnen vorab das voraussichtliche Datum.\n2. Die Bestellung stornieren: Der Artikel wird Ihnen nicht berechnet.',
    'Bitte entschuldigen Sie die Unannehmlichkeiten.',
  ],
  ja: [
    '誠に申し訳ございませんが、ご注文（注文番号：{{order_id}}）の「{{product_title}}」が予期せず在庫切れとなり、予定しておりました発送期限（{{ship_by}}）までに発送できない状況です。',
    'お手数をおかけいたしますが、以下のどちらをご希望か、本メッセージへのご返信にてお知らせいただけますでしょうか。\n1. 入荷をお待ちいただく：入荷次第すぐに発送いたします。お届け予定日は事前にご連絡いたします。\n2. ご注文をキャンセルする：本商品の代金は請求されません。',
    'ご迷惑をおかけいたしますことを、心よりお詫び申し上げます。',
  ],
});

export const confirmQuantity = starter(
  'confirm-quantity',
  { en: 'Confirm the ordered quantity', zh: '确认订购数量' },
  ['confirmOrderDetails'],
  {
    en: [
      'Before we ship your order {{order_id}}, we would like to confirm one detail: the order is for {{quantity}} × {{product_title}}.',
      'Please reply to confirm that this quantity is correct, or tell us the quantity you need. We will ship as soon as we hear from you.',
    ],
    zh: [
      '在发出您的订单 {{order_id}} 之前，我们想与您确认一项信息：该订单为“{{product_title}}”× {{quantity}}。',
      '请回复此消息确认数量无误，或告诉我们您需要的数量。收到您的回复后，我们会尽快发货。',
    ],
    de: [
      'bevor wir Ihre Bestellung {{order_id}} versenden, möchten wir ein Detail mit Ihnen abstimmen: Bestellt wurden {{quantity}} × {{product_title}}.',
      'Bitte bestätigen Sie uns mit einer kurzen Antwort, dass diese Menge richtig ist, oder nennen Sie uns die gewünschte Menge. Wir versenden die Bestellung, sobald Ihre Rückmeldung vorliegt.',
    ],
    ja: [
      'ご注文（注文番号：{{order_id}}）の発送前に、ご注文内容を一点確認させていただきたく、ご連絡いたしました。ご注文いただいた内容は「{{product_title}}」× {{quantity}}点です。',
      'こちらの数量でお間違いないか、本メッセージへのご返信にてご確認いただけますでしょうか。変更をご希望の場合は、ご希望の数量をお知らせください。ご返信をいただき次第、速やかに発送いたします。',
    ],
  },
);

export const customizationCheck = starter(
  'customization-check',
  { en: 'Check customisation before production', zh: '制作前确认定制内容' },
  ['confirmCustomizationDetails'],
  {
    en: [
      'We are about to make your personalised {{product_title}} (order {{order_id}}). Please check the spelling of the text you entered with your order. If you would like to change anything, reply with the exact wording; otherwise a short reply confirming it is enough.',
      'We will start production as soon as we hear from you.',
    ],
    zh: [
      '我们即将开始制作您订单 {{order_id}} 中的定制商品“{{product_title}}”。请核对您下单时填写的定制文字是否正确。如需修改，请回复准确的文字内容；如无需修改，简单回复确认即可。',
      '收到您的回复后，我们将立即开始制作。',
    ],
    de: [
      'in Kürze fertigen wir Ihren personalisierten Artikel {{product_title}} (Bestellung {{order_id}}) an. Bitte prüfen Sie die Schreibweise des Textes, den Sie bei der Bestellung angegeben haben. Wenn Sie etwas ändern möchten, antworten Sie bitte mit dem genauen Wortlaut; andernfalls genügt eine kurze Bestätigung.',
      'Sobald Ihre Antwort vorliegt, beginnen wir mit der Anfertigung.',
    ],
    ja: [
      'ご注文（注文番号：{{order_id}}）のカスタマイズ商品「{{product_title}}」の製作に入る前に、ご注文時にご入力いただいた文字に誤りがないかご確認いただけますでしょうか。変更をご希望の場合は、正確な文言を本メッセージへのご返信にてお知らせください。変更がない場合は、その旨を簡単にご返信いただければ結構です。',
      'ご返信をいただき次第、製作を開始いたします。',
    ],
  },
);

export const informationNeeded = starter(
  'information-needed',
  { en: 'Information needed to complete the order', zh: '完成订单所需信息' },
  ['additionalInformation'],
  {
    en: [
      'To complete your order {{order_id}}, we need one piece of information from you: the exact model of the device you will use {{product_title}} with, so that we can make sure the item fits.',
      'Please reply to this message with the model name or number. We will ship as soon as we have it.',
    ],
    zh: [
      '为完成您的订单 {{order_id}}，我们还需要您提供一项信息：您将与“{{product_title}}”搭配使用的设备的具体型号，以便我们确认商品适配。',
      '请回复此消息告知设备名称或型号。收到后我们会尽快发货。',
    ],
    de: [
      'um Ihre Bestellung {{order_id}} abschließen zu können, benötigen wir noch eine Angabe von Ihnen: das genaue Modell des Geräts, mit dem Sie {{product_title}} verwenden möchten. So können wir sicherstellen, dass der Artikel passt.',
      'Bitte antworten Sie auf diese Nachricht mit der Modellbezeichnung oder Modellnummer. Wir versenden die Bestellung, sobald uns die Angabe vorliegt.',
    ],
    ja: [
      'ご注文（注文番号：{{order_id}}）を完了するにあたり、一点お伺いしたいことがございます。「{{product_title}}」が確実に適合するよう、ご使用になる機器の正確な型番をお知らせいただけますでしょうか。',
      'お手数ですが、本メッセージへのご返信にて機種名または型番をお知らせください。確認でき次第、速やかに発送いたします。',
    ],
  },
);

export const serviceAppointment = starter(
  'service-appointment',
  { en: 'Arrange the service visit', zh: '预约上门服务' },
  ['confirmServiceDetails'],
  {
    en: [
      'We are arranging the visit for {{product_title}} (order {{order_id}}). To schedule it, we need two details from you: the days and times that suit you, and anything our technician should know before arriving (access, parking, the room).',
      'Please reply to this message with these details and we will confirm the appointment.',
    ],
    zh: [
      '我们正在为您安排“{{product_title}}”（订单 {{order_id}}）的上门服务。为确定时间，我们需要您提供两项信息：您方便的日期和时间，以及技术人员上门前需要了解的情况（进入方式、停车、服务房间）。',
      '请回复此消息告知以上信息，我们将为您确认预约。',
    ],
    de: [
      'wir planen den Termin für {{product_title}} (Bestellung {{order_id}}). Um ihn zu vereinbaren, benötigen wir zwei Angaben von Ihnen: die Tage und Uhrzeiten, die Ihnen passen, und was unser Techniker vor dem Besuch wissen sollte (Zugang, Parken, Raum).',
      'Bitte antworten Sie auf diese Nachricht mit diesen Angaben; wir bestätigen Ihnen dann den Termin.',
    ],
    ja: [
      '「{{product_title}}」（注文番号：{{order_id}}）の訪問日時を調整しております。日程を決めるため、ご都合のよい日時と、訪問前に担当者が知っておくべき事項（入館方法、駐車場、作業場所）をお知らせいただけますでしょうか。',
      '本メッセージへのご返信にてお知らせいただき次第、ご予約を確定いたします。',
    ],
  },
);
