/**
 * Availability of one contact reason for one order: the rules of
 * seller-central.md applied in a fixed order, so the first rule that fails is
 * the one the UI explains. Used through `ContactReason.availability` and
 * `reasonsFor` in ./reasons.
 */
import { daysSince, isoPlusDays } from './day-count';
import { isCustomizedOrder, isDigitalOrder, isServiceOrder, type DateFact, type OrderFacts, type OrderStatus } from './order';

/** Why a reason is not offered for an order. The UI turns each into a sentence. */
export const UNAVAILABLE_CODES = [
  /** The order is canceled: the buyer must use Customer Service's Contact Us form. */
  'canceled',
  /** Parley could not read the order status, so it offers nothing it cannot justify. */
  'unknownStatus',
  /** Not offered in this status (params.status). */
  'status',
  /** Seller-fulfilled orders only; this one is Fulfilled by Amazon. */
  'fulfilledByAmazon',
  /** Seller-fulfilled orders only, and Parley could not read who fulfils it. */
  'unknownFulfillment',
  /** Only for orders with a customized item. */
  'notCustomized',
  /** Only for digital orders. */
  'notDigital',
  /** Only for Amazon Home Services orders (an item marked as a service). */
  'notService',
  /** Request a Review: the order has not been delivered yet (params.status). */
  'notDelivered',
  /** Request a Review: shipped, but neither a delivery date nor a deliver-by date is known. */
  'deliveryDateUnknown',
  /** Request a Review: the window opens in params.days days, on params.date. */
  'tooEarly',
  /** Request a Review: delivered params.days days ago; params.date was the last day. */
  'tooLate',
  /** Request a Review: already requested for this order (one per order). */
  'alreadyRequested',
  /** Proactive message more than 30 days after delivery (params.days, delivered params.date). */
  'pastMessagingWindow',
] as const;
export type UnavailableCode = (typeof UNAVAILABLE_CODES)[number];

/** Parameters for the UI's explanation; which ones are set depends on the code (see above). */
export interface UnavailableParams {
  status?: OrderStatus;
  /** A count of whole calendar days. */
  days?: number;
  /** An ISO date (YYYY-MM-DD). */
  date?: string;
}

export type Availability = { available: true } | { available: false; why: UnavailableCode; params?: UnavailableParams };

export interface ReasonContext {
  /** Reason ids already sent for this order (from history): Request a Review is once per order. */
  alreadySentReasons?: readonly string[];
  /** Replying to the buyer's own message: the 30-days-after-delivery limit does not apply. */
  isReply?: boolean;
}

/** The order-dependent rules a reason's availability is computed from. */
export interface ReasonRules {
  /** Statuses in which Seller Central offers the reason. */
  offeredIn: readonly OrderStatus[];
  sellerFulfilledOnly: boolean;
  requires?: 'customized' | 'digital' | 'service';
  /** Solicitation window in days after delivery, and once per order (Request a Review). */
  reviewWindow?: { opensAfterDays: number; closesAfterDays: number };
}

/** What availability needs to know about a reason (a subset of ContactReason). */
export interface Rulebook {
  id: string;
  rules: ReasonRules;
}

/** Days after delivery during which proactive (not reply) messages are allowed. */
export const MESSAGING_WINDOW_DAYS = 30;

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
export function checkAvailability(reason: Rulebook, order: OrderFacts, now: Date, context: ReasonContext = {}): Availability {
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
  if (rules.requires === 'service' && !isServiceOrder(order)) return no('notService');
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
