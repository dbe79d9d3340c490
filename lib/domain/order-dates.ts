/**
 * Dates as Seller Central prints them, in the languages sellers use, turned
 * into ISO dates (YYYY-MM-DD). The page text is always kept as shown; the ISO
 * date is added only when the text parses to a real calendar day, so a wrong
 * guess never replaces what the seller sees. Pure: no clock, no Intl.
 *
 * Formats: 2026-11-24, 2026/11/24, 2026年11月24日 (zh, ja), 24.11.2026 (de),
 * 11/24/2026 (en-US) vs 24/11/2026 (elsewhere), Nov 24, 2026, 24 Nov 2026,
 * 24. November 2026, 24 nov. 2026, 24 de noviembre de 2026 (en, de, fr, es, it).
 */
import type { DateFact, OrderFacts } from './order';

/** Month names and abbreviations, accent-free, lower case; a token matches a name it prefixes (>= 3 letters). */
const MONTHS: readonly (readonly string[])[] = [
  ['january', 'januar', 'janvier', 'enero', 'gennaio'],
  ['february', 'februar', 'fevrier', 'febrero', 'febbraio'],
  ['march', 'marz', 'maerz', 'mars', 'marzo'],
  ['april', 'avril', 'abril', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio'],
  ['june', 'juni', 'juin', 'junio', 'giugno'],
  ['july', 'juli', 'juillet', 'julio', 'luglio'],
  ['august', 'aout', 'agosto'],
  ['september', 'septembre', 'septiembre', 'setiembre', 'settembre'],
  ['october', 'oktober', 'octobre', 'octubre', 'ottobre'],
  ['november', 'novembre', 'noviembre'],
  ['december', 'dezember', 'decembre', 'diciembre', 'dicembre'],
];

export function monthFromName(token: string): number | undefined {
  const word = token.toLowerCase();
  if (word.length < 3) return undefined;
  const index = MONTHS.findIndex((names) => names.some((name) => name.startsWith(word)));
  return index < 0 ? undefined : index + 1;
}

const stripAccents = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFKC');

function isoOf(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  if (day > days[month - 1]!) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** US English writes month first in numeric dates; the rest of the world day first. */
const monthFirst = (lang: string | undefined): boolean => !lang || /^en(-US)?$/i.test(lang);

// Year first (ISO, zh, ja) | day.month.year or m/d/y | "24 Nov 2026" style | "Nov 24, 2026" style.
const DATE =
  /(\d{4})\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})|(\d{1,2})([./-])(\d{1,2})\5(\d{4})|(\d{1,2})\.?\s+(?:de\s+)?(\p{L}{3,})\.?,?\s+(?:de\s+)?(\d{4})|(\p{L}{3,})\.?\s+(\d{1,2}),?\s+(\d{4})/gu;

/** Every date in the text, in reading order, as ISO strings. `lang` is the page's html lang. */
export function parseDates(text: string, lang?: string): string[] {
  const found: string[] = [];
  for (const m of stripAccents(text).matchAll(DATE)) {
    let iso: string | undefined;
    if (m[1]) iso = isoOf(+m[1], +m[2]!, +m[3]!);
    else if (m[4]) {
      const [a, b, year] = [+m[4], +m[6]!, +m[7]!];
      // Dots are day-first everywhere; an impossible month settles the order too.
      const mdy = m[5] !== '.' && (a > 12 ? false : b > 12 ? true : monthFirst(lang));
      iso = mdy ? isoOf(year, a, b) : isoOf(year, b, a);
    } else if (m[8]) {
      const month = monthFromName(m[9]!);
      if (month) iso = isoOf(+m[10]!, month, +m[8]);
    } else if (m[11]) {
      const month = monthFromName(m[11]);
      if (month) iso = isoOf(+m[13]!, month, +m[12]!);
    }
    if (iso) found.push(iso);
  }
  return found;
}

/**
 * A DateFact from page text: the text as shown (whitespace collapsed, capped)
 * and, when it parses, the first date (or the last: the deadline of a range
 * like "Nov 26 to Nov 28, 2026"). Undefined for empty text.
 */
export function dateFact(text: string | null | undefined, lang?: string, pick: 'first' | 'last' = 'first'): DateFact | undefined {
  const shown = (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 100);
  if (!shown) return undefined;
  const dates = parseDates(shown, lang);
  const iso = pick === 'first' ? dates[0] : dates[dates.length - 1];
  return iso ? { text: shown, iso } : { text: shown };
}

/** Which date of a range each fact means: ship-by and deliver-by are deadlines (the last date). */
const PICK = { purchaseDate: 'first', shipBy: 'last', deliverBy: 'last', deliveredAt: 'first' } as const;

/**
 * Facts with an ISO date beside every date text that parses (in the page's
 * language). The page adapter sends the text as shown; the background adds
 * the ISO dates, so the month tables stay out of the content script.
 */
export function withIsoDates(facts: OrderFacts): OrderFacts {
  let out = facts;
  for (const key of Object.keys(PICK) as (keyof typeof PICK)[]) {
    const date = facts[key];
    if (!date || date.iso) continue;
    const parsed = dateFact(date.text, facts.pageLanguage, PICK[key]);
    if (parsed?.iso) out = { ...out, [key]: { text: date.text, iso: parsed.iso } };
  }
  return out;
}
