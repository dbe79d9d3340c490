/**
 * At most this many orders in one review (Manage Orders shows up to 100 a page).
 * Its own module so the order-page content script can use it without bundling
 * the bulk planner (rules check, templates, reasons).
 */
export const BULK_LIMIT = 100;
