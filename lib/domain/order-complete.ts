/**
 * What the background adds to the facts a page reports before it caches them:
 * the normalised status from the status label, the date the note under the
 * status names, and ISO dates beside the date texts. The page adapter sends what the page shows; deciding what it means
 * happens here, in pure code, so those tables never ride in the content script
 * every Seller Central page loads.
 */
import type { OrderFacts } from './order';
import { withIsoDates } from './order-dates';
import { statusDateKind } from './order-labels';
import { statusFromLabel } from './order-status';

export function completeFacts(facts: OrderFacts): OrderFacts {
  let out = facts;
  if (out.status === 'unknown' && out.statusLabel) out = { ...out, status: statusFromLabel(out.statusLabel) };
  // The note under the status names one date: ship-by, deliver-by or delivered.
  const kind = statusDateKind(out.statusNote);
  if (kind && !out[kind]) out = { ...out, [kind]: { text: out.statusNote!.slice(0, 100) } };
  return withIsoDates(out);
}
