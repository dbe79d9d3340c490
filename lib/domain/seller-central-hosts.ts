/**
 * The Seller Central hosts and the match patterns built from them, apart from the
 * marketplace table (marketplaces.ts): content scripts carry their `matches` at
 * run time, and the order pages' script is size-bound, so it gets this short list
 * of domain endings rather than every marketplace's id, language and relay domain.
 * tests/unit/marketplaces.test.ts checks both lists name the same hosts.
 */
export const SELLER_CENTRAL_TLDS: readonly string[] = [
  'com', 'ca', 'com.mx', 'com.br', 'co.uk', 'de', 'fr', 'it', 'es', 'ie', 'nl', 'se',
  'pl', 'com.be', 'com.tr', 'eg', 'sa', 'ae', 'in', 'co.za', 'co.jp', 'com.au', 'sg',
]; // prettier-ignore

/** Unified hosts that serve several marketplaces (legacy Europe / Japan). */
export const EXTRA_HOSTS: readonly string[] = ['sellercentral-europe.amazon.com', 'sellercentral-japan.amazon.com'];

export const SELLER_CENTRAL_HOSTS: readonly string[] = [...SELLER_CENTRAL_TLDS.map((tld) => `sellercentral.amazon.${tld}`), ...EXTRA_HOSTS];

/** Manifest match patterns: https only, every Seller Central host. */
export const SELLER_CENTRAL_MATCHES: readonly string[] = SELLER_CENTRAL_HOSTS.map((host) => `https://${host}/*`);

/** The order pages (Manage Orders and Order Details live under /orders-v3). */
export const ORDER_PAGE_MATCHES: readonly string[] = SELLER_CENTRAL_HOSTS.map((host) => `https://${host}/orders-v3*`);
