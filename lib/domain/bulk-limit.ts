/**
 * At most this many orders in one review: a day's orders for a busy seller
 * (Manage Orders shows up to 100 a page; the selection is kept across pages).
 * Its own module so the order-page content script can use it without bundling
 * the bulk planner (rules check, templates, reasons).
 */
export const BULK_LIMIT = 200;
