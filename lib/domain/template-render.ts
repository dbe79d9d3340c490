/**
 * Fills a template body with one order's values. Values are inserted as plain
 * text in a single pass over the parsed body, so a value that itself contains
 * `{{order_id}}` (a hostile buyer name, a product title) is never expanded.
 * Unknown, unfilled and malformed placeholders stay in the text as written and
 * are reported: each of them blocks sending until the seller fixes it.
 */
import { isoToDayNumber } from './day-count';
import { dateFormat } from './intl-formats';
import { buyerLanguageFor, marketplaceOf, pickBody, primaryLanguage, type PickedBody } from './language';
import type { Marketplace } from './marketplaces';
import { buyerFirstName, type DateFact, type OrderFacts } from './order';
import type { Template } from './templates';
import { parseBody, type Malformed, type Var, type VariableName } from './variables';

export interface RenderSettings {
  /** The seller's name for {{seller_name}} (from Parley's settings). */
  sellerName?: string;
  /** The language of the body being rendered: formats dates and joins lists. Default 'en'. */
  lang?: string;
  /** Marketplace table to resolve {{marketplace}} (default: all known marketplaces). */
  marketplaces?: readonly Marketplace[];
}

/** Values per variable; a missing or blank value means "unfilled". */
export type VariableValues = Partial<Record<VariableName, string>>;

export interface RenderResult {
  /** The body with every known, filled variable replaced; everything else as written. */
  text: string;
  /** Occurrences of names that are not variables. */
  unknown: Var[];
  /** Occurrences of known variables that have no value for this order (e.g. no deliver-by date). */
  unfilled: Var[];
  /** `{{` that do not open a variable. */
  malformed: Malformed[];
  /** True when nothing is unknown, unfilled or malformed: the text may be sent. */
  complete: boolean;
}

const DAY_MS = 86_400_000;
const LONG_DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };

/** A page date in the body's language (from the ISO date when known), else the page's text. */
export function formatDateFact(fact: DateFact | undefined, lang = 'en'): string | undefined {
  const day = isoToDayNumber(fact?.iso);
  if (day !== undefined) {
    return dateFormat(lang, LONG_DATE).format(new Date(day * DAY_MS));
  }
  return clean(fact?.text);
}

/** The storefront name for a marketplace: marketplace.amazon.co.uk -> Amazon.co.uk. */
export function storefrontName(mp: Marketplace): string {
  return `Amazon.${mp.relayDomain.replace(/^marketplace\.amazon\./, '')}`;
}

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Every variable's value for an order; absent keys are unfilled. */
export function variableValues(facts: OrderFacts, settings: RenderSettings = {}): VariableValues {
  const lang = primaryLanguage(settings.lang) ?? 'en';
  const first = facts.items[0];
  const titles = facts.items.map((i) => clean(i.title)).filter((t): t is string => t !== undefined);
  const joiner = lang === 'zh' || lang === 'ja' ? '、' : ', ';
  const mp = marketplaceOf(facts, settings.marketplaces);
  const entries: [VariableName, string | undefined][] = [
    ['buyer_first_name', buyerFirstName(facts)],
    ['buyer_name', clean(facts.buyerName)],
    ['order_id', clean(facts.orderId)],
    ['product_title', clean(first?.title)],
    ['product_titles', titles.length ? titles.join(joiner) : undefined],
    ['asin', clean(first?.asin)],
    ['sku', clean(first?.sku)],
    ['quantity', first ? String(first.quantity) : undefined],
    ['purchase_date', formatDateFact(facts.purchaseDate, lang)],
    ['ship_by', formatDateFact(facts.shipBy, lang)],
    ['deliver_by', formatDateFact(facts.deliverBy, lang)],
    ['delivered_on', formatDateFact(facts.deliveredAt, lang)],
    ['marketplace', mp ? storefrontName(mp) : undefined],
    ['seller_name', clean(settings.sellerName)],
  ];
  const values: VariableValues = {};
  for (const [name, value] of entries) if (value !== undefined) values[name] = value;
  return values;
}

/** Fills a body from ready values (previews with sample values use this too). */
export function renderWithValues(body: string, values: VariableValues): RenderResult {
  const parsed = parseBody(body);
  const unfilled: Var[] = [];
  let text = '';
  for (const token of parsed.tokens) {
    if (token.kind === 'text') text += token.text;
    else if (token.kind === 'malformed') text += token.malformed.raw;
    else {
      const v = token.variable;
      const value = v.known ? clean(values[v.name as VariableName]) : undefined;
      if (v.known && value === undefined) unfilled.push(v);
      // Concatenation, not String.replace: `$&` and friends in a value stay literal.
      text += value ?? v.raw;
    }
  }
  const complete = parsed.unknown.length === 0 && unfilled.length === 0 && parsed.malformed.length === 0;
  return { text, unknown: parsed.unknown, unfilled, malformed: parsed.malformed, complete };
}

/** Fills a body with an order's facts and the seller's settings. Never throws. */
export function render(body: string, facts: OrderFacts, settings: RenderSettings = {}): RenderResult {
  return renderWithValues(body, variableValues(facts, settings));
}

export interface RenderedTemplate extends RenderResult, Omit<PickedBody, 'body'> {
  /** The body as written (before filling), for editing. */
  body: string;
}

/**
 * The composer's one call: picks the body for `settings.lang` (default: the
 * language the buyer most likely reads, see buyerLanguageFor), then renders it
 * with dates and lists in that body's language. `fallback` and `wanted` tell
 * the UI to show its "not in the buyer's language" note.
 */
export function renderTemplate(template: Pick<Template, 'bodies'>, facts: OrderFacts, settings: RenderSettings = {}): RenderedTemplate {
  const wanted = settings.lang ?? buyerLanguageFor(facts, settings.marketplaces)?.lang;
  const picked = pickBody(template, wanted);
  return { ...picked, ...render(picked.body, facts, { ...settings, lang: picked.lang }) };
}
