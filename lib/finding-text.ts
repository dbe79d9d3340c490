/**
 * A rules-check finding as a sentence in the UI language, shared by the
 * composer (lib/ui) and the inbox's check panel (lib/page), which may not
 * import each other.
 */
import { findingSubstitutions, type Finding } from './domain/policy';
import { t, type MessageKey } from './i18n';

export const findingText = (f: Finding): string => t(`policyRule_${f.rule}` as MessageKey, findingSubstitutions(f));
