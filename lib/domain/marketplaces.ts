/**
 * Amazon marketplaces Parley knows: Seller Central host, marketplace id, the
 * buyer-facing language Amazon uses there, and the encrypted-address domain.
 * Source: ../shared/seller-central.md. Pure data, no browser imports.
 */
// The host lists live apart, so content scripts need not carry this table (seller-central-hosts.ts).
import { SELLER_CENTRAL_HOSTS } from './seller-central-hosts';
export interface Marketplace {
  /** Two-letter code used in the UI and in template variables. */
  code: string;
  id: string;
  /** Seller Central host for this marketplace. */
  host: string;
  /** BCP 47 language the buyer most likely reads. */
  language: string;
  /** Domain of the buyer's encrypted relay address, e.g. marketplace.amazon.de. */
  relayDomain: string;
}

const m = (code: string, id: string, tld: string, language: string): Marketplace => ({
  code,
  id,
  host: `sellercentral.amazon.${tld}`,
  language,
  relayDomain: `marketplace.amazon.${tld}`,
});

export const MARKETPLACES: readonly Marketplace[] = [
  m('US', 'ATVPDKIKX0DER', 'com', 'en'),
  m('CA', 'A2EUQ1WTGCTBG2', 'ca', 'en'),
  m('MX', 'A1AM78C64UM0Y8', 'com.mx', 'es'),
  m('BR', 'A2Q3Y263D00KWC', 'com.br', 'pt'),
  m('UK', 'A1F83G8C2ARO7P', 'co.uk', 'en'),
  m('DE', 'A1PA6795UKMFR9', 'de', 'de'),
  m('FR', 'A13V1IB3VIYZZH', 'fr', 'fr'),
  m('IT', 'APJ6JRA9NG5V4', 'it', 'it'),
  m('ES', 'A1RKKUPIHCS9HS', 'es', 'es'),
  m('IE', 'A28R8C7NBKEWEA', 'ie', 'en'),
  m('NL', 'A1805IZSGTT6HS', 'nl', 'nl'),
  m('SE', 'A2NODRKZP88ZB9', 'se', 'sv'),
  m('PL', 'A1C3SOZRARQ6R3', 'pl', 'pl'),
  m('BE', 'AMEN7PMS3EDWL', 'com.be', 'fr'),
  m('TR', 'A33AVAJ2PDY3EV', 'com.tr', 'tr'),
  m('EG', 'ARBP9OOSHTCHU', 'eg', 'ar'),
  m('SA', 'A17E79C6D8DWNP', 'sa', 'ar'),
  m('AE', 'A2VIGQ35RCS4UG', 'ae', 'en'),
  m('IN', 'A21TJRUUN4KGV', 'in', 'en'),
  m('ZA', 'AE08WJ6YKNBMC', 'co.za', 'en'),
  m('JP', 'A1VC38T7YXB528', 'co.jp', 'ja'),
  m('AU', 'A39IBJ37TRP1C6', 'com.au', 'en'),
  m('SG', 'A19VAU5U5O7RUS', 'sg', 'en'),
];

export { EXTRA_HOSTS, ORDER_PAGE_MATCHES, SELLER_CENTRAL_HOSTS, SELLER_CENTRAL_MATCHES } from './seller-central-hosts';

export function isSellerCentralHost(host: string): boolean {
  return SELLER_CENTRAL_HOSTS.includes(host.toLowerCase());
}

/** True for an https URL on a Seller Central host; false for anything unparsable. */
export function isSellerCentralUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && isSellerCentralHost(u.hostname);
  } catch {
    return false;
  }
}

export function marketplaceById(id: string | undefined): Marketplace | undefined {
  return MARKETPLACES.find((mp) => mp.id === id);
}

export function marketplaceByHost(host: string): Marketplace | undefined {
  return MARKETPLACES.find((mp) => mp.host === host.toLowerCase());
}

export function marketplaceByCode(code: string): Marketplace | undefined {
  return MARKETPLACES.find((mp) => mp.code === code.toUpperCase());
}
