/**
 * Rule `phone`: phone numbers are not allowed in buyer messages. Order ids,
 * tracking numbers, dates, prices, postcodes and quantities look like numbers
 * too, so a digit run is only a phone number when its shape says so (+49 ...,
 * (555) 123-4567, 030 1234567, 090-1234-5678, 138 0013 8000) or a phone word
 * stands right before it ("Tel.", "call", 电话, 電話). A reference word right
 * before it (tracking, order, SKU, 〒 ...) clears it.
 */
import { alt, finding, rx } from './text';
import type { Finding, RuleInput } from './types';

const PHONE_WORDS = rx(
  alt([
    '(?<![a-z])(?:tel|phone|telephone|call|ring|mobile|cell|fax|hotline|whatsapp|telefon|telefonnummer|handy|mobil|anrufen|rufen|téléphone|telephone|portable|appelez|teléfono|telefono|llame|llámenos|móvil|cellulare|chiamare|chiami)(?![a-z])',
    '电话|手机|致电|拨打|联系方式|微信|電話|携帯|ファックス',
  ]),
);
const REFERENCE_WORDS = rx(
  alt([
    '(?<![a-z])(?:tracking|track|shipment|parcel|ref|reference|order|invoice|receipt|sku|asin|isbn|ean|upc|gtin|serial|s/n|model|item|article|lot|batch|code|id|postcode|post code|zip|plz|sendung|sendungsnummer|paket|bestellung|bestellnummer|rechnung|rechnungsnummer|artikel|artikelnummer|kundennummer|seriennummer|suivi|commande|facture|seguimiento|pedido|factura|spedizione|ordine|fattura)(?![a-z])',
    '〒|邮编|郵便番号|单号|订单|运单|快递|物流|发票|编号|型号|追跡|注文|伝票|お問い合わせ番号|問合せ番号|型番|請求書',
  ]),
);

const DATE_RE = /(?<!\d[./-]?)(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}[./-]\d{1,2}[./-]\d{1,2})(?![./-]?\d)/;
const ORDER_ID_RE = /(?:\d{3}|D\d{2})-\d{7}-\d{7}/;
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isAsciiWord = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);
const SEPARATORS = ' -./()';

/**
 * Which keyword labels the number at `start`: the closest phone or reference
 * word within 40 characters before it, with no other digits in between ("Order
 * 123-...: call 030 ..." labels the phone number with "call", not "Order").
 */
function nearestKeyword(folded: string, start: number): 'phone' | 'reference' | undefined {
  const window = folded.slice(Math.max(0, start - 40), start);
  const last = (re: RegExp) => {
    let at = -1;
    re.lastIndex = 0;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      if (!/\d/.test(window.slice(m.index + m[0].length))) at = m.index + m[0].length;
      if (m[0].length === 0) re.lastIndex++;
    }
    return at;
  };
  const phone = last(PHONE_WORDS);
  const reference = last(REFERENCE_WORDS);
  if (phone < 0 && reference < 0) return undefined;
  return phone > reference ? 'phone' : 'reference';
}

/** Is this candidate (digits with separators, trimmed) shaped like a phone number? */
export function looksLikePhone(candidate: string, keyword: 'phone' | 'reference' | undefined): boolean {
  const digits = candidate.replace(/\D/g, '');
  const n = digits.length;
  const groups = candidate.split(/[^\d]+/).filter(Boolean);
  if (ORDER_ID_RE.test(candidate)) return false;
  if (candidate.startsWith('+')) return n >= 8 && n <= 15;
  if (keyword === 'phone') return n >= 6 && n <= 15 && !DATE_RE.test(candidate);
  if (keyword === 'reference' || DATE_RE.test(candidate)) return false;
  if (/^00[1-9]/.test(digits)) return n >= 11 && n <= 15 && groups.length >= 2;
  if (/^\(\d{2,5}\)/.test(candidate)) return n >= 7 && n <= 12;
  if (/^\d{3}[-. ]\d{3}[-. ]\d{4}$/.test(candidate)) return true; // 555-123-4567
  if (digits.startsWith('0')) {
    if (groups.length === 1) return n === 10 || n === 11; // 09012345678
    const tracking = groups.length >= 3 && groups.every((g) => g.length === 4);
    return n >= 9 && n <= 12 && !tracking && groups.slice(1).every((g) => g.length >= 2);
  }
  if (/^1[3-9]\d{9}$/.test(digits)) return groups.length === 1 || groups.map((g) => g.length).join() === '3,4,4';
  // Spanish / Italian mobiles: 612 345 678, 612 34 56 78
  return n === 9 && /^[67]/.test(digits) && groups.length >= 3 && groups.every((g) => g.length >= 2 && g.length <= 3);
}

export function lintPhones({ folded }: RuleInput): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  while (i < folded.length) {
    const c = folded[i]!;
    const startsHere = isDigit(c) || ((c === '+' || c === '(') && isDigit(folded[i + 1]));
    const prev = folded[i - 1];
    // Not the tail of a word, a price, a reference ("INV-2024-0012") or a URL parameter.
    if (!startsHere || isAsciiWord(prev) || (prev !== undefined && '-./#=&?%$€£¥,'.includes(prev))) {
      i++;
      continue;
    }
    // Consume digits and separators; at most 3 separators in a row, 32 characters in all.
    let j = i + (c === '+' ? 1 : 0);
    let lastDigit = -1;
    let run = 0;
    while (j < folded.length && j - i < 32) {
      const d = folded[j]!;
      if (isDigit(d)) {
        lastDigit = j;
        run = 0;
      } else if (SEPARATORS.includes(d) && run < 3) run++;
      else break;
      j++;
    }
    if (lastDigit < 0) {
      i = j + 1;
      continue;
    }
    let end = lastDigit + 1;
    if (folded[end] === ')' && folded.slice(i, end).includes('(')) end++;
    const glued = isAsciiWord(folded[lastDigit + 1]);
    const candidate = folded.slice(i, end);
    if (!glued && looksLikePhone(candidate, nearestKeyword(folded, i))) {
      out.push(finding('phone', 'error', i, end, 'Phone numbers are not allowed in buyer messages'));
    }
    i = Math.max(j, i + 1);
  }
  return out;
}
