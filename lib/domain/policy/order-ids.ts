/**
 * Rules `orderId` (Amazon requires the order id in every message) and
 * `otherOrderId` (the text names a different order: often a template filled
 * for the wrong buyer, which would leak another buyer's order).
 */
import { finding, matches } from './text';
import type { Finding, RuleInput } from './types';

const ORDER_ID_RE = /(?<![A-Za-z0-9-])(?:\d{3}|D\d{2})-\d{7}-\d{7}(?![A-Za-z0-9-])/g;

export function lintOrderIds({ folded, context }: RuleInput): Finding[] {
  const own = context.orderId?.trim();
  if (!own) return [];
  const out: Finding[] = [];
  let mentioned = false;
  for (const m of matches(ORDER_ID_RE, folded)) {
    if (m[0] === own) mentioned = true;
    else
      out.push(
        finding('otherOrderId', 'warning', m.index, m.index + m[0].length, 'The text names a different order than the one being answered'),
      );
  }
  if (!mentioned && !folded.includes(own)) {
    out.push(finding('orderId', 'warning', 0, 0, 'Amazon asks for the order id in every message', { orderId: own }));
  }
  return out;
}
