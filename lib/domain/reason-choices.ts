/**
 * What the seller chose on a Contact Buyer page when Parley could not tell which
 * option was its reason: the option's label and value, per marketplace and Parley
 * reason. Next time that exact option is picked first, without asking. Only the
 * seller's own choice, confirmed by the page's success banner, is ever written:
 * a remembered option is evidence, never a guess.
 */
import type { PageReasonOption } from './reason-labels';

/** marketplaceId -> Parley reason id -> the page option the seller chose for it. */
export type ReasonChoices = Record<string, Record<string, PageReasonOption>>;

export const REASON_CHOICE_LIMITS = { marketplaces: 30, perMarketplace: 30, text: 200 } as const;

export const choiceFor = (choices: ReasonChoices, marketplaceId: string, reason: string): PageReasonOption | undefined =>
  Object.hasOwn(choices, marketplaceId) && Object.hasOwn(choices[marketplaceId]!, reason) ? choices[marketplaceId]![reason] : undefined;

/**
 * The choices with this one added (or replaced). The newest marketplace and reason
 * go last, and the oldest are dropped past the limits, so the item stays small.
 * An option whose label is empty or too long is not remembered: it could not be
 * matched reliably again.
 */
export function rememberChoice(choices: ReasonChoices, marketplaceId: string, reason: string, option: PageReasonOption): ReasonChoices {
  const label = option.label.trim();
  if (!label || label.length > REASON_CHOICE_LIMITS.text || option.value.length > REASON_CHOICE_LIMITS.text) return choices;
  const { [marketplaceId]: mine = {}, ...others } = choices;
  const { [reason]: _old, ...rest } = mine;
  const reasons = Object.entries({ ...rest, [reason]: { label, value: option.value } }).slice(-REASON_CHOICE_LIMITS.perMarketplace);
  const all = Object.entries({ ...others, [marketplaceId]: Object.fromEntries(reasons) }).slice(-REASON_CHOICE_LIMITS.marketplaces);
  return Object.fromEntries(all);
}
