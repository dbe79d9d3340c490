/**
 * The contact reasons Amazon allows, mirroring Seller Central's Contact Buyer
 * reasons (the `value` of each kat-radiobutton) and the SP-API message types.
 * Pure data plus availability rules; labels and explanations are localised by
 * the UI from the ids and codes returned here (e.g. `composerReason_<id>`).
 * Source: /work/shared/seller-central.md and the brief's reason table.
 */
import type { OrderFacts, OrderStatus } from './order';
import {
  checkAvailability,
  MESSAGING_WINDOW_DAYS,
  UNAVAILABLE_CODES,
  type Availability,
  type ReasonContext,
  type ReasonRules,
  type UnavailableCode,
  type UnavailableParams,
} from './reason-availability';

export { MESSAGING_WINDOW_DAYS, UNAVAILABLE_CODES };
export type { Availability, ReasonContext, ReasonRules, UnavailableCode, UnavailableParams };

/** Every reason id, in the stable order the composer shows them. */
export const REASON_IDS = [
  'confirmOrderDetails',
  'unexpectedProblem',
  'confirmDeliveryDetails',
  'confirmCustomizationDetails',
  'confirmServiceDetails',
  'digitalAccessKey',
  'returnQuestion',
  'invoice',
  'warranty',
  'additionalInformation',
  'legalDisclosure',
  'requestReview',
] as const;
export type ReasonId = (typeof REASON_IDS)[number];

export const isReasonId = (s: unknown): s is ReasonId => typeof s === 'string' && (REASON_IDS as readonly string[]).includes(s);

/** Where a reason is sent from. */
export type ReasonChannel =
  /** Seller Central's Contact Buyer form (/messaging/contact). */
  | 'contactBuyer'
  /** Seller Central's Request a Review button (/messaging/reviews): fixed text, no composing. */
  | 'requestReview'
  /** SP-API only (attachments, no text): listed for completeness, not composable. */
  | 'apiOnly';

export interface ContactReason {
  id: ReasonId;
  /**
   * SP-API name of the message type (Messaging API path segment, or the
   * Solicitations type); null for Seller Central-only reasons.
   */
  spApiType: string | null;
  channel: ReasonChannel;
  /** True when Parley's composer can write a text for it (Contact Buyer form). */
  composable: boolean;
  /** Text length limits in UTF-16 code units (what the form's textarea counts); max 0 = no text. */
  text: { min: number; max: number };
  /** Critical messages reach buyers who opted out of unsolicited messages. */
  critical: boolean;
  /** Attachments: allowed at all, how many, and whether SP-API insists on at least one. */
  attachments: { allowed: boolean; max: number; requiredBySpApi: boolean };
  rules: ReasonRules;
  /** Whether the reason can be used for this order now. Never throws. */
  availability(order: OrderFacts, now: Date, context?: ReasonContext): Availability;
}

const BEFORE_SHIPPING: readonly OrderStatus[] = ['pending', 'unshipped'];
const NONE = { allowed: false, max: 0, requiredBySpApi: false } as const;
const UP_TO_5 = { allowed: true, max: 5, requiredBySpApi: false } as const;

type ReasonSpec = Omit<ContactReason, 'availability'>;

const spec = (s: Partial<ReasonSpec> & Pick<ReasonSpec, 'id' | 'text' | 'rules'>): ReasonSpec => ({
  spApiType: s.id,
  channel: 'contactBuyer',
  composable: true,
  critical: false,
  attachments: NONE,
  ...s,
});

const SPECS: readonly ReasonSpec[] = [
  spec({ id: 'confirmOrderDetails', text: { min: 1, max: 2000 }, rules: { offeredIn: BEFORE_SHIPPING, sellerFulfilledOnly: false } }),
  spec({
    id: 'unexpectedProblem',
    critical: true,
    text: { min: 1, max: 2000 },
    rules: { offeredIn: ['pending', 'unshipped', 'shipped'], sellerFulfilledOnly: true },
  }),
  spec({
    id: 'confirmDeliveryDetails',
    text: { min: 1, max: 2000 },
    rules: { offeredIn: ['unshipped', 'shipped'], sellerFulfilledOnly: true },
  }),
  spec({
    id: 'confirmCustomizationDetails',
    text: { min: 1, max: 800 },
    attachments: UP_TO_5,
    rules: { offeredIn: BEFORE_SHIPPING, sellerFulfilledOnly: false, requires: 'customized' },
  }),
  // Amazon Home Services orders only (arrange a visit, gather details); SP-API type of the same name.
  spec({
    id: 'confirmServiceDetails',
    text: { min: 1, max: 2000 },
    rules: { offeredIn: ['pending', 'unshipped', 'shipped'], sellerFulfilledOnly: false, requires: 'service' },
  }),
  spec({
    id: 'digitalAccessKey',
    text: { min: 1, max: 400 },
    attachments: UP_TO_5,
    rules: { offeredIn: ['unshipped', 'shipped'], sellerFulfilledOnly: false, requires: 'digital' },
  }),
  spec({
    id: 'returnQuestion',
    spApiType: null,
    text: { min: 1, max: 2000 },
    rules: { offeredIn: ['shipped'], sellerFulfilledOnly: false },
  }),
  spec({
    id: 'invoice',
    text: { min: 1, max: 2000 },
    attachments: { allowed: true, max: 5, requiredBySpApi: true },
    rules: { offeredIn: ['unshipped', 'shipped'], sellerFulfilledOnly: false },
  }),
  spec({
    id: 'warranty',
    text: { min: 1, max: 2000 },
    attachments: { allowed: true, max: 5, requiredBySpApi: true },
    rules: { offeredIn: ['shipped'], sellerFulfilledOnly: false },
  }),
  spec({
    id: 'additionalInformation',
    spApiType: null,
    text: { min: 1, max: 4000 },
    rules: { offeredIn: ['pending', 'unshipped', 'shipped'], sellerFulfilledOnly: false },
  }),
  spec({
    id: 'legalDisclosure',
    channel: 'apiOnly',
    composable: false,
    critical: true,
    text: { min: 0, max: 0 },
    attachments: { allowed: true, max: 5, requiredBySpApi: true },
    rules: { offeredIn: ['pending', 'unshipped', 'shipped'], sellerFulfilledOnly: false },
  }),
  spec({
    id: 'requestReview',
    spApiType: 'productReviewAndSellerFeedback',
    channel: 'requestReview',
    composable: false,
    text: { min: 0, max: 0 },
    rules: { offeredIn: ['shipped'], sellerFulfilledOnly: false, reviewWindow: { opensAfterDays: 5, closesAfterDays: 30 } },
  }),
];

/** The catalog, in display order. */
export const REASONS: readonly ContactReason[] = SPECS.map((s) => ({
  ...s,
  availability: (order: OrderFacts, now: Date, context?: ReasonContext) => checkAvailability(s, order, now, context),
}));

const BY_ID = new Map<string, ContactReason>(REASONS.map((r) => [r.id, r]));

/** The reason with this id, or undefined for anything else (ids from storage or the page are data). */
export function reasonById(id: string): ContactReason | undefined {
  return BY_ID.get(id);
}

export interface ReasonOption {
  reason: ContactReason;
  availability: Availability;
}

/**
 * Every reason with its availability for this order, in display order. A
 * canceled order gets every reason unavailable with 'canceled'.
 */
export function reasonsFor(order: OrderFacts, now: Date, context?: ReasonContext): ReasonOption[] {
  return REASONS.map((reason) => ({ reason, availability: reason.availability(order, now, context) }));
}

/** The longest text any composable reason accepts (Seller Central's form limit, 4000). */
export const MAX_TEXT_LENGTH = Math.max(...REASONS.filter((r) => r.composable).map((r) => r.text.max));
