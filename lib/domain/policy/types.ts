/**
 * Types shared by the policy lint (lib/domain/policy/index.ts) and its rule files.
 * A finding names a rule and a span; the UI explains it with the catalog key
 * `policyRule_<rule>`, passing the values of `params` in insertion order as $1, $2...
 */

/** Every rule the lint knows. Keep in step with the `policyRule_<id>` catalog keys. */
export const RULE_IDS = [
  'link',
  'email',
  'phone',
  'html',
  'emoji',
  'reviewIncentive',
  'reviewRequest',
  'marketing',
  'optOut',
  'length',
  'important',
  'orderId',
  'otherOrderId',
  'language',
  'thankYouOnly',
  'externalContact',
  'offAmazonPayment',
  'personalData',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = 'error' | 'warning';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  /** UTF-16 offsets into the linted text, end exclusive; 0/0 for whole-message findings. */
  start: number;
  end: number;
  /** Plain English, for logs and tests. Never contains buyer data. */
  message: string;
  /** Values for the UI string, in the order of its $1, $2... */
  params?: Record<string, string | number>;
}

export interface LintContext {
  /** Reason id (brief's table; reasons.ts). */
  reason?: string;
  /** The reason's character limit (default 4000). */
  maxLength?: number;
  /** The reason is critical (unexpectedProblem, legalDisclosure). */
  critical?: boolean;
  /** The order's id. */
  orderId?: string;
  /** BCP 47 ('en', 'de', 'ja', 'zh', 'es', 'fr', 'it'...). */
  buyerLanguage?: string;
  /** Answering the buyer's own message. */
  isReply?: boolean;
  /** Email subject, when sending by email. */
  subject?: string;
  /** Extra hosts of links needed to complete the order (settings). */
  allowedLinkHosts?: string[];
  /** Review requests already made for this order. */
  previousReviewRequests?: number;
}

/** What every rule check receives. `folded` has the same length as `text` (see fold()). */
export interface RuleInput {
  text: string;
  folded: string;
  context: LintContext;
}

export type RuleCheck = (input: RuleInput) => Finding[];
