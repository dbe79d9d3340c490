/**
 * Template variables: `{{name}}` placeholders filled from the order's facts and
 * the seller's settings. This module defines the set and parses bodies into
 * text and variable tokens with their positions; ./template-render fills them.
 *
 * Syntax: `{{` optional spaces, a name (no spaces or braces), optional spaces,
 * `}}`. Names are case-insensitive (`{{ Order_ID }}` is `order_id`). Any other
 * `{{` is malformed (`{{order id}}`, `{{`, `{{{x}}}`): reported, never guessed.
 *
 * | variable             | value (empty = unfilled)                                     |
 * |----------------------|--------------------------------------------------------------|
 * | buyer_first_name     | first word of the buyer's name                               |
 * | buyer_name           | buyer's name as the page shows it                            |
 * | order_id             | Amazon order id                                              |
 * | product_title        | title of the first item                                      |
 * | product_titles       | titles of all items, joined with ', ' ('、' in zh and ja)     |
 * | asin                 | ASIN of the first item                                       |
 * | sku                  | SKU of the first item                                        |
 * | quantity             | quantity of the first item                                   |
 * | purchase_date        | purchase date, formatted in the template's language          |
 * | ship_by              | ship-by date, formatted likewise                             |
 * | deliver_by           | deliver-by date, formatted likewise                          |
 * | delivered_on         | delivery date, formatted likewise                            |
 * | marketplace          | the marketplace's storefront, e.g. Amazon.de                 |
 * | seller_name          | the seller's name from Parley's settings                     |
 */

export const VARIABLE_NAMES = [
  'buyer_first_name',
  'buyer_name',
  'order_id',
  'product_title',
  'product_titles',
  'asin',
  'sku',
  'quantity',
  'purchase_date',
  'ship_by',
  'deliver_by',
  'delivered_on',
  'marketplace',
  'seller_name',
] as const;
export type VariableName = (typeof VARIABLE_NAMES)[number];

/** Where a variable's value comes from: the order's facts, or Parley's settings. */
export const VARIABLE_SOURCES: Readonly<Record<VariableName, 'order' | 'settings'>> = {
  buyer_first_name: 'order',
  buyer_name: 'order',
  order_id: 'order',
  product_title: 'order',
  product_titles: 'order',
  asin: 'order',
  sku: 'order',
  quantity: 'order',
  purchase_date: 'order',
  ship_by: 'order',
  deliver_by: 'order',
  delivered_on: 'order',
  marketplace: 'order',
  seller_name: 'settings',
};

export const isVariableName = (s: unknown): s is VariableName => typeof s === 'string' && (VARIABLE_NAMES as readonly string[]).includes(s);

/** The placeholder text for a variable, for inserting at the cursor: `{{order_id}}`. */
export const placeholder = (name: VariableName): string => `{{${name}}}`;

/** A range of a body in UTF-16 code units (what JS string indices and textarea selections use); end exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** One `{{…}}` occurrence. */
export interface Var extends Span {
  /** Canonical lower-case name when known, else the name as written. */
  name: string;
  /** The exact text of the occurrence, braces and spaces included. */
  raw: string;
  known: boolean;
}

/** A `{{` that does not open a well-formed variable. */
export interface Malformed extends Span {
  raw: string;
}

export type Token =
  ({ kind: 'text'; text: string } & Span) | ({ kind: 'var'; variable: Var } & Span) | ({ kind: 'malformed'; malformed: Malformed } & Span);

export interface ParsedBody {
  /** The whole body, in order, as text, variables and malformed pieces. */
  tokens: Token[];
  /** Every variable occurrence, known or not, in order. */
  variables: Var[];
  /** Occurrences of names that are not variables. */
  unknown: Var[];
  malformed: Malformed[];
}

// Spaces around the name may be any whitespace except line breaks (IMEs insert U+3000).
const VARIABLE_AT = /\{\{[^\S\r\n]*([^\s{}]+)[^\S\r\n]*\}\}/y;

/** Where a malformed `{{` at `at` ends: its `}}` on the same line before the next `{{`, else just the `{{`. */
function malformedEnd(body: string, at: number): number {
  const close = body.indexOf('}}', at + 2);
  if (close === -1) return at + 2;
  const nextOpen = body.indexOf('{{', at + 2);
  const between = body.slice(at + 2, close);
  if ((nextOpen !== -1 && nextOpen < close) || /[\r\n]/.test(between)) return at + 2;
  return close + 2;
}

/** Splits a body into text, variables and malformed pieces. Never throws. */
export function parseBody(body: string): ParsedBody {
  const tokens: Token[] = [];
  const variables: Var[] = [];
  const malformed: Malformed[] = [];
  let textStart = 0;
  const flushText = (end: number) => {
    if (end > textStart) tokens.push({ kind: 'text', text: body.slice(textStart, end), start: textStart, end });
  };
  let open = body.indexOf('{{');
  while (open !== -1) {
    VARIABLE_AT.lastIndex = open;
    const m = VARIABLE_AT.exec(body);
    flushText(open);
    if (m) {
      const end = open + m[0].length;
      const written = m[1] ?? '';
      const lower = written.toLowerCase();
      const known = isVariableName(lower);
      const variable: Var = { name: known ? lower : written, raw: m[0], start: open, end, known };
      variables.push(variable);
      tokens.push({ kind: 'var', variable, start: open, end });
      textStart = end;
    } else {
      const end = malformedEnd(body, open);
      const bad: Malformed = { raw: body.slice(open, end), start: open, end };
      malformed.push(bad);
      tokens.push({ kind: 'malformed', malformed: bad, start: open, end });
      textStart = end;
    }
    open = body.indexOf('{{', textStart);
  }
  flushText(body.length);
  return { tokens, variables, unknown: variables.filter((x) => !x.known), malformed };
}

/** Distinct names of some occurrences, in first-seen order (for "unknown: {{a}}, {{b}}" notes). */
export function distinctNames(vars: readonly Var[]): string[] {
  return [...new Set(vars.map((x) => x.name))];
}
