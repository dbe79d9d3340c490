/**
 * Availability of one contact reason for one order: the rules of
 * seller-central.md applied in a fixed order, so the first rule that fails is
 * the one the UI explains. Used through `ContactReason.availability` and
 * `reasonsFor` in ./reasons.
 */
import { daysSince, isoPlusDays } from './day-count';
import { isCustomizedOrder, isDigitalOrder, type DateFact, type OrderFacts } from './order';
import type { Availability, ContactReason, ReasonContext, UnavailableCode, UnavailableParams } from './reasons';

/** Days after delivery during which proactive (not reply) messages are allowed. */
export const MESSAGING_WINDOW_DAYS = 30;

type Rulebook = Pick<ContactReason, 'id' | 'rules'>;

const AVAILABLE: Availability = { available: true };

function no(why: UnavailableCode, params?: UnavailableParams): Availability {
  return params ? { available: false, why, params } : { available: false, why };
}

/**
 * The date the order counts as delivered: the delivery date the page showed,
 * else (for shipped orders) the deliver-by date, Amazon's latest estimate.
 */
export function deliveryAnchor(order: OrderFacts): DateFact | undefined {
  if (order.deliveredAt?.iso) return order.deliveredAt;
  if (order.status === 'shipped' && order.deliverBy?.iso) return order.deliverBy;
  return undefined;
}

/** Checks in order: canceled, unknown status, status, fulfilment, item kind, 30-day window. */
export function checkAvailability(
  reason: Rulebook,
  order: OrderFacts,
  now: Date,
  context: ReasonContext = {},
): Availability {
  if (order.status === 'canceled') return no('canceled');
  // Unknown could be canceled too: offer nothing rather than guess.
  if (order.status === 'unknown') return no('unknownStatus');
  const { rules } = reason;
  if (rules.reviewWindow) return reviewAvailability(reason, order, now, context);
  if (!rules.offeredIn.includes(order.status)) return no('status', { status: order.status });
  if (rules.sellerFulfilledOnly) {
    if (order.fulfillment === 'amazon') return no('fulfilledByAmazon');
    if (order.fulfillment === 'unknown') return no('unknownFulfillment');
  }
  if (rules.requires === 'customized' && !isCustomizedOrder(order)) return no('notCustomized');
  if (rules.requires === 'digital' && !isDigitalOrder(order)) return no('notDigital');
  if (!context.isReply) {
    const anchor = deliveryAnchor(order);
    const age = daysSince(anchor, now);
    if (anchor?.iso && age !== undefined && age > MESSAGING_WINDOW_DAYS) {
      return no('pastMessagingWindow', { days: age, date: anchor.iso });
    }
  }
  return AVAILABLE;
}

/** Request a Review: once per order, shipped, from day 5 to day 30 after delivery (inclusive). */
function reviewAvailability(reason: Rulebook, order: OrderFacts, now: Date, context: ReasonContext): Availability {
  const window = reason.rules.reviewWindow;
  if (!window) return AVAILABLE;
  if (context.alreadySentReasons?.includes(reason.id)) return no('alreadyRequested');
  if (!reason.rules.offeredIn.includes(order.status)) return no('notDelivered', { status: order.status });
  const anchor = deliveryAnchor(order);
  const age = daysSince(anchor, now);
  if (age === undefined) return no('deliveryDateUnknown');
  if (age < window.opensAfterDays) {
    return no('tooEarly', { days: window.opensAfterDays - age, date: isoPlusDays(anchor, window.opensAfterDays) });
  }
  if (age > window.closesAfterDays) {
    return no('tooLate', { days: age, date: isoPlusDays(anchor, window.closesAfterDays) });
  }
  return AVAILABLE;
}
