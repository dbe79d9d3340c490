/**
 * The orders page self-check: after an orders page has loaded, the content
 * script counts what it sees (order rows, rows that should name a buyer, buyer
 * names it recognised) and the popup explains a mismatch instead of silence.
 * Pure: the counting is DOM work in lib/page; deciding what it means is here.
 */
import * as v from 'valibot';

export const PAGE_CHECK_KINDS = ['orders-list', 'order-details'] as const;
export type PageCheckKind = (typeof PAGE_CHECK_KINDS)[number];

export const PAGE_CHECK_STATES = [
  /** The page is still settling; the counts follow shortly. */
  'checking',
  /** Buyer names found where expected (or none expected: FBA-only rows, empty tab). */
  'ok',
  /** Order rows (or an order) shown, but no buyer name Parley recognises. */
  'no-buyer-names',
  /** No order table, or no order on a details page, after the page settled. */
  'no-orders',
] as const;
export type PageCheckState = (typeof PAGE_CHECK_STATES)[number];

const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

export const PageCheckSchema = v.object({
  kind: v.picklist(PAGE_CHECK_KINDS),
  state: v.picklist(PAGE_CHECK_STATES),
  /** Order rows on the list (1 on a details page that shows an order). */
  rows: count,
  /** Rows where a buyer name is expected: every row except those Fulfilled by Amazon. */
  expected: count,
  /** Buyer names Parley recognised (and put a Contact button beside). */
  buyerNames: count,
  /** The order table (list) or the order id (details) was found at all. */
  structure: v.boolean(),
});
export type PageCheck = v.InferOutput<typeof PageCheckSchema>;

export type PageCheckCounts = Omit<PageCheck, 'state'>;

/** What the counts mean. FBA rows legitimately have no buyer link, so they are not expected to. */
export function pageCheckState(c: PageCheckCounts): PageCheckState {
  if (!c.structure) return 'no-orders';
  if (c.expected > 0 && c.buyerNames === 0) return 'no-buyer-names';
  return 'ok';
}

export function pageCheck(c: PageCheckCounts): PageCheck {
  return { ...c, state: pageCheckState(c) };
}
