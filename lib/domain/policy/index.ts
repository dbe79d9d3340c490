/**
 * Parley's rules check: lints a buyer message against Amazon's Buyer-Seller
 * Messaging rules (../../shared/seller-central.md, "Communication rules that
 * get messages blocked") on every keystroke. Pure and linear-time: each rule
 * lives in lib/domain/policy/<family>.ts, bounded patterns only.
 *
 * Findings carry a rule id, a severity, a UTF-16 span into the text (0/0 for
 * whole-message findings) and params; the UI explains each with the catalog
 * key `policyRule_<rule>` and findingSubstitutions(f) as $1, $2...
 */
import { lintExternalContact, lintPayment, lintPersonalData } from './contact';
import { lintEmoji, lintHtml, lintImportant, lintLength } from './format';
import { lintLanguage } from './language';
import { findEmails, findUrls, lintEmails, lintLinks } from './links';
import { lintMarketing, lintOptOut } from './marketing';
import { lintOrderIds } from './order-ids';
import { lintPhones } from './phone';
import { lintReviews } from './reviews';
import { fold } from './text';
import { lintThankYouOnly } from './thank-you';
import type { Finding, LintContext, RuleCheck, RuleId } from './types';

export { RULE_IDS } from './types';
export type { Finding, LintContext, RuleId, Severity } from './types';
export { ALLOWED_LINK_HOSTS, isAllowedLinkHost, normalizeHost } from './hosts';

const CHECKS: readonly RuleCheck[] = [
  lintLength,
  lintLinks,
  lintEmails,
  lintPhones,
  lintHtml,
  lintEmoji,
  lintReviews,
  lintMarketing,
  lintOptOut,
  lintImportant,
  lintOrderIds,
  lintLanguage,
  lintThankYouOnly,
  lintExternalContact,
  lintPayment,
  lintPersonalData,
];

/**
 * Rules that still apply inside a link or an email address. The others would
 * only repeat the link's problem ("?promo=1", digits in a tracking URL).
 */
const APPLY_INSIDE_LINKS: ReadonlySet<RuleId> = new Set<RuleId>(['link', 'email', 'html', 'emoji', 'length', 'otherOrderId']);

/** Overlapping findings of one rule become one; then sort by start, end, rule. */
function mergeAndSort(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  const out: Finding[] = [];
  for (const f of sorted) {
    const same = out.findLast((o) => o.rule === f.rule && o.severity === f.severity);
    const spans = f.end > f.start && same !== undefined && same.end > same.start;
    if (spans && f.start < same.end) same.end = Math.max(same.end, f.end);
    else if (f.end === f.start && out.some((o) => o.rule === f.rule && o.start === 0 && o.end === 0 && o.message === f.message)) continue;
    else out.push({ ...f });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

export function lintMessage(text: string, context: LintContext): Finding[] {
  const folded = fold(text);
  const input = { text, folded, context };
  const shields = [...findUrls(folded), ...findEmails(folded)];
  const findings = CHECKS.flatMap((check) => check(input)).filter(
    (f) => APPLY_INSIDE_LINKS.has(f.rule) || f.end === f.start || !shields.some((s) => f.start < s.end && s.start < f.end),
  );
  return mergeAndSort(findings);
}

/** The finding's params as the UI string's $1, $2... (insertion order). */
export function findingSubstitutions(f: Finding): string[] {
  return Object.values(f.params ?? {}).map(String);
}

/** True when any finding blocks sending (errors do; warnings only inform). */
export const hasErrors = (findings: readonly Finding[]): boolean => findings.some((f) => f.severity === 'error');
