/**
 * The page adapter: OrderFacts from a Manage Orders row or from the Order
 * Details page. Only reads the DOM (through lib/page/selectors.ts); what the
 * labels mean is decided in lib/domain: fulfilment and item fields here, the
 * status and ISO dates by the background (order-complete.ts), to keep the
 * content script small. Facts leave here already within the
 * schema's limits, so the background's validation refuses only real damage.
 */
import { isOrderId, type DateFact, type OrderFacts } from '../domain/order';
import { fulfillmentFromLabel, itemFieldOf } from '../domain/order-labels';
import { clean, itemFromBlock, itemsIn, marketplaceIdOf, sameOriginPath, textLines } from './order-facts-text';
import { ORDER_PAGE, queryAll, queryFirst } from './selectors';
import { orderIdOfDetailsPath } from '../domain/seller-central-urls';

export const BUYER_NAME_MAX = 400;

const pageLanguage = (): string | undefined => clean(document.documentElement.lang, 20) || undefined;

// No URL parsing, no decoding (order ids are plain): this runs for every buyer link on the insertion path.
const ORDER_IN_HREF = /(?:[?&][oO]rderI[dD]=|\/orders-v3\/order\/)((?:\d{3}|D\d{2})-\d{7}-\d{7})(?=[&#/?]|$)/;

/** The order id a link points at: /orders-v3/order/{id} or ?orderID={id}. */
export function orderIdOfLink(link: Element | null): string | undefined {
  const href = link?.getAttribute('href');
  if (!href) return undefined;
  // The usual shape, ?orderID=123-1234567-1234567, by position; anything else by the regex.
  const at = href.indexOf('orderID=');
  if (at > 0) {
    const id = href.slice(at + 8, at + 27);
    const end = href.charCodeAt(at + 27);
    if (isOrderId(id) && (Number.isNaN(end) || end === 38 /* & */ || end === 35) /* # */) return id;
  }
  return ORDER_IN_HREF.exec(href)?.[1];
}

export function base(
  orderId: string,
  source: OrderFacts['source'],
): Pick<OrderFacts, 'orderId' | 'host' | 'source' | 'seenAt' | 'pageLanguage'> {
  const lang = pageLanguage();
  return { orderId, host: clean(location.hostname, 100), source, seenAt: Date.now(), ...(lang ? { pageLanguage: lang } : {}) };
}

/**
 * Put a date in the facts, as the page shows it, when there is one. The ISO
 * date is added by the background (lib/domain/order-dates.ts withIsoDates):
 * the month-name tables need not ride in every page's content script.
 */
function withDate(facts: Record<string, unknown>, key: string, text: string | null | undefined): void {
  const shown = clean(text, 100);
  if (shown) facts[key] = { text: shown } satisfies DateFact;
}

/**
 * The fulfilment method: under the customer option (our first mock) or in the
 * order-details cell (the real list), else anywhere in the row.
 */
function fulfilmentOfRow(row: Element): OrderFacts['fulfillment'] {
  for (const cell of [queryFirst(row, ORDER_PAGE.customerOptionCell), queryFirst(row, ORDER_PAGE.orderDetailsCell), row]) {
    const found = cell ? fulfillmentFromLabel(cell.textContent) : 'unknown';
    if (found !== 'unknown') return found;
  }
  return 'unknown';
}

/**
 * The purchase date as the order date cell shows it. The real list opens the cell
 * with a relative date ("3 days ago", its .cell-body-title): that line is skipped.
 * Without the class, the first two lines go (the background finds the calendar
 * date among them, lib/domain/order-dates.ts; a relative line parses to nothing).
 */
function purchaseDateText(row: Element): string | undefined {
  const cell = queryFirst(row, ORDER_PAGE.orderDateCell);
  const lines = textLines(cell ?? row);
  // Without the cell, the row's first title is still the date column's (it comes first).
  const relative = (cell ?? row).querySelector('.cell-body-title');
  if (relative && lines[0] === clean(relative.textContent, 200)) lines.shift();
  return lines.slice(0, relative ? 1 : 2).join(' · ') || undefined;
}

/** Facts of one Manage Orders row; undefined when the row names no valid order id. */
export function factsFromRow(row: Element): OrderFacts | undefined {
  const buyerLink = queryFirst(row, ORDER_PAGE.buyerNameLink);
  const orderId = orderIdOfLink(queryFirst(row, ORDER_PAGE.orderLink)) ?? orderIdOfLink(buyerLink);
  if (!orderId) return undefined;
  const statusLabel = clean(queryFirst(row, ORDER_PAGE.rowMainStatus)?.textContent, 200);
  // The background reads the status from the label (lib/domain/order-complete.ts).
  const status = 'unknown';
  // Without the cells' data-test-ids, the whole row still holds the same text in the same order.
  const facts: Record<string, unknown> = {
    ...base(orderId, 'list'),
    status,
    fulfillment: fulfilmentOfRow(row),
    items: itemsIn(queryFirst(row, ORDER_PAGE.productCell) ?? row),
  };
  if (statusLabel) facts.statusLabel = statusLabel;
  const marketplaceId = marketplaceIdOf(buyerLink);
  if (marketplaceId) facts.marketplaceId = marketplaceId;
  if (buyerLink) {
    const name = clean(buyerLink.textContent, BUYER_NAME_MAX);
    if (name) facts.buyerName = name;
    const contactUrl = sameOriginPath(buyerLink);
    if (contactUrl) facts.contactUrl = contactUrl;
  }
  // The order date column comes first: without its cell, the row's first date is the purchase date.
  withDate(facts, 'purchaseDate', purchaseDateText(row));
  // "Ship by …", "Delivered …", "In transit, deliver by …" under the status: which date it is,
  // the background reads (lib/domain/order-complete.ts).
  const note = clean(queryFirst(row, ORDER_PAGE.secondaryStatus)?.textContent, 200);
  if (note) facts.statusNote = note;
  return facts as OrderFacts;
}

/** The column of the items table whose header is the quantity label. */
function quantityColumn(root: ParentNode): number {
  return queryAll(root, ORDER_PAGE.detailsItemHeader).findIndex((th) => itemFieldOf(th.textContent ?? '') === 'quantity');
}

/** Facts of the order on an Order Details page; undefined when no valid order id is shown. */
export function factsFromDetails(root: ParentNode = document): OrderFacts | undefined {
  const idText = clean(queryFirst(root, ORDER_PAGE.detailsOrderId)?.textContent, 40);
  const fromPath = orderIdOfDetailsPath(location.pathname);
  const orderId = isOrderId(idText) ? idText : fromPath && isOrderId(fromPath) ? fromPath : undefined;
  if (!orderId) return undefined;
  const value = queryFirst(root, ORDER_PAGE.detailsBuyerName);
  const contact = value?.matches('a') ? value : value ? queryFirst(value, ORDER_PAGE.contactLink) : null;
  const statusLabel = clean(queryFirst(root, ORDER_PAGE.detailsItemStatus)?.textContent, 200);
  const qty = quantityColumn(root);
  const items = queryAll(root, ORDER_PAGE.detailsItemRow)
    .slice(0, 200)
    .flatMap((tr) => {
      const link = queryFirst(tr, ORDER_PAGE.productTitleLink);
      if (!link) return [];
      const cell = link.closest('td') ?? tr;
      const quantity = qty >= 0 ? (tr as HTMLTableRowElement).cells?.[qty]?.textContent : undefined;
      return [itemFromBlock(cell, link, quantity)];
    });
  const facts: Record<string, unknown> = {
    ...base(orderId, 'details'),
    status: 'unknown', // read from statusLabel by the background
    fulfillment: fulfillmentFromLabel(queryFirst(root, ORDER_PAGE.detailsFulfillment)?.textContent),
    items,
  };
  if (statusLabel) facts.statusLabel = statusLabel;
  const marketplaceId = marketplaceIdOf(contact);
  if (marketplaceId) facts.marketplaceId = marketplaceId;
  const name = clean(value?.textContent, BUYER_NAME_MAX);
  if (name) facts.buyerName = name;
  const contactUrl = sameOriginPath(contact);
  if (contactUrl) facts.contactUrl = contactUrl;
  withDate(facts, 'purchaseDate', queryFirst(root, ORDER_PAGE.detailsPurchaseDate)?.textContent);
  withDate(facts, 'shipBy', queryFirst(root, ORDER_PAGE.detailsShipBy)?.textContent);
  withDate(facts, 'deliverBy', queryFirst(root, ORDER_PAGE.detailsDeliverBy)?.textContent);
  withDate(facts, 'deliveredAt', queryFirst(root, ORDER_PAGE.detailsDeliveredOn)?.textContent);
  return facts as OrderFacts;
}
