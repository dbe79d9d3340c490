/**
 * Parley's starter quick replies: built-in templates that follow Amazon's
 * messaging rules, in English, Simplified Chinese, German and Japanese. The
 * composer lists them after the seller's own templates; editing one saves a
 * copy (built-ins are read-only).
 */
import { bulkyDelivery, digitalAccessKey, invoice, returnQuestion, warranty } from './after-shipping';
import { confirmQuantity, customizationCheck, informationNeeded, outOfStock, serviceAppointment } from './before-shipping';
import { addressProblem, deliveryFailed, partialShipment, shippingDelay } from './shipping-problems';
import { REPLY_STARTERS } from './replies';
import type { StarterTemplate } from './starter';

export { STARTER_LANGS, STARTER_UPDATED_AT, type StarterLang, type StarterTemplate } from './starter';

/** Every starter, in the order the picker shows them for an empty query (roughly the order's life). */
export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  confirmQuantity,
  customizationCheck,
  informationNeeded,
  serviceAppointment,
  outOfStock,
  addressProblem,
  shippingDelay,
  partialShipment,
  deliveryFailed,
  bulkyDelivery,
  digitalAccessKey,
  invoice,
  warranty,
  returnQuestion,
  ...REPLY_STARTERS,
];

/** A starter by id (`starter.<slug>`). */
export function starterById(id: string): StarterTemplate | undefined {
  return STARTER_TEMPLATES.find((t) => t.id === id);
}
