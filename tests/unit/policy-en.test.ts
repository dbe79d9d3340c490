/**
 * Policy lint on realistic English buyer messages: compliant ones (with the
 * numbers order language is full of) and each kind of violation.
 */
import { describe } from 'vitest';
import { runRows, type Row } from './policy-table';

const O = '123-1234567-1234567';
const PROBLEM = { reason: 'unexpectedProblem', critical: true };

export const EN_ROWS: Row[] = [
  // Compliant: order questions and problems, with ids, dates, prices, weights, references
  {
    text: `Hello Sarah, regarding order ${O}: the engraving field was left empty. Which name would you like engraved on the watch? We will ship as soon as we hear from you.`,
  },
  {
    text: `Hi, your order ${O} will ship on 12/05. The package weighs 2.5 kg and will need a signature on delivery; please let us know if someone can sign for it.`,
    note: 'date and weight are not phone numbers',
  },
  {
    text: `Hello, we are sorry: the item in order ${O} was damaged in our warehouse. We can send a replacement on Monday or refund you in full. Which do you prefer?`,
    ctx: PROBLEM,
  },
  {
    text: `Hello, the carrier returned order ${O} to us as undeliverable (Ref. 1Z999AA10123456784). Could you confirm your address, including the flat number?`,
    note: 'UPS reference',
  },
  {
    text: `Hi, for order ${O} you paid €19,99 for 2 units, but only 1 unit is in stock. Would you like us to ship 1 unit and refund €9,99 for the other?`,
    note: 'prices',
  },
  {
    text: `Hello, in order ${O} you bought ASIN B08N5WRWNW (SKU: LMP-4410-BLU). This colour is discontinued; may we send SKU LMP-4410-GRN instead?`,
    note: 'ASIN and SKU',
  },
  {
    text: `Hello, order ${O} shipped with UPS, but the carrier reports a delay because of a storm. You can follow it here: https://www.ups.com/track?tracknum=1Z999AA10123456784. We apologise for the delay.`,
    note: 'https carrier link',
  },
  {
    text: `Hi, to start the return for order ${O} please use https://www.amazon.com/gp/css/returns/homepage.html and choose 'Item defective'.`,
    note: 'https Amazon link',
  },
  {
    text: `Hello, the invoice for order ${O} is attached; you can also download it from Amazon.com under Your Orders.`,
    ctx: { reason: 'invoice' },
    note: 'Amazon.com mention',
  },
  {
    text: `Hi Tom, please confirm the spelling for the engraving on order ${O}: 'Happy 40th Birthday, Anna'. Reply with any correction by 14.05.2024.`,
    ctx: { reason: 'confirmCustomizationDetails', maxLength: 800 },
  },
  {
    text: `Hello, your sofa from order ${O} is a two-person delivery. The courier can come on 21/06 between 8:00 and 12:00 or on 22/06 between 13:00 and 17:00. Which slot suits you?`,
    ctx: { reason: 'confirmDeliveryDetails' },
  },
  {
    text: `Dear customer, the warranty for the drill in order ${O} runs from 03/02/2024 to 03/02/2026. The warranty card is attached.`,
    ctx: { reason: 'warranty' },
  },
  {
    text: `Hello, here is the access key for order ${O}: ABCD-EFGH-IJKL-MNOP. Enter the PIN 4821 when you activate it.`,
    ctx: { reason: 'digitalAccessKey', maxLength: 400 },
    note: 'a PIN is fine in a digital key message',
  },
  { text: `Thanks for letting us know, glad it arrived safely! Order ${O}.`, ctx: { isReply: true }, note: 'thanks are fine in a reply' },
  {
    text: `Hello, the address on order ${O} (10 Downing Street, London SW1A 2AA) is missing a house number for the carrier. Could you send the full address?`,
  },
  {
    text: `Hi, the carrier could not find 1600 Pennsylvania Ave NW, Washington, DC 20500 for order ${O}. Is there a suite or gate code?`,
    note: 'US address and ZIP',
  },
  {
    text: `Hello, the table in order ${O} measures 120 x 60 x 75 cm and ships in 2 boxes of 18 kg each. Please make sure someone can help carry them.`,
  },
  { text: `Hi, order ${O} is delayed: the new delivery estimate is 2024-05-12. We apologise for the inconvenience.`, ctx: PROBLEM },
  {
    text: `Hello, 30% of the batch for order ${O} failed our quality check, so your item will ship 3 days later, on 15 May.`,
    ctx: PROBLEM,
  },
  {
    text: `We are sorry that order ${O} arrived late. We have refunded the shipping fee of $4.99 to your original payment method.`,
    note: 'a refund for the order itself is no incentive',
  },
  {
    text: `Hello, the Lumen® Desk Lamp™ in order ${O} is back-ordered until 3 June. Would you like to wait or cancel?`,
    note: '® and ™ are not emoji',
  },
  {
    text: `[IMPORTANT] Order ${O} cannot ship: the carrier lost the parcel at the depot. We will send a new one today.`,
    ctx: PROBLEM,
    note: '[Important] on a critical reason',
  },
  {
    text: `Hello, order ${O} (invoice INV-2024-00123, SKU 4410-22-1, lot 2024/05/12-3) is ready; please confirm the delivery address.`,
    note: 'reference numbers',
  },
  {
    text: `Hello, order ${O} ships from the U.S. warehouse, i.e. it may take 10-14 days. Do you still want it, e.g. as a gift?`,
    note: 'abbreviations are not domains',
  },
  {
    text: `Hello, your pallet for order ${O} is with our freight partner; please book a delivery slot at https://book.palletways.com/slot?ref=88812.`,
    ctx: { allowedLinkHosts: ['palletways.com'] },
    note: 'host allowed in settings',
  },
  {
    text: `Hello, your download key for order ${O} is attached. Never share your password or key with anyone.`,
    ctx: { reason: 'digitalAccessKey', maxLength: 400 },
    note: 'advice is not a request',
  },
  {
    text: `Hello, we hope the lamp from order ${O} arrived safely. We would appreciate it if you could leave a review on Amazon.`,
    ctx: { reason: 'requestReview' },
    note: 'review request through the review reason',
  },
  {
    text: `Hello, order ${O} will be delivered by Royal Mail Tracked 48; please ensure someone is home between 9-17.`,
    note: 'a request makes it more than a confirmation',
  },
  {
    text: `Hello, order ${O}: EAN 4006381333931, UPC 036000291452, ISBN 978-3-16-148410-0. Which edition do you need?`,
    note: 'product codes are not phone numbers',
  },
  {
    text: `Hello, order ${O}: we will review your photos and then send a free replacement if the damage is confirmed.`,
    ctx: PROBLEM,
    note: '"review" as a verb is no review',
  },
  {
    text: `Hello, order ${O}: thanks for the feedback about the colour, we will send a replacement in grey on Monday.`,
    ctx: { isReply: true },
  },
  {
    text: `Hello, the manual for order ${O} is in the file manual.pdf attached; see page 12, section 3.2.`,
    note: 'file names are not links',
  },
  {
    text: `Hello, order ${O}: the item has a 2-year warranty; please keep the receipt. Customs clearance may take 2 days.`,
    ctx: { reason: 'warranty' },
  },

  // Violations
  { text: `Hi John, thank you for your order ${O}! We hope you enjoy your new lamp. Best regards, Lumen Store`, errors: ['thankYouOnly'] },
  { text: `Hello, your order ${O} has been dispatched from our UK warehouse and should arrive within 2 days.`, errors: ['thankYouOnly'] },
  {
    text: `Hello, order ${O}: reach the driver at +49 (0)30 1234567 or 06 1234 5678 or 020-1234567.`,
    errors: ['phone'],
    spans: { phone: ['+49 (0)30 1234567', '06 1234 5678', '020-1234567'] },
  },
  {
    text: `Hello, good news: your order ${O} has shipped today with DHL and should arrive on Friday. Tracking number: 00340434161094042557. Have a nice day!`,
    errors: ['thankYouOnly'],
    note: 'shipping confirmation, DHL number is no phone',
  },
  {
    text: `Dear customer, your order ${O} has been delivered. If you have any questions, please don't hesitate to contact us.`,
    errors: ['thankYouOnly'],
  },
  {
    text: `Hi John, thank you for your order ${O}! We hope you enjoy your new lamp. Best regards, Lumen Store`,
    ctx: { isReply: true },
    note: 'same thanks as a reply',
  },
  {
    text: `Hi, thanks for your purchase (order ${O}). Leave us a 5-star review and we'll send you a $10 Amazon gift card!`,
    errors: ['reviewIncentive'],
    spans: { reviewIncentive: ["Leave us a 5-star review and we'll send you a $10 Amazon gift card"] },
  },
  {
    text: `Hello, order ${O}: we will refund you in full after you post a review of the blender.`,
    errors: ['reviewIncentive'],
    spans: { reviewIncentive: ['refund you in full after you post a review'] },
  },
  { text: `If you are happy with your purchase from order ${O}, please leave us positive feedback.`, errors: ['reviewIncentive'] },
  {
    text: `If anything is wrong with order ${O}, please contact us before leaving a review so we can fix it.`,
    errors: ['reviewIncentive'],
  },
  {
    text: `Hi, we have now replaced the faulty charger from order ${O}. Would you consider changing your 1-star review?`,
    errors: ['reviewIncentive'],
    spans: { reviewIncentive: ['changing your 1-star review'] },
  },
  { text: `We issued a full refund for order ${O}. Could you please remove the negative feedback you left?`, errors: ['reviewIncentive'] },
  {
    text: `Hello, we hope the lamp from order ${O} arrived safely. We would appreciate it if you could leave a review on Amazon.`,
    warnings: ['reviewRequest'],
    spans: { reviewRequest: ['appreciate it if you could leave a review'] },
  },
  {
    text: `Hello, we hope the lamp from order ${O} arrived safely. We would appreciate it if you could leave a review on Amazon.`,
    ctx: { previousReviewRequests: 1 },
    errors: ['reviewRequest'],
    note: 'repeat review request',
  },
  {
    text: `Hello, order ${O} is on its way! Use code SUMMER20 for 20% off your next order and check out our other products.`,
    errors: ['marketing'],
    spans: { marketing: ['20% off your next order', 'check out our other products'] },
    note: 'overlapping matches merge',
  },
  { text: `Hi, thanks for order ${O}. Follow us on Instagram for new arrivals and exclusive offers!`, errors: ['marketing'] },
  {
    text: `Hello, we have a question about order ${O}: which size do you need? To unsubscribe from these messages, reply STOP.`,
    errors: ['optOut'],
  },
  {
    text: `Hello, please send the photos of the damaged parcel (order ${O}) to support@lumen-store.com.`,
    errors: ['email'],
    spans: { email: ['support@lumen-store.com'] },
  },
  {
    text: `Hi, we got your message from 8xk2n4mqz1abcd@marketplace.amazon.com about order ${O} and will reply there.`,
    errors: ['email'],
    note: 'relay address too',
  },
  {
    text: `Hello, the courier needs to confirm delivery of order ${O}. Please call us at +1 (555) 123-4567.`,
    errors: ['phone', 'externalContact'],
    spans: { phone: ['+1 (555) 123-4567'], externalContact: ['call us'] },
  },
  {
    text: `Hello, regarding the missing part in order ${O}, ring our workshop on 020 7946 0958 any weekday.`,
    errors: ['phone'],
    spans: { phone: ['020 7946 0958'] },
  },
  {
    text: `Hello, for order ${O} the driver can be reached on 555-123-4567 on the day of delivery.`,
    errors: ['phone'],
    spans: { phone: ['555-123-4567'] },
  },
  { text: `Hi, to choose the fabric for order ${O}, message us on WhatsApp and we'll send you swatches.`, errors: ['externalContact'] },
  {
    text: `Hello, the assembly video for order ${O} is at http://lumen-store.com/help/assembly.`,
    errors: ['link'],
    spans: { link: ['http://lumen-store.com/help/assembly'] },
  },
  {
    text: `Hi, you can choose your engraving font for order ${O} on lumen-store.com/fonts before Friday.`,
    errors: ['link'],
    spans: { link: ['lumen-store.com/fonts'] },
  },
  {
    text: `Hello, track order ${O} here: http://www.fedex.com/fedextrack/?trknbr=123456789012`,
    errors: ['link'],
    note: 'carrier link without https',
  },
  {
    text: `Hello, your pallet for order ${O} is with our freight partner; please book a delivery slot at https://book.palletways.com/slot?ref=88812.`,
    errors: ['link'],
    note: 'unknown host without the setting',
  },
  {
    text: `<p>Hello,</p><p>order ${O} needs your colour choice: <b>red</b> or <b>blue</b>?</p>`,
    errors: ['html'],
    spans: { html: ['<p>', '</p>', '<p>', '<b>', '</b>', '<b>', '</b>', '</p>'] },
  },
  {
    text: `Hello,&nbsp;the size for order ${O} is out of stock &amp; we need your choice.`,
    errors: ['html'],
    spans: { html: ['&nbsp;', '&amp;'] },
  },
  {
    text: `Hi! 😊 Your custom mug from order ${O} needs a photo approval: is the attached proof OK? 👍`,
    errors: ['emoji'],
    spans: { emoji: ['😊', '👍'] },
  },
  { text: `Hello 🇩🇪, order ${O}: choose option 1️⃣ or 2️⃣ for the engraving?`, errors: ['emoji'], spans: { emoji: ['🇩🇪', '1️⃣', '2️⃣'] } },
  { text: `[Important] Order ${O}: please confirm your delivery address.`, errors: ['important'], spans: { important: ['[Important]'] } },
  {
    text: `Hello, the colour you chose for order ${O} is sold out. Would grey work?`,
    ctx: { subject: '(Important) Order question' },
    errors: ['important'],
    note: 'important in the subject',
  },
  { text: 'Hello, the lamp you ordered is out of stock. Would you like a refund or a different colour?', warnings: ['orderId'] },
  {
    text: `Hello, about order ${O} and order 111-2223334-4445556: which one should we ship first?`,
    warnings: ['otherOrderId'],
    spans: { otherOrderId: ['111-2223334-4445556'] },
  },
  { text: `Hello, to refund order ${O} faster, please send us your bank account details and IBAN.`, errors: ['personalData'] },
  {
    text: `Hi, the payment for order ${O} failed on our side, please reply with your credit card number and CVV.`,
    errors: ['personalData'],
  },
  {
    text: `Hello, we can refund the missing part of order ${O} directly via PayPal if you tell us your PayPal address.`,
    errors: ['offAmazonPayment'],
    spans: { offAmazonPayment: ['PayPal', 'PayPal'] },
  },
  {
    text: `Hello, for order ${O} please send the logo file to design (at) lumen-store (dot) com in high resolution.`,
    errors: ['email'],
    spans: { email: ['design (at) lumen-store (dot) com'] },
  },
  {
    text: `Hello, order ${O} is ready; see the options at https://lumen-store.com/o and https://www.amazon.de/dp/B000TEST01.`,
    errors: ['link'],
    spans: { link: ['https://lumen-store.com/o'] },
  },
];

describe('policy lint: English messages', () => {
  runRows('en', { orderId: O, buyerLanguage: 'en', reason: 'confirmOrderDetails', maxLength: 2000 }, EN_ROWS);
});
