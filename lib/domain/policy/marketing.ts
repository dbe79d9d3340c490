/**
 * Rules `marketing` (coupons, promotions, "see our other products", social
 * media) and `optOut` (unsubscribe text: Buyer-Seller Messaging has its own
 * opt-out, and unsubscribe lines mark a message as marketing). A discount on
 * the order itself, offered to settle a problem, is not marketing: only codes,
 * coupons and offers for future purchases are.
 */
import { alt, clause, gap, rx, scan, stem, word } from './text';
import type { Finding, RuleInput } from './types';

const SOCIAL = word(['facebook', 'instagram', 'tiktok', 'twitter', 'youtube', 'pinterest', 'snapchat', 'linkedin']);
const NEXT = word(['next', 'future', 'another', 'further']);
const MARKETING_RES = [
  // English
  stem(['coupons?', 'promo(?:tion(?:al)?)? ?codes?', 'discount codes?', 'voucher codes?', 'newsletter', 'bogo']),
  word([
    'promotions?',
    'special offers?',
    'exclusive offers?',
    'limited[- ]time',
    'flash sale',
    'on sale',
    'clearance sale',
    'black friday',
    'cyber monday',
    'prime day deals?',
    'buy one,? get one',
  ]),
  word(['new arrivals?', 'new collection', 'latest products', 'new products', 'upcoming products']),
  `${word(['check out', 'take a look at', 'have a look at', 'browse', 'visit', 'discover', 'explore', 'see'])} (?:all )?(?:of )?our (?:other |new |latest |full |amazon )?${word(['products', 'items', 'store', 'shop', 'storefront', 'range', 'collection', 'catalog(?:ue)?', 'selection', 'website', 'brand store', 'listings', 'deals'])}`,
  `\\d{1,3} ?% ?off(?: (?:on )?your ${NEXT} (?:order|purchase))?|${word(['off', 'discount on'])} your ${NEXT} (?:order|purchase)|${NEXT} (?:order|purchase)${gap(20)}${word(['discount', 'off', 'coupon'])}`,
  `${word(['follow', 'like', 'find', 'join'])} us on|${SOCIAL}`,
  // Chinese
  '优惠券|优惠码|折扣码|促销|打折|特价|限时|新品(?:上市|推荐|发布)|上新|大促|秒杀|满减|满\\d{1,5}减|\\d(?:\\.\\d)?折|关注我们|店铺链接|微博|小红书|抖音',
  `(?:访问|逛逛|看看|关注|光顾|进入)(?:一下)?(?:我们的|本)(?:店铺|店|旗舰店|商店)|(?:我们|本店)的?其他(?:产品|商品)|更多(?:产品|商品|好物)`,
  // German
  stem(['gutschein', 'rabattcode', 'aktionscode', 'sonderangebot', 'neuheiten', 'newsletter']),
  `${word(['unsere'])}n? (?:anderen|weiteren|neuen) ${stem(['produkt', 'artikel', 'angebot'])}|${word(['besuchen sie', 'schauen sie sich'])} (?:unseren|unsere) ${stem(['shop', 'store', 'seite', 'produkt', 'angebot'])}|${word(['folgen sie uns'])}|\\d{1,3} ?% rabatt auf ${stem(['ihre', 'ihren', 'deine'])}${clause(5)}${stem(['nächste'])}`,
  // Japanese
  'クーポン|割引コード|プロモーション|セール|キャンペーン|新商品|新製品|(?:当店|ストア)の他の商品|他の商品もぜひ|メルマガ|ニュースレター|お得な|期間限定|ストアをご覧|をフォロー|フォローして|フォローをお願い',
  // French, Spanish, Italian
  `${stem(['code promo', 'coupon', 'bon de réduction', 'promotion', 'soldes', 'nouveautés'])}|${word(['nos autres produits', 'suivez-nous', 'offre spéciale'])}`,
  `${stem(['código de descuento', 'cupón', 'promoción', 'rebajas', 'novedades'])}|${word(['nuestros otros productos', 'síguenos', 'oferta especial'])}`,
  `${stem(['codice sconto', 'promozion', 'saldi'])}|${word(['i nostri altri prodotti', 'seguici', 'offerta speciale'])}`,
].map(rx);

export function lintMarketing({ folded }: RuleInput): Finding[] {
  return scan(MARKETING_RES, folded, 'marketing', 'error', 'Marketing, coupons, promotions and links to other products are not allowed');
}

const OPT_OUT_RES = [
  alt([
    stem(['unsubscrib', 'opt[- ]?out']),
    word([
      'stop receiving',
      'no longer (?:wish|want) to receive',
      'reply stop',
      'remove you from (?:our|the|this)(?: mailing)? list',
      'mailing list',
    ]),
    '退订|取消订阅|不再接收|回复TD',
    stem(['abbestell', 'abmeld', 'keine weiteren (?:nachrichten|e-mails)']),
    '配信停止|配信を停止|購読解除|受信拒否|オプトアウト',
    stem([
      'désabonn',
      'désinscri',
      'ne plus recevoir',
      'darse de baja',
      'dejar de recibir',
      'cancelar la suscripción',
      'disiscriv',
      "annulla l'iscrizione",
    ]),
  ]),
].map(rx);

export function lintOptOut({ folded }: RuleInput): Finding[] {
  return scan(OPT_OUT_RES, folded, 'optOut', 'error', 'Unsubscribe and opt-out text is not allowed: Amazon handles opt-outs');
}
