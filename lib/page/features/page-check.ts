import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fulfillmentFromLabel } from '../../domain/order-labels';
import { pageCheck, type PageCheck } from '../../domain/page-check';
import { sendMessage } from '../../messaging';
import type { PageFeature } from '../feature-registry';
import { factsFromDetails } from '../order-facts';
import { ORDER_PAGE, queryAll, queryFirst } from '../selectors';
import { isOrderDetailsPath } from '../../domain/seller-central-urls';

/** Let the page settle this long after it starts or its URL changes before counting (ms). */
export const SETTLE_MS = 2500;

/** Count what an orders page shows: rows, rows that should name a buyer, buyer names recognised. */
export function countOrdersPage(kind: PageCheck['kind'], root: ParentNode = document): PageCheck {
  if (kind === 'order-details') {
    const facts = factsFromDetails(root);
    const value = queryFirst(root, ORDER_PAGE.detailsBuyerName);
    const named = value && (value.matches('a') || queryFirst(value, ORDER_PAGE.contactLink)) ? 1 : 0;
    const expected = facts && facts.fulfillment !== 'amazon' ? 1 : 0;
    return pageCheck({ kind, structure: Boolean(facts), rows: facts ? 1 : 0, expected, buyerNames: named });
  }
  const table = queryFirst(root, ORDER_PAGE.ordersTable);
  if (!table) {
    // A layout without our table (cards): its Contact Buyer links are the buyer names Parley marks.
    const names = queryAll(root, ORDER_PAGE.contactLink).length;
    return pageCheck({ kind, structure: names > 0, rows: names, expected: names, buyerNames: names });
  }
  const rows = queryAll(table, ORDER_PAGE.orderRow);
  let expected = 0;
  let buyerNames = 0;
  for (const row of rows) {
    if (queryFirst(row, ORDER_PAGE.buyerNameLink)) buyerNames += 1;
    // Fulfilled by Amazon rows may rightly show no buyer link; every other row should.
    // The method may sit in any cell (the customer option, or the order details on the real list).
    if (fulfillmentFromLabel(row.textContent) !== 'amazon') expected += 1;
  }
  return pageCheck({ kind, structure: true, rows: rows.length, expected, buyerNames });
}

/**
 * The orders page self-check: once the page has settled (and again after each
 * single-page navigation), count rows and recognised buyer names and report
 * them with the page kind, so the popup can say "Amazon may have changed the
 * page" instead of showing nothing. Reports only when the result changes.
 */
export const pageCheckFeature: PageFeature = {
  id: 'page-check',
  pages: ['orders-list', 'order-details'],
  init(ctx: ContentScriptContext, signal) {
    const kind: PageCheck['kind'] = isOrderDetailsPath(location.pathname) ? 'order-details' : 'orders-list';
    let last = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = (): void => {
      if (signal.aborted) return;
      const result = countOrdersPage(kind);
      const key = JSON.stringify(result);
      if (key === last) return;
      last = key;
      void sendMessage('orders/report', { facts: [], check: result });
    };
    const schedule = (): void => {
      if (signal.aborted) return; // ctx listeners outlive this page's features
      clearTimeout(timer);
      timer = setTimeout(check, SETTLE_MS);
    };
    // Say at once that this page is being checked, so the popup does not mistake the wait for absence.
    void sendMessage('orders/report', {
      facts: [],
      check: { kind, state: 'checking', rows: 0, expected: 0, buyerNames: 0, structure: false },
    });
    schedule();
    // List tabs, pages and searches change the URL without a page load (and without restarting features).
    ctx.addEventListener(window, 'wxt:locationchange', schedule);
    window.addEventListener('popstate', schedule, { signal });
    signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  },
};
