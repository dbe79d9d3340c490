/**
 * The buyer's encrypted (anonymised) email address: a per-seller alias at
 * marketplace.amazon.{tld}. Seller Central shows it in the To field of the
 * Contact Buyer and Buyer-Seller Messages pages. Pure: deciding whether a
 * string is such an address, and why copying it failed, is data, not DOM.
 */
import { MARKETPLACES } from './marketplaces';
import { isSignInUrl } from './seller-central-urls';

const RELAY_DOMAINS: ReadonlySet<string> = new Set(MARKETPLACES.map((mp) => mp.relayDomain));

/** Local part: what Amazon's aliases use (letters, digits, dot, plus, minus, underscore). */
const LOCAL_PART = /^[a-z0-9][a-z0-9._+-]{0,63}$/i;

/**
 * The address in canonical form (trimmed, lower-case domain) when it is an
 * Amazon relay alias on a known marketplace domain; undefined otherwise.
 * Anything else (a real address, a look-alike domain, markup) is refused.
 */
export function relayAddress(raw: string | null | undefined): string | undefined {
  const text = (raw ?? '').trim();
  if (text.length > 254) return undefined;
  const at = text.lastIndexOf('@');
  if (at <= 0) return undefined;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1).toLowerCase();
  if (!LOCAL_PART.test(local) || !RELAY_DOMAINS.has(domain)) return undefined;
  return `${local}@${domain}`;
}

/** Why Parley could not copy the address. The content script shows each as a sentence. */
export const COPY_FAILURES = [
  /** Seller Central sent the request to the sign-in page: the seller is logged out. */
  'logged-out',
  /** The order has no messaging (canceled, or the Contact Buyer page has no To field). */
  'no-messaging',
  /** Neither the Contact Buyer page nor the messages search knows this order. */
  'not-found',
  /** Something is in the To field, but it is not an Amazon relay address. */
  'unexpected-address',
  /** The request failed (offline, server error). */
  'network',
  /** The address was found but the browser refused the clipboard. */
  'clipboard',
] as const;
export type CopyFailure = (typeof COPY_FAILURES)[number];

/** What one fetched page (Contact Buyer or messages search) showed. */
export interface FetchedPage {
  /** HTTP status; 0 when the request itself failed. */
  status: number;
  /** Final URL after redirects (path is enough). */
  url: string;
  /** The Contact Buyer form (or messages thread) is on the page. */
  hasForm: boolean;
  /** The Contact Buyer page offers no contact reason at all (Amazon allows no message, e.g. canceled). */
  noReasons?: boolean;
  /** Text of the To field, if there is one. */
  toField?: string;
}

export type PageOutcome = { ok: true; address: string } | { ok: false; reason: CopyFailure };

/** Decide what one fetched page says about the address. */
export function outcomeOfPage(page: FetchedPage): PageOutcome {
  if (isSignInUrl(page.url) || page.status === 401) return { ok: false, reason: 'logged-out' };
  if (page.status === 0 || page.status >= 500) return { ok: false, reason: 'network' };
  if (page.status === 404 || page.status === 410) return { ok: false, reason: 'not-found' };
  if (page.status >= 400) return { ok: false, reason: 'not-found' };
  if (page.noReasons) return { ok: false, reason: 'no-messaging' };
  const to = page.toField?.trim();
  if (!to) return { ok: false, reason: page.hasForm ? 'no-messaging' : 'not-found' };
  const address = relayAddress(to);
  return address ? { ok: true, address } : { ok: false, reason: 'unexpected-address' };
}

/**
 * Combine the Contact Buyer page's outcome with the messages search's (tried
 * only when the first did not give an address). The more telling reason wins:
 * being logged out explains everything; "no messaging" beats "not found".
 */
export function combineOutcomes(first: PageOutcome, second?: PageOutcome): PageOutcome {
  if (first.ok || !second) return first;
  if (second.ok) return second;
  const rank: readonly CopyFailure[] = ['logged-out', 'unexpected-address', 'no-messaging', 'network', 'not-found', 'clipboard'];
  return rank.indexOf(first.reason) <= rank.indexOf(second.reason) ? first : second;
}
