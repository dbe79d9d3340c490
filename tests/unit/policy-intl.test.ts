/**
 * Policy lint on realistic German, Japanese, French, Spanish and Italian
 * buyer messages: compliant ones and the common violations.
 */
import { describe } from 'vitest';
import { runRows, type Row } from './policy-table';

const DE = '028-1234567-1234567';
export const DE_ROWS: Row[] = [
  {
    text: `Hallo Herr Müller, zu Ihrer Bestellung ${DE}: Die Lampe ist leider erst ab dem 14.05.2024 wieder lieferbar. Möchten Sie warten oder stornieren?`,
  },
  {
    text: `Hallo, das Paket zu Bestellung ${DE} wiegt 31,5 kg und kostet 49,99 € Versand. Bitte bestätigen Sie, dass wir per Spedition liefern dürfen.`,
    note: 'Gewicht und Preis',
  },
  {
    text: `Hallo, die Adresse zu Bestellung ${DE} (Hauptstraße 5, 10115 Berlin) ist unvollständig. Bitte nennen Sie uns die Hausnummer des Hinterhauses.`,
    note: 'PLZ',
  },
  {
    text: `Guten Tag, die Lieferung zu Bestellung ${DE} erfolgt zwischen 12.05. und 14.05.2024 per Spedition; der Fahrer ruft Sie vorher an. Bitte geben Sie an, ob ein Aufzug vorhanden ist.`,
    ctx: { reason: 'confirmDeliveryDetails' },
    note: 'Datumsbereich, Fahrer ruft an',
  },
  {
    text: `Hallo, z.B. können wir die Lampe aus Bestellung ${DE} bzw. ca. 3 Tage später liefern, d.h. am 5.6. Passt das?`,
    note: 'Abkürzungen sind keine Domains',
  },
  {
    text: `Hallo, die Lampe 'Lumen Desk Lamp for Office and Home with USB Charging Port' aus Bestellung ${DE} ist leider ausverkauft. Möchten Sie eine andere?`,
    note: 'englischer Produktname',
  },
  {
    text: `Guten Tag, die Lieferung zu Bestellung ${DE} erfolgt per Spedition. Sie erreichen unseren Fahrer unter 030 1234567.`,
    errors: ['phone'],
    spans: { phone: ['030 1234567'] },
  },
  {
    text: `Hallo, Ihre Bestellung ${DE} wurde heute mit DHL versandt. Sendungsnummer: 00340434161094042557. Vielen Dank für Ihren Einkauf! Mit freundlichen Grüßen, Ihr Lumen-Team`,
    errors: ['thankYouOnly'],
  },
  {
    text: `Hallo, für eine 5-Sterne-Bewertung zu Bestellung ${DE} erhalten Sie einen 10 € Gutschein!`,
    errors: ['reviewIncentive', 'marketing'],
  },
  {
    text: `Guten Tag, wir haben Ihnen für Bestellung ${DE} Ersatz geschickt. Könnten Sie Ihre negative Bewertung bitte löschen?`,
    errors: ['reviewIncentive'],
  },
  {
    text: `Hallo, wir hoffen, die Lampe aus Bestellung ${DE} gefällt Ihnen. Wir würden uns freuen, wenn Sie eine Bewertung hinterlassen.`,
    warnings: ['reviewRequest'],
  },
  {
    text: `Hallo, vielen Dank für Ihre Bestellung ${DE}. Entdecken Sie auch unsere anderen Produkte und abonnieren Sie unseren Newsletter!`,
    errors: ['marketing'],
  },
  {
    text: `Hallo, bitte senden Sie das Foto zu Bestellung ${DE} an service@lumen-shop.de.`,
    errors: ['email'],
    spans: { email: ['service@lumen-shop.de'] },
  },
  {
    text: `Hello, we are sorry but the blue lamp from order ${DE} is out of stock. Would you like the green one instead or a full refund?`,
    warnings: ['language'],
    note: 'English to a German buyer',
  },
  {
    text: `[Wichtig] Bestellung ${DE}: Bitte bestätigen Sie Ihre Lieferadresse.`,
    errors: ['important'],
    spans: { important: ['[Wichtig]'] },
  },
  { text: `Hallo, bitte teilen Sie uns für die Erstattung zu Bestellung ${DE} Ihre IBAN mit.`, errors: ['personalData'] },
  { text: `Hallo, den Restbetrag zu Bestellung ${DE} können Sie per Überweisung begleichen.`, errors: ['offAmazonPayment'] },
  {
    text: `Hallo, welche Größe benötigen Sie für Bestellung ${DE}? Wenn Sie keine Nachrichten mehr wünschen, können Sie sich hier abmelden.`,
    errors: ['optOut'],
  },
  {
    text: `Hallo, für Bestellung ${DE} benötigen wir Ihre Farbwahl. Rufen Sie uns an oder schreiben Sie uns per WhatsApp.`,
    errors: ['externalContact'],
  },
];

const JA = '249-1234567-1234567';
export const JA_ROWS: Row[] = [
  {
    text: `お世話になっております。ご注文${JA}の商品ですが、ご指定の色が欠品となりました。別の色に変更するか、キャンセルするかご返信ください。`,
  },
  {
    text: `ご注文${JA}のお届け先（〒100-0001 東京都千代田区千代田1-1）に配達できませんでした。建物名をお知らせください。`,
    note: '郵便番号と住所',
  },
  {
    text: `ご注文${JA}の商品はヤマト運輸（お問い合わせ番号：1234-5678-9012）で発送しましたが、住所不明で返送されました。正しいご住所を教えてください。`,
    note: '追跡番号',
  },
  { text: `ご注文${JA}の請求書を添付いたしました。ご確認ください。`, ctx: { reason: 'invoice' } },
  {
    text: `こんにちは。ご注文${JA}の商品は2024年5月12日（日）にお届け予定でしたが、台風の影響で遅れます。送料1,280円を返金いたします。`,
    ctx: { reason: 'unexpectedProblem', critical: true },
    note: '日付と金額',
  },
  {
    text: `この度はご注文いただきありがとうございます。ご注文${JA}の商品を本日発送いたしました。到着まで今しばらくお待ちください。`,
    errors: ['thankYouOnly'],
  },
  {
    text: `ご注文${JA}の配送日時について、お電話でご相談させてください。電話番号：090-1234-5678`,
    errors: ['phone', 'externalContact'],
    spans: { phone: ['090-1234-5678'] },
  },
  {
    text: `ご注文${JA}について、０３－１２３４－５６７８までお電話ください。`,
    errors: ['phone', 'externalContact'],
    spans: { phone: ['０３－１２３４－５６７８'] },
    note: '全角の電話番号',
  },
  {
    text: `ご注文${JA}の商品はいかがでしたか？レビューを書いていただいた方には、Amazonギフト券500円分をプレゼントいたします。`,
    errors: ['reviewIncentive'],
  },
  { text: `ご注文${JA}の商品にご満足いただけましたら、星5の評価をお願いいたします。`, errors: ['reviewIncentive'] },
  {
    text: `ご注文${JA}の件、交換品をお送りしました。お手数ですが、評価の変更をご検討いただけますと幸いです。`,
    errors: ['reviewIncentive'],
  },
  { text: `ご注文${JA}の商品は無事に届きましたでしょうか。よろしければレビューの投稿をお願いいたします。`, warnings: ['reviewRequest'] },
  { text: `ご注文${JA}のデザインについては、LINEでご連絡ください。ID：lumen_store`, errors: ['externalContact'] },
  { text: `ご注文${JA}の商品を発送しました。次回使える10%割引クーポンを同封しております。`, errors: ['marketing'] },
  { text: `ご注文${JA}の名入れ内容をご確認ください✨`, errors: ['emoji'], spans: { emoji: ['✨'] } },
  { text: `[重要] ご注文${JA}のお届け先住所をご確認ください。`, errors: ['important'] },
  {
    text: `您好，订单${JA}的商品缺货，请问您是否愿意等待两周或者申请全额退款？我们会尽快处理。`,
    warnings: ['language'],
    note: '中文を日本の購入者へ',
  },
];

const FR = '407-1234567-1234567';
const ES = '402-1234567-1234567';
const IT = '403-1234567-1234567';
export const ROMANCE_ROWS: Row[] = [
  {
    text: `Bonjour, la lampe de votre commande ${FR} est en rupture de stock. Souhaitez-vous attendre deux semaines ou être remboursé ?`,
    ctx: { orderId: FR, buyerLanguage: 'fr' },
  },
  {
    text: `Bonjour, merci pour votre commande ${FR} ! Votre commande a été expédiée aujourd'hui. N'hésitez pas à nous contacter si besoin. Cordialement`,
    ctx: { orderId: FR, buyerLanguage: 'fr' },
    errors: ['thankYouOnly'],
  },
  {
    text: `Bonjour, laissez un avis 5 étoiles sur votre commande ${FR} et recevez un bon d'achat de 10 € !`,
    ctx: { orderId: FR, buyerLanguage: 'fr' },
    errors: ['reviewIncentive'],
  },
  {
    text: `Bonjour, votre commande ${FR} arrive demain. Profitez de -20 % avec le code promo BIENVENUE et suivez-nous sur Facebook !`,
    ctx: { orderId: FR, buyerLanguage: 'fr' },
    errors: ['marketing'],
  },
  {
    text: `Hola, el producto de su pedido ${ES} llegó dañado según el transportista. ¿Prefiere un reemplazo o un reembolso completo?`,
    ctx: { orderId: ES, buyerLanguage: 'es' },
  },
  {
    text: `Hola, si está satisfecho con su pedido ${ES}, déjenos una reseña de 5 estrellas y le enviaremos un regalo.`,
    ctx: { orderId: ES, buyerLanguage: 'es' },
    errors: ['reviewIncentive'],
  },
  {
    text: `Hola, ¡gracias por su compra! Su pedido ${ES} ha sido enviado. Saludos`,
    ctx: { orderId: ES, buyerLanguage: 'es' },
    errors: ['thankYouOnly'],
  },
  {
    text: `Hola, para coordinar la entrega del pedido ${ES} llámenos al 612 345 678.`,
    ctx: { orderId: ES, buyerLanguage: 'es' },
    errors: ['phone', 'externalContact'],
    spans: { phone: ['612 345 678'] },
  },
  {
    text: `Buongiorno, l'articolo dell'ordine ${IT} è esaurito. Preferisce attendere o ricevere un rimborso?`,
    ctx: { orderId: IT, buyerLanguage: 'it' },
  },
  {
    text: `Hola, el producto de su pedido ${IT} llegó dañado según el transportista. ¿Prefiere un reemplazo o un reembolso completo?`,
    ctx: { orderId: IT, buyerLanguage: 'it' },
    warnings: ['language'],
    note: 'Spanish to an Italian buyer',
  },
];

describe('policy lint: German messages', () => {
  runRows('de', { orderId: DE, buyerLanguage: 'de-DE', reason: 'confirmOrderDetails', maxLength: 2000 }, DE_ROWS);
});
describe('policy lint: Japanese messages', () => {
  runRows('ja', { orderId: JA, buyerLanguage: 'ja', reason: 'confirmOrderDetails', maxLength: 2000 }, JA_ROWS);
});
describe('policy lint: French, Spanish and Italian messages', () => {
  runRows('fr/es/it', { reason: 'confirmOrderDetails', maxLength: 2000 }, ROMANCE_ROWS);
});
