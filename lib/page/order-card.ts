/**
 * Buyer names outside the orders table: on a Manage Orders page drawn as cards
 * (or any layout without our table rows), a Contact Buyer link is a buyer name
 * by what it points at. Its "card" is the largest ancestor (a few levels up) that
 * still holds links of this order only; facts read from it are only what it
 * surely says (order id, buyer, contact link, a status label); the rest stays
 * unknown, never guessed from text whose meaning we cannot tell. Only reached
 * when there is no table row, so the table's fast path is unchanged.
 */
import type { OrderFacts } from '../domain/order';
import { clean, marketplaceIdOf, sameOriginPath } from './order-facts-text';
import { base, BUYER_NAME_MAX, orderIdOfLink } from './order-facts';
import { anyOf, ORDER_PAGE, queryFirst } from './selectors';

const MAX_LEVELS = 8;
const ORDER_LINKS = anyOf([...ORDER_PAGE.contactLink, 'a[href*="/orders-v3/order/"]']);

/** The card of `link`'s order: climbs while every order link inside is for `orderId`. */
export function orderCardOf(link: Element, orderId: string): Element {
  let card: Element = link.parentElement ?? link;
  let up = card.parentElement;
  for (let level = 0; up && up !== document.body && level < MAX_LEVELS; level += 1, up = up.parentElement) {
    for (const other of up.querySelectorAll(ORDER_LINKS)) if (orderIdOfLink(other) !== orderId) return card;
    card = up;
  }
  return card;
}

/** The order's status label in its card, when one is there. */
export const cardStatusOf = (card: Element): Element | null => queryFirst(card, ORDER_PAGE.cardStatus);

/** What a card surely says about its order. */
export function factsFromCard(card: Element, link: Element, orderId: string): OrderFacts {
  const facts: Record<string, unknown> = {
    ...base(orderId, 'list'),
    status: 'unknown',
    fulfillment: 'unknown',
    items: [],
  };
  const statusLabel = clean(cardStatusOf(card)?.textContent, 200);
  if (statusLabel) facts.statusLabel = statusLabel;
  const name = clean(link.textContent, BUYER_NAME_MAX);
  if (name) facts.buyerName = name;
  const marketplaceId = marketplaceIdOf(link);
  if (marketplaceId) facts.marketplaceId = marketplaceId;
  const contactUrl = sameOriginPath(link);
  if (contactUrl) facts.contactUrl = contactUrl;
  return facts as OrderFacts;
}
