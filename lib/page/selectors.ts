/**
 * Every Seller Central selector Parley uses, in one place. Each entry is a list
 * tried in order: data-test-id first, then kat-* elements, then URL patterns of
 * links, then structure; never hashed class names. Each selector and fallback
 * has a fixture page and an expected count (tests/page/selectors.test.ts).
 * Source: ../shared/seller-central.md; drift goes here, nowhere else.
 * One object per kind of page, so each content script carries only the
 * selectors of the pages it runs on (the order pages' script is size-bound).
 */
export type SelectorList = readonly string[];

/** Manage Orders (list) and Order Details: what the order pages' content script needs. */
export const ORDER_PAGE = {
  // -- Manage Orders list --
  ordersTable: ['#orders-table', '.myo-table-container table', '#MYO-app table'],
  orderRow: ['#orders-table tbody > tr', '.myo-table-container tbody > tr'],
  orderDetailsCell: ['td[data-test-id="oth-order-details"]'],
  orderLink: ['[data-test-id="oth-order-details"] .cell-body-title a', 'a[href*="/orders-v3/order/"]'],
  orderStatusCell: ['td[data-test-id="oth-order-status"]', '.order-status-column'],
  mainStatus: ['.order-status-column .main-status', '[data-test-id="oth-order-status"] .main-status'],
  /**
   * The status label within ONE row (row.querySelector): the column qualifier is
   * implied there, and leaving it out keeps the scoped query on Blink's fast path
   * (with the descendant combinator it was 15x slower on 2000-row pages).
   */
  rowMainStatus: ['.main-status'],
  secondaryStatus: ['.order-status-column .secondary-status'],
  productCell: ['td[data-test-id="oth-product-info"]'],
  orderDateCell: ['td[data-test-id="oth-order-date"]'],
  customerOptionCell: ['td[data-test-id="oth-customer-option"]'],
  pageSize: ['select[name="myo-table-results-per-page"]'],
  pagination: ['.pagination-controls .a-pagination'],
  /** Product title links (to the product page /dp/{ASIN}) in a product cell or items table: one per item. */
  productTitleLink: ['a[href*="/dp/"]'],

  // -- Buyer names (list and details) --
  buyerNameLink: [
    // Tag-qualified: a bare attribute selector is tried on every element of a 2000-row table.
    'a[data-test-id="buyer-name-with-link"]',
    'a[href*="/messaging/contact?"]',
  ],
  /** A status label in an order card without our table (order-card.ts): the table's class, else any status-named label. */
  cardStatus: ['.main-status', '[class*="status-label"]', '[class*="order-status"]'],
  detailsBuyerName: ['[data-test-id="shipping-section-contact-buyer-value"]', '[data-test-id="buyer-name-with-link"]'],

  // -- Order details --
  detailsOrderId: ['span[data-test-id="order-id-value"]'],
  detailsPurchaseDate: ['[data-test-id="order-summary-purchase-date-value"]'],
  detailsShipBy: ['[data-test-id="order-summary-shipby-value"]'],
  detailsDeliverBy: ['[data-test-id="order-summary-deliverby-value"]'],
  detailsShippingService: ['[data-test-id="order-summary-shipping-service-value"]'],
  detailsFulfillment: ['[data-test-id="order-summary-fulfillment-channel-value"]'],
  detailsSalesChannel: ['[data-test-id="order-summary-sales-channel-value"]'],
  detailsItemRow: ['table.a-keyvalue tbody tr'],
  detailsItemStatus: ['[data-test-id="item-status-label"]'],
  /** Shown once the order was delivered. */
  detailsDeliveredOn: ['[data-test-id="order-summary-delivered-date-value"]'],
  /** Column headers of the items table: the quantity column is found by its label. */
  detailsItemHeader: ['table.a-keyvalue thead th'],
  /** A Contact Buyer link (the buyer name inside the details' contact value, or anywhere). */
  contactLink: ['a[href*="/messaging/contact?"]'],
} as const satisfies Record<string, SelectorList>;

/** Contact Buyer, and the buyer's messages pages (the relay address). */
export const CONTACT_PAGE = {
  contactRoot: ['#ayb-contact-buyer'],
  contactHeader: ['.ayb-contact-buyer-header h2'],
  /** Reasons: Katal radios (with or without a value), else plain radios of the form. Matched by label (reason-labels.ts). */
  contactReason: ['kat-radiobutton[value]', 'kat-radiobutton', '#ayb-contact-buyer input[type="radio"]'],
  contactLanguage: ['kat-tooltip kat-label'],
  /** The message box: Katal's (its textarea is in the shadow root), else a plain textarea of the form. */
  contactTextArea: ['.contact-buyer-text-area kat-textarea', 'kat-textarea', '#ayb-contact-buyer textarea', 'form textarea'],
  /** Inside kat-textarea's open shadow root. */
  contactTextAreaInner: ['textarea[part="textarea"]', 'textarea'],
  contactFileInput: ['div.contact-buyer-file-input input[type="file"]', '#ayb-contact-buyer input[type="file"]', 'form input[type="file"]'],
  /** A file the page lists as attached (the real page's chips), by its name. */
  attachedFileName: ['.file-attachment-chip-file-name', '.file-attachment-list li'],
  /** The page refusing a file (too large, a kind it does not take). */
  contactFileError: ['.contact-buyer-file-input [role="alert"]:not([hidden])', '.file-attachment-error'],
  /** The page's Send, outside the form. A bare label match may also hit the review dialog's own Send: see mainSend(). */
  contactSend: ['kat-button.ayb-contact-form-send-button', 'kat-button[label="Send"]', 'kat-button[variant="primary"]'],
  contactSuccess: ['.kat-alert-success-content'],
  /** The page's own error after Send (or when the order cannot be contacted). */
  contactError: ['.kat-alert-danger-content', 'kat-alert[variant="danger"]', '.kat-alert-error-content'],
  /** Canceled orders: no form, a notice to use Customer Service's Contact Us form instead. */
  contactCanceledNotice: ['.ayb-canceled-notice', 'kat-alert[variant="warning"]'],
  /** The review dialog shown on Send when the buyer's language differs from the page's. */
  contactReviewDialog: ['kat-modal.ayb-language-review', 'kat-modal[visible]', 'div[role="dialog"]'],
  /** Inside the dialog: its confirming Send (the real page's is a bare kat-button[label="Send"]). */
  contactReviewConfirm: [
    'kat-button.ayb-review-confirm',
    'kat-modal [slot="footer"][variant="primary"]',
    'kat-button[label="Send"]',
    'kat-button[variant="primary"]',
  ],
  /** A question before the form, seen on the real site: "YES, contact the original buyer" (it only leads to the form). */
  contactInterstitial: ['input[value="YES, contact the original buyer"]', 'input[type="submit"][value^="YES"]'],
  /** The encrypted relay address in the To field (Contact Buyer / messages pages). */
  relayAddress: ['[data-test-id="buyer-email-address"]', '[data-test-id="to-field"]', 'a[href^="mailto:"][href*="@marketplace.amazon."]'],
} as const satisfies Record<string, SelectorList>;

/** Messaging Permissions (the approved sender addresses). */
export const PERMISSIONS_PAGE = {
  permissionsRoot: ['[data-test-id="messaging-permissions"]', '#messaging-permissions'],
  /** One approved / blocked address per row (the mock and the 2024 page); structure as the fallback. */
  permissionRow: [
    'tr[data-test-id="permission-row"]',
    '[data-test-id="messaging-permissions"] tbody > tr',
    '#messaging-permissions tbody > tr',
  ],
  /** What may hold one address on any layout: table rows, else list items (read by meaning, permissions-read.ts). */
  permissionItem: ['tr[data-test-id="permission-row"]', 'tr', 'li', '[role="listitem"]'],
  permissionEmail: ['td[data-test-id="permission-email"]', 'td:first-child'],
  permissionStatus: ['td[data-test-id="permission-status"]', 'td:nth-child(2)'],
} as const satisfies Record<string, SelectorList>;

/**
 * Buyer-Seller Messages (the inbox). The reply box's markup is unverified on the
 * real site (seller-central.md): Katal's kat-textarea or a plain textarea, found
 * in the thread first, anywhere on the page last. Threads needing a response
 * are found by their status label, else by its words (inbox-threads.ts).
 */
export const INBOX_PAGE = {
  replyBox: ['[data-test-id="bsm-thread"] kat-textarea', 'kat-textarea', '[data-test-id="bsm-thread"] textarea', 'textarea'],
  /** The thread shown: where its order and buyer are read. */
  thread: ['[data-test-id="bsm-thread"]', '.bsm-thread', 'main'],
  /** The buyer's name heading the thread. */
  threadBuyerName: ['.bsm-thread-buyer-name', '[data-test-id="bsm-thread"] h2'],
  /** A link to the thread's order (Order Details). */
  threadOrderLink: ['a[href*="/orders-v3/order/"]'],
  /** "Response needed" on a thread of the list (the real page's case-status-label). */
  statusLabel: ['.case-status-label', '[class*="status-label"]'],
  /** One thread of the list, around its status label (closest()). */
  threadItem: ['li', '[role="listitem"]', 'tr'],
} as const satisfies Record<string, SelectorList>;

export type ContactSelectorName = keyof typeof CONTACT_PAGE;

/** The first element matched by the first selector of the list that matches anything. */
export function queryFirst<E extends Element = Element>(root: ParentNode, selectors: SelectorList): E | null {
  for (const selector of selectors) {
    const found = root.querySelector<E>(selector);
    if (found) return found;
  }
  return null;
}

/** All elements matched by the first selector of the list that matches anything. */
export function queryAll<E extends Element = Element>(root: ParentNode, selectors: SelectorList): E[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll<E>(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** Dialogs of the Contact Buyer page (the language review): their buttons are never the page's own Send. */
const IN_DIALOG = 'kat-modal, [role="dialog"]';

/** The page's Send button: the first match of contactSend that is not inside a dialog. */
export function mainSend(root: ParentNode): Element | null {
  for (const selector of CONTACT_PAGE.contactSend) {
    const found = [...root.querySelectorAll(selector)].find((el) => !el.closest(IN_DIALOG));
    if (found) return found;
  }
  return null;
}

/** One CSS selector list matching any fallback, for observe() and closest(). */
export function anyOf(selectors: SelectorList): string {
  return selectors.join(', ');
}
