/**
 * Finding the buyer's encrypted address for an order, in the seller's own
 * session: from the page when it shows it, else from the order's Contact Buyer
 * page, else from the messages search. Fetched pages are parsed with
 * DOMParser (an inert document: no scripts run, nothing loads) and never
 * inserted into the page.
 */
import { combineOutcomes, outcomeOfPage, relayAddress, type FetchedPage, type PageOutcome } from '../domain/relay-address';
import { hrefParam, marketplaceIdOf, sameOriginPath } from './order-facts-text';
import { isUnrenderedShell, readDocument, readRenderedPage } from './relay-frame';
import { CONTACT_PAGE, ORDER_PAGE, queryAll, queryFirst } from './selectors';
import { contactBuyerPath, inboxSearchPath, isSignInUrl } from '../domain/seller-central-urls';

/** Pages bigger than this are not parsed (a Contact Buyer page is well under 1 MB). */
const MAX_PAGE_CHARS = 5_000_000;

/**
 * Firefox runs content-script fetch() with the extension's principal; its
 * `content.fetch` makes the request as the page does (same origin, the
 * seller's cookies). Chrome's content-script fetch already does.
 */
function pageFetch(): typeof fetch {
  const content = (globalThis as { content?: { fetch?: typeof fetch } }).content;
  return typeof content?.fetch === 'function' ? content.fetch.bind(content) : fetch.bind(globalThis);
}

/** Fetch a page of the seller's session and read it as an inert document; `shell` says it still needs rendering. */
export async function fetchPage(path: string): Promise<FetchedPage & { shell?: boolean }> {
  try {
    const res = await pageFetch()(path, { credentials: 'include', redirect: 'follow', headers: { Accept: 'text/html' } });
    const html = await res.text();
    if (html.length > MAX_PAGE_CHARS) return { status: res.status, url: res.url, hasForm: false };
    const doc = new DOMParser().parseFromString(html, 'text/html');
    return { ...readDocument(doc, res.status, res.url), shell: isUnrenderedShell(doc) };
  } catch {
    return { status: 0, url: path, hasForm: false };
  }
}

/** The order this page is about, if it is a Contact Buyer or messages page for one order. */
function orderOfThisPage(): string | undefined {
  const href = location.search;
  return hrefParam(href, 'orderID') ?? hrefParam(href, 'ss') ?? hrefParam(href, 't') ?? undefined;
}

/** The buyer link for this order on the current page (list row or details), if any. */
export function buyerLinkFor(orderId: string): Element | undefined {
  for (const link of queryAll(document, ORDER_PAGE.contactLink)) {
    if (hrefParam(link.getAttribute('href'), 'orderID') === orderId) return link;
  }
  return undefined;
}

/** Where the order's Contact Buyer page is: the buyer link's own href, else built from the id. */
export function contactPathFor(orderId: string, link?: Element): string {
  const own = link ? sameOriginPath(link) : undefined;
  if (own) return own;
  const mp = marketplaceIdOf(link ?? null);
  return contactBuyerPath(orderId, mp);
}

export async function findRelayAddress(orderId: string, signal?: AbortSignal): Promise<PageOutcome> {
  if (orderOfThisPage() === orderId) {
    const shown = relayAddress(queryFirst(document, CONTACT_PAGE.relayAddress)?.textContent);
    if (shown) return { ok: true, address: shown };
  }
  const path = contactPathFor(orderId, buyerLinkFor(orderId));
  let fetched = await fetchPage(path);
  // The page renders its To field with JavaScript: let it, in a hidden frame.
  if (fetched.shell && fetched.status === 200 && !isSignInUrl(fetched.url)) fetched = await readRenderedPage(path, signal);
  const first = outcomeOfPage(fetched);
  if (first.ok || first.reason === 'logged-out' || first.reason === 'no-messaging') return first;
  const second = outcomeOfPage(await fetchPage(inboxSearchPath(orderId)));
  return combineOutcomes(first, second);
}
