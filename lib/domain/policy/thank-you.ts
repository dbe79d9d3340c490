/**
 * Rule `thankYouOnly`: Amazon does not allow proactive messages that only
 * thank the buyer, confirm the order or shipment, or say "contact us if there
 * is a problem". A message fails when every sentence is such filler, a
 * greeting or sign-off, or a scrap too short to say anything (a name, an order
 * id line), and at least one is a thank-you or confirmation. A question, a
 * request, a problem, a return, an invoice... anywhere makes it substantive.
 * Replies to the buyer are always allowed.
 */
import { REVIEW_INCENTIVE_RES, REVIEW_REQUEST_RES } from './review-patterns';
import { alt, finding, has, rx, sentences, stem, word } from './text';
import type { Finding, RuleInput } from './types';

const ACTION = rx(
  alt([
    '[?？]',
    // "please <verb>" asks for something, except the stock "please don't hesitate / contact us if..." lines.
    `${word(['please', 'kindly'])} (?!(?:do not|don't) hesitate|feel free|contact us|reach out|get in touch|let us know if you (?:have|need))\\p{L}`,
    word([
      'could you',
      'can you',
      'would you',
      'will you',
      'do you',
      'we need',
      'we require',
      'we must',
      'needs? your',
      'unfortunately',
      'sorry',
      'out of stock',
      'sold out',
      'no longer available',
      'backorder(?:ed)?',
    ]),
    stem([
      'apolog',
      'regret',
      'delay',
      'damage',
      'broken',
      'missing',
      'lost',
      'wrong',
      'defect',
      'return',
      'refund',
      'replac',
      'exchange',
      'invoice',
      'warrant',
      'guarantee',
      'receipt',
      'custom(?!er)',
      'engrav',
      'personali[sz]',
      'design',
      'proof',
      'spelling',
      'initials',
      'address',
      'schedul',
      'appointment',
      'attach',
      'access key',
      'activation',
      'licen[cs]e key',
      'download',
      'install',
      'instruction',
      'manual',
      'size',
      'colou?r',
    ]),
    `(?:there (?:is|was|'s) (?:a|an)|(?:a|an)) ${word(['problem', 'issue'])}|${word(['delivery (?:date|time|slot|window)', 'courier will'])}`,
    '请(?:确认|提供|回复|告知|选择|核对|检查|查收)|能否|是否|可否|需要您|麻烦您|抱歉|对不起|延迟|延误|缺货|售罄|无货|损坏|破损|丢失|错发|漏发|退货|退款|换货|补发|发票|保修|质保|定制|刻字|个性化|设计|地址|预约|送货时间|附件|激活码|密钥|下载|安装|说明书|尺寸|颜色',
    `${word(['bitte'])} (?:${stem(['bestätig', 'send', 'antwort', 'wähl', 'teil', 'prüf', 'geb'])})|${word(['können sie', 'könnten sie', 'würden sie', 'leider'])}`,
    stem([
      'entschuldig',
      'verzöger',
      'ausverkauft',
      'beschädigt',
      'defekt',
      'fehlt',
      'falsch',
      'rücksend',
      'rückgabe',
      'erstattung',
      'ersatz',
      'umtausch',
      'rechnung',
      'garantie',
      'gewährleistung',
      'personalisier',
      'gravur',
      'adresse',
      'liefertermin',
      'zustelltermin',
      'termin',
      'anhang',
      'angehängt',
      'aktivierung',
      'anleitung',
      'größe',
      'farbe',
      'nicht (?:mehr )?(?:vorrätig|lieferbar|verfügbar)',
    ]),
    'ご確認(?:ください|いただけ|をお願い)|ご返信|ご回答|お知らせください|教えてください|いただけますか|でしょうか|申し訳|お詫び|遅延|遅れ|欠品|在庫切れ|品切れ|破損|不良|紛失|誤配|返品|返金|交換|請求書|領収書|保証|カスタマイズ|名入れ|刻印|デザイン|住所|配達日|日時指定|添付|アクティベーション|ダウンロード|インストール|説明書|サイズ',
    stem([
      'pourriez-vous',
      'pouvez-vous',
      'veuillez',
      'malheureusement',
      'désolé',
      'retard',
      'rupture de stock',
      'endommag',
      'retour',
      'rembours',
      'remplacement',
      'facture',
      'garantie',
      'personnalis',
      'adresse',
      'rendez-vous',
      'pièce jointe',
    ]),
    stem([
      'podría',
      'puede usted',
      'por favor (?:confirme|envíe|indique|responda)',
      'lamentablemente',
      'disculp',
      'retraso',
      'agotado',
      'dañado',
      'devolución',
      'reembolso',
      'reemplazo',
      'factura',
      'garantía',
      'personaliz',
      'dirección',
      'adjunto',
    ]),
  ]),
);

/** Thanks, order or shipping confirmations, "contact us if...", "enjoy your purchase". */
const CORE = rx(
  alt([
    word([
      'thank(?:s| you)',
      'many thanks',
      'we (?:really |truly )?appreciate',
      'tracking (?:number|code|id|link|info(?:rmation)?)',
      'you can track',
      'enjoy your',
      'hope you (?:enjoy|like|love|are happy|will be happy)',
      "(?:don't|do not) hesitate",
      'feel free to (?:contact|reach|message|get in touch)',
      'if you have any (?:questions|problems|issues|concerns)',
      "(?:we are|we're) (?:always )?(?:here|happy) to help",
      '(?:contact|message) us if',
    ]),
    `${word(['order', 'package', 'parcel', 'item', 'items', 'purchase', 'shipment', 'we'])}.{0,60}?${word(['shipped', 'dispatched', 'sent', 'confirmed', 'received', 'processed', 'packed', 'delivered', 'on its way', 'on the way', 'out for delivery', 'arrive', 'arrives', 'arriving', 'in transit'])}`,
    '感谢|谢谢|多谢|(?:订单|包裹|商品|货物|宝贝).{0,15}?(?:发货|发出|寄出|送达|签收|确认|到达|在路上|派送)|我们已(?:经)?(?:发货|寄出|发出)|(?:物流|快递|运)单号|跟踪号|如(?:有|果有|您有)(?:任何)?(?:问题|疑问)|有任何(?:问题|疑问)|随时(?:联系|与我们联系)|联系我们|祝您(?:购物愉快|生活愉快|愉快|满意)|希望您(?:喜欢|满意)',
    `${word(['danke', 'vielen dank', 'herzlichen dank', 'wir bedanken uns', 'sendungsnummer', 'sendungsverfolgung', 'trackingnummer', 'bei (?:fragen|problemen)', 'zögern sie nicht', 'viel (?:spaß|freude)', 'wir hoffen'])}|${word(['bestellung', 'paket', 'sendung', 'artikel', 'ware'])}.{0,60}?${word(['versandt', 'verschickt', 'versendet', 'bestätigt', 'erhalten', 'unterwegs', 'zugestellt', 'geliefert', 'eingegangen', 'auf dem weg'])}`,
    'ありがとう(?:ございます|ございました)|感謝|(?:今しばらく)?お待ち(?:ください|下さい)|(?:発送|出荷)(?:いたしました|しました|完了|済み)|お届け(?:予定|いたします)|追跡番号|お問い合わせ番号|(?:ご不明な点|何か|問題).{0,20}?(?:ご連絡|お問い合わせ)|お気軽に|お楽しみ|気に入って',
    `${word(['merci', 'numéro de suivi', "n'hésitez pas", 'si vous avez des questions', 'bonne (?:journée|réception)'])}|votre commande.{0,30}?${stem(['expédiée', 'envoyée', 'confirmée', 'livrée', 'en route'])}`,
    `${word(['gracias', 'número de seguimiento', 'no dude', 'si tiene alguna (?:pregunta|duda)', 'disfrute'])}|su pedido.{0,30}?${stem(['enviado', 'confirmado', 'entregado', 'en camino'])}`,
  ]),
);

/** Greetings, sign-offs and signatures. */
const COURTESY = rx(
  alt([
    word([
      'hi',
      'hello',
      'hey',
      'dear',
      'good (?:morning|afternoon|evening)',
      'greetings',
      '(?:best|kind|warm|many)? ?regards',
      'sincerely',
      'cheers',
      'best wishes',
      'yours (?:truly|sincerely|faithfully)',
      'have a (?:nice|great|good|wonderful|lovely) (?:day|week|weekend)',
      'customer (?:service|support|care)',
      'team',
    ]),
    '您好|你好|亲爱的|尊敬的|此致|敬礼|祝好|顺祝商祺|客服|团队',
    word([
      'hallo',
      'guten tag',
      'sehr geehrte[rn]?',
      'liebe[rn]?',
      'mit freundlichen grüßen',
      'freundliche grüße',
      'viele grüße',
      'beste grüße',
      'bonjour',
      'cordialement',
      'bien à vous',
      'madame',
      'monsieur',
      'hola',
      'saludos',
      'atentamente',
      'estimad[oa]',
    ]),
    'お世話になっております|こんにちは|(?:よろしく|宜しく)お願い(?:いたします|致します|します|申し上げます)|様|敬具|ストア|ショップ|担当',
  ]),
);

const REVIEW_SENTENCES = [...REVIEW_REQUEST_RES, ...REVIEW_INCENTIVE_RES];
const latinWords = (s: string) =>
  (s.match(/\p{L}+/gu) ?? []).filter((w) => !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(w)).length;
const cjkChars = (s: string) => (s.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;

export function lintThankYouOnly({ folded, context }: RuleInput): Finding[] {
  if (context.isReply || folded.trim() === '') return [];
  let core = 0;
  for (const s of sentences(folded)) {
    // Review requests and offers are substantive: the review rules report them.
    if (has(ACTION, s.text) || REVIEW_SENTENCES.some((re) => has(re, s.text))) return [];
    if (has(CORE, s.text)) {
      if (s.text.length > 160 || cjkChars(s.text) > 60) return []; // a long sentence says more than thanks
      core++;
      continue;
    }
    // Greetings and signatures pass; whatever else is left must be a scrap (a name, an order id line).
    const rest = s.text.replace(COURTESY, ' ');
    if (latinWords(rest) > 4 || cjkChars(rest) > 8) return [];
  }
  if (core === 0) return [];
  return [
    finding(
      'thankYouOnly',
      'error',
      0,
      0,
      'Thank-you, order or shipping confirmation and "contact us if" messages are not allowed on their own',
    ),
  ];
}
