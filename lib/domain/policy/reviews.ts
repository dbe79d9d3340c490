/**
 * Rules `reviewIncentive` and `reviewRequest`. Amazon's Request a Review
 * button is the sanctioned way to ask for a review, once per order: a review
 * request written into a contact message is a warning, a second request for
 * the same order an error, and any incentive, positive-review ask or
 * change/remove ask an error (review-patterns.ts has the phrases).
 */
import { REVIEW_INCENTIVE_RES, REVIEW_REQUEST_RES } from './review-patterns';
import { finding, scan } from './text';
import type { Finding, RuleInput } from './types';

export function lintReviews({ folded, context }: RuleInput): Finding[] {
  const incentives = scan(
    REVIEW_INCENTIVE_RES,
    folded,
    'reviewIncentive',
    'error',
    'Reviews may not be bought, steered (positive only, not negative) or asked to be changed or removed',
  );
  const repeat = (context.previousReviewRequests ?? 0) >= 1;
  if (!repeat && context.reason === 'requestReview') return incentives;
  // A first request adds nothing next to an incentive error: that error already says "not like this".
  if (!repeat && incentives.length > 0) return incentives;
  const requests = scan(REVIEW_REQUEST_RES, folded, 'reviewRequest', repeat ? 'error' : 'warning', '').map((f) => {
    const message = repeat
      ? 'A review was already requested for this order: Amazon allows one request per order'
      : "Review requests belong in Amazon's Request a Review button, once per order";
    return finding('reviewRequest', f.severity, f.start, f.end, message);
  });
  return [...incentives, ...requests];
}
