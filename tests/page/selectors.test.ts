import { describe, expect, it } from 'vitest';
import { CONTACT_PAGE, INBOX_PAGE, ORDER_PAGE, PERMISSIONS_PAGE, queryAll } from '@/lib/page/selectors';

/** Every selector of every kind of page. */
const SELECTORS = { ...ORDER_PAGE, ...CONTACT_PAGE, ...PERMISSIONS_PAGE, ...INBOX_PAGE };
type SelectorName = keyof typeof SELECTORS;
import { fixtureDocument } from './load-fixture';

/**
 * Every selector and every fallback, with the fixture page it is checked on
 * and how many elements it must find there. Fixtures are the mock's pages
 * (tests/tools/page-fixtures.ts), the same pages with the preferred hooks
 * stripped (*-fallback, *-bare: only the fallback can match), and a
 * hand-written page for shapes the mock never renders (one <section> each).
 */
type Case = readonly [name: SelectorName, index: number, fixture: string, count: number, scope?: string];

const HAND = 'handmade-fallbacks.html';
const CASES: readonly Case[] = [
  ['ordersTable', 0, 'orders-list-en.html', 1],
  ['ordersTable', 1, 'orders-list-fallback.html', 1],
  ['ordersTable', 2, 'orders-list-bare.html', 1],
  ['orderRow', 0, 'orders-list-en.html', 28],
  ['orderRow', 1, 'orders-list-fallback.html', 28],
  ['orderDetailsCell', 0, 'orders-list-en.html', 28],
  ['orderLink', 0, 'orders-list-en.html', 28],
  ['orderLink', 1, 'orders-list-bare.html', 28],
  ['orderStatusCell', 0, 'orders-list-en.html', 28],
  ['orderStatusCell', 1, 'orders-list-fallback.html', 28],
  ['mainStatus', 0, 'orders-list-en.html', 28],
  ['mainStatus', 1, 'orders-list-status-fallback.html', 28],
  ['rowMainStatus', 0, 'orders-list-en.html', 28],
  ['secondaryStatus', 0, 'orders-list-en.html', 28],
  ['productCell', 0, 'orders-list-en.html', 28],
  ['orderDateCell', 0, 'orders-list-en.html', 28],
  ['customerOptionCell', 0, 'orders-list-en.html', 28],
  ['pageSize', 0, 'orders-list-en.html', 1],
  ['pagination', 0, 'orders-list-en.html', 1],
  ['productTitleLink', 0, 'orders-list-en.html', 33],
  ['buyerNameLink', 0, 'orders-list-en.html', 25],
  ['buyerNameLink', 1, 'orders-list-fallback.html', 25],
  ['cardStatus', 0, 'orders-list-en.html', 28],
  ['cardStatus', 1, 'orders-list-cards.html', 28],
  ['cardStatus', 2, HAND, 1, '#card-order-status'],
  ['detailsBuyerName', 0, 'order-details-en.html', 1],
  ['detailsBuyerName', 1, HAND, 1, '#details-buyer-link'],
  ['detailsOrderId', 0, 'order-details-en.html', 1],
  ['detailsPurchaseDate', 0, 'order-details-en.html', 1],
  ['detailsShipBy', 0, 'order-details-en.html', 1],
  ['detailsDeliverBy', 0, 'order-details-en.html', 1],
  ['detailsShippingService', 0, 'order-details-en.html', 1],
  ['detailsFulfillment', 0, 'order-details-en.html', 1],
  ['detailsSalesChannel', 0, 'order-details-en.html', 1],
  ['detailsItemRow', 0, 'order-details-en.html', 1],
  ['detailsItemStatus', 0, 'order-details-en.html', 1],
  ['detailsDeliveredOn', 0, 'order-details-de.html', 1],
  ['detailsItemHeader', 0, 'order-details-en.html', 6],
  ['contactLink', 0, 'order-details-en.html', 1],
  ['contactRoot', 0, 'contact-buyer.html', 1],
  ['contactHeader', 0, 'contact-buyer.html', 1],
  ['contactReason', 0, 'contact-buyer.html', 7],
  ['contactReason', 1, HAND, 2, '#reasons-no-value'],
  ['contactReason', 2, HAND, 3, '#reasons-plain'],
  ['contactLanguage', 0, 'contact-buyer.html', 1],
  ['contactTextArea', 0, 'contact-buyer.html', 1],
  ['contactTextArea', 1, 'contact-buyer-fallback.html', 1],
  ['contactTextArea', 2, HAND, 1, '#textbox-plain'],
  ['contactTextArea', 3, HAND, 1, '#textbox-form'],
  // kat-textarea's shadow root content (static fixtures cannot hold live shadow roots).
  ['contactTextAreaInner', 0, HAND, 1, '#textarea-part'],
  ['contactTextAreaInner', 1, HAND, 1, '#textarea-plain'],
  ['contactFileInput', 0, 'contact-buyer.html', 1],
  ['contactFileInput', 1, 'contact-buyer-files-fallback.html', 1],
  ['contactFileInput', 2, HAND, 1, '#file-input-form'],
  ['attachedFileName', 0, 'contact-buyer-files.html', 2],
  ['attachedFileName', 1, 'contact-buyer-files-fallback.html', 2],
  ['contactFileError', 0, 'contact-buyer-file-error.html', 1],
  ['contactFileError', 1, HAND, 1, '#file-error-other'],
  ['contactSend', 0, 'contact-buyer.html', 1],
  ['contactSend', 1, 'contact-buyer-fallback.html', 1],
  ['contactSend', 2, HAND, 1, '#send-de'],
  ['contactSuccess', 0, 'contact-buyer-sent.html', 1],
  ['contactError', 0, 'contact-buyer-not-found.html', 1],
  ['contactError', 1, 'contact-buyer-not-found-fallback.html', 1],
  ['contactError', 2, HAND, 1, '#contact-error-old'],
  ['contactCanceledNotice', 0, 'contact-buyer-canceled.html', 1],
  ['contactCanceledNotice', 1, 'contact-buyer-canceled-fallback.html', 1],
  ['contactReviewDialog', 0, 'contact-buyer-review.html', 1],
  ['contactReviewDialog', 1, 'contact-buyer-review-fallback.html', 1],
  ['contactReviewConfirm', 0, 'contact-buyer-review.html', 1],
  ['contactReviewConfirm', 1, 'contact-buyer-review-fallback.html', 1],
  ['contactReviewDialog', 2, 'contact-buyer-review-dialog.html', 1],
  ['contactReviewConfirm', 2, 'contact-buyer-review-dialog.html', 1, 'div[role="dialog"]'],
  ['contactReviewConfirm', 3, HAND, 1, '#review-dialog-de'],
  ['contactInterstitial', 0, HAND, 1, '#interstitial'],
  ['contactInterstitial', 1, HAND, 1, '#interstitial-other'],
  ['relayAddress', 0, 'contact-buyer.html', 1],
  ['relayAddress', 1, HAND, 1, '#relay-to-field'],
  ['relayAddress', 2, HAND, 1, '#relay-mailto'],
  ['permissionsRoot', 0, 'messaging-permissions-table.html', 1],
  ['permissionsRoot', 1, 'messaging-permissions-fallback.html', 1],
  ['permissionRow', 0, 'messaging-permissions-table.html', 4],
  ['permissionRow', 1, HAND, 2, '#permission-rows'],
  ['permissionRow', 2, 'messaging-permissions-fallback.html', 4],
  ['permissionItem', 0, 'messaging-permissions-table.html', 4],
  ['permissionItem', 1, 'messaging-permissions-fallback.html', 5],
  ['permissionItem', 2, 'messaging-permissions.html', 4],
  ['permissionItem', 3, HAND, 2, '#permission-listitems'],
  ['permissionEmail', 0, 'messaging-permissions-table.html', 4],
  ['permissionEmail', 1, 'messaging-permissions-fallback.html', 4],
  ['permissionStatus', 0, 'messaging-permissions-table.html', 4],
  ['permissionStatus', 1, 'messaging-permissions-fallback.html', 4],
  ['replyBox', 0, 'inbox-response-needed.html', 1],
  ['replyBox', 1, HAND, 1, '#reply-kat-outside'],
  ['replyBox', 2, 'inbox-plain.html', 1],
  ['replyBox', 3, HAND, 1, '#reply-plain-outside'],
  ['thread', 0, 'inbox-response-needed.html', 1],
  ['thread', 1, 'inbox-fallback.html', 1],
  ['thread', 2, HAND, 1, '#thread-main'],
  ['threadBuyerName', 0, 'inbox-response-needed.html', 1],
  ['threadBuyerName', 1, HAND, 1, '#thread-h2'],
  ['threadOrderLink', 0, 'inbox-response-needed.html', 1],
  ['statusLabel', 0, 'inbox-response-needed.html', 3],
  ['statusLabel', 1, HAND, 1, '#status-label-other'],
  ['threadItem', 0, 'inbox-response-needed.html', 4],
  ['threadItem', 1, HAND, 2, '#thread-listitems'],
  ['threadItem', 2, HAND, 2, '#thread-rows'],
];

const docs = new Map<string, Document>();
function rootOf(fixture: string, scope?: string): ParentNode {
  let doc = docs.get(fixture);
  if (!doc) docs.set(fixture, (doc = fixtureDocument(fixture)));
  if (!scope) return doc;
  const section = doc.querySelector(scope);
  if (!section) throw new Error(`${fixture} has no ${scope}`);
  return section;
}

describe('selectors', () => {
  it('every selector and every fallback has a fixture case', () => {
    const all = Object.entries(SELECTORS).flatMap(([name, list]) => list.map((_, i) => `${name}[${i}]`));
    const covered = new Set(CASES.map(([name, i]) => `${name}[${i}]`));
    expect(all.filter((key) => !covered.has(key))).toEqual([]);
    expect(CASES.filter(([name, i]) => SELECTORS[name][i] === undefined)).toEqual([]);
  });

  // vitest spreads each tuple into the arguments; gather them back into a Case.
  it.each(CASES)('%s[%i] finds its elements on %s', (...args) => {
    const [name, index, fixture, count, scope] = args as unknown as Case;
    const selector = SELECTORS[name][index]!;
    expect(rootOf(fixture, scope).querySelectorAll(selector).length).toBe(count);
  });

  it.each(CASES.filter(([, index]) => index > 0))('%s[%i] is what matches on %s: the earlier ones do not', (...args) => {
    const [name, index, fixture, count, scope] = args as unknown as Case;
    const root = rootOf(fixture, scope);
    for (const earlier of SELECTORS[name].slice(0, index)) expect(root.querySelectorAll(earlier).length, earlier).toBe(0);
    expect(queryAll(root, SELECTORS[name])).toHaveLength(count);
  });
});
