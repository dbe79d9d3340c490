/**
 * Rules that keep the conversation and the money on Amazon:
 * `externalContact` (asking the buyer to call, WhatsApp, WeChat... instead of
 * replying through Buyer-Seller Messaging), `offAmazonPayment` (PayPal, bank
 * transfer, Alipay...) and `personalData` (asking for card numbers, passwords,
 * bank or identity details). A courier calling the buyer, or asking for a
 * phone number to schedule a delivery, is allowed and not matched.
 */
import { alt, clause, gap, has, rx, scan, stem, word } from './text';
import type { Finding, RuleInput } from './types';

const EXTERNAL_CONTACT_RES = [
  word(['whatsapp', 'wechat', 'telegram', 'skype', 'viber', 'signal app', 'kakao ?talk', 'line id']),
  `${word(['call', 'phone', 'ring', 'text', 'sms', 'whatsapp'])} (?:us|me)(?![\\p{L}])|${word(['give'])} (?:us|me) a (?:call|ring)`,
  `${word(['contact', 'email', 'e-mail', 'reach'])} (?:us|me) ${word(['directly', 'outside(?: of)? amazon', 'by (?:phone|telephone|email)', 'via (?:phone|email|whatsapp|wechat)', 'on our (?:website|phone|number)'])}`,
  `${word(['email', 'e-mail'])} (?:us|me) at`,
  `${word(['our', 'my'])} (?:personal |private |direct )?${word(['phone', 'mobile', 'cell', 'telephone', 'whatsapp', 'wechat'])} (?:number|no)|${word(['outside(?: of)? amazon'])}`,
  '微信(?!支付)|qq(?:号|群)|(?:给我们|给我)打电话|致电|拨打|电话联系|私下联系|站外联系|(?:我们|我)的(?:电话|手机|微信|邮箱)',
  `${word(['rufen sie (?:uns|mich) an', 'uns anrufen', 'mich anrufen', 'unsere telefonnummer', 'telefonisch (?:an|bei) uns'])}`,
  'お電話(?:ください|下さい|にて|で)|電話で(?:ご連絡|お問い合わせ)|(?:LINE|ライン)(?:ID|で|の|を)|弊社の?電話番号|直接(?:ご連絡|連絡)',
  `${word(['appelez-nous', 'contactez-nous (?:par téléphone|directement|sur whatsapp)', 'notre numéro de téléphone'])}`,
  `${word(['llámenos', 'llámanos', 'contáctenos (?:por teléfono|directamente|por whatsapp)', 'nuestro número de teléfono'])}`,
].map(rx);

export function lintExternalContact({ folded }: RuleInput): Finding[] {
  return scan(
    EXTERNAL_CONTACT_RES,
    folded,
    'externalContact',
    'error',
    'Buyers must be contacted through Amazon: no calls, WhatsApp, WeChat or other channels',
  );
}

const PAYMENT_RES = [
  word([
    'paypal',
    'venmo',
    'zelle',
    'cash app',
    'western union',
    'moneygram',
    'bank transfer',
    'wire transfer',
    'bitcoin',
    'alipay',
    'pay (?:us|me) directly',
  ]),
  '支付宝|微信支付|银行转账|转账给(?:我|我们)|私下(?:付款|交易|转账)|线下(?:付款|交易)',
  stem(['überweis', 'vorkasse']),
  '銀行振込|振り込み|お振込|振込先|PayPay|直接(?:お支払い|取引)',
  word(['virement(?: bancaire)?', 'transferencia bancaria', 'bizum', 'bonifico']),
].map(rx);

export function lintPayment({ folded }: RuleInput): Finding[] {
  return scan(
    PAYMENT_RES,
    folded,
    'offAmazonPayment',
    'error',
    'Payments and refunds go through Amazon only: no PayPal, bank transfer or similar',
  );
}

/** Codes a digital access key message legitimately talks about. */
const EN_CODES = ['pin(?: code| number)?', 'passcode', 'security code', 'one-time code', 'otp', 'verification code'];
const EN_SENSITIVE = [
  'credit card(?: number| details)?',
  'debit card',
  'card (?:number|details)',
  'cvv',
  'cvc',
  'passwords?',
  'login(?: details| credentials)?',
  'log-in details',
  'bank (?:account|details)',
  'account number',
  'iban',
  'routing number',
  'sort code',
  'social security(?: number)?',
  'ssn',
  'passport(?: number)?',
  'id card',
  "driver'?s licen[cs]e",
  'date of birth',
];
const EN_ASK = word([
  'send',
  'provide',
  'give',
  'share',
  'tell',
  'enter',
  'confirm',
  'need',
  'require',
  'reply with',
  'let us know',
  'type',
  'email',
  'verify',
]);
const ZH_ASK = '(?:提供|发送|发给|告诉|告知|输入|填写|确认|需要)';
const DE_ASK = stem(['send', 'schick', 'teil', 'mitteil', 'angeb', 'nenn', 'geb', 'bestätig', 'benötig', 'brauch', 'übermittel']);
const DE_SENSITIVE = alt([
  stem([
    'kreditkart',
    'kartennummer',
    'passwort',
    'kennwort',
    'bankverbindung',
    'kontonummer',
    'personalausweis',
    'ausweisnummer',
    'reisepass',
    'geburtsdatum',
  ]),
  word(['iban']),
]);

function personalDataPatterns(withCodes: boolean): RegExp[] {
  const en = word(withCodes ? [...EN_SENSITIVE, ...EN_CODES] : EN_SENSITIVE);
  const zh = `(?:银行卡|信用卡|卡号|密码|身份证|护照|银行账户|银行账号|账号密码|支付宝账号|安全码${withCodes ? '|验证码' : ''})`;
  return [
    `${EN_ASK}${gap(40)}${en}`,
    `${ZH_ASK}${clause(15)}${zh}`,
    `${DE_ASK}${gap(80)}${DE_SENSITIVE}|${DE_SENSITIVE}${gap(30)}${DE_ASK}`,
    `(?:クレジットカード|カード番号|パスワード|暗証番号|口座番号|銀行口座|口座情報|マイナンバー|免許証|セキュリティコード)${clause(20)}(?:教えて|送って|ご提供|お知らせ|ご記入|入力|ご連絡|お送り)`,
    `${stem(['envoy', 'communiqu', 'fourni', 'indiqu', 'donn'])}${gap(40)}${stem(['numéro de carte', 'numéro de compte', 'carte bancaire', 'mot de passe', 'coordonnées bancaires', 'iban', 'rib', 'cryptogramme'])}`,
    `${stem(['envi', 'proporcion', 'indiqu', 'facilit', 'denos'])}${gap(40)}${stem(['número de tarjeta', 'número de cuenta', 'tarjeta de crédito', 'contraseña', 'datos bancarios', 'cuenta bancaria', 'iban', 'dni'])}`,
  ].map(rx);
}
const PERSONAL_DATA_RES = personalDataPatterns(true);
const PERSONAL_DATA_RES_DIGITAL = personalDataPatterns(false);

/** "Never share your password" is advice, not a request. */
const NEGATION = rx(
  alt([
    word(['never', 'not', "don't", 'nie', 'niemals', 'nicht', 'keinesfalls', 'jamais', 'nunca', 'no']),
    '不要|请勿|切勿|絶対に|しないで|お控え',
  ]),
);

export function lintPersonalData({ folded, context }: RuleInput): Finding[] {
  const res = context.reason === 'digitalAccessKey' ? PERSONAL_DATA_RES_DIGITAL : PERSONAL_DATA_RES;
  return scan(res, folded, 'personalData', 'error', 'Never ask buyers for card numbers, passwords, bank or identity details').filter(
    (f) => !has(NEGATION, folded.slice(Math.max(0, f.start - 12), f.end + 20)),
  );
}
