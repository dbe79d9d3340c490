/**
 * Everything the composer decides before Send, from data alone: the text the
 * buyer will read, the rules check on it (spans mapped back to the editor),
 * the variables that still need a value, and what blocks Send, in the order
 * the seller should fix things. Pure: the components only display it.
 */
import { buyerLanguageFor, marketplaceOf } from '../domain/language';
import type { OrderFacts } from '../domain/order';
import { lintContextFor } from '../domain/message-check';
import { hasErrors, lintMessage, type Finding } from '../domain/policy';
import { reasonById, reasonsFor, type ContactReason, type ReasonOption } from '../domain/reasons';
import { variableValues, type RenderResult, type VariableValues } from '../domain/template-render';
import { distinctNames } from '../domain/variables';
import { renderEditorText } from './composer-render-map';
import { checkFiles, type FileMeta, type FileProblem } from '../domain/attachments';

export type Blocker =
  | { kind: 'canceled' }
  | { kind: 'noReason' }
  | { kind: 'reasonUnavailable' }
  | { kind: 'empty' }
  | { kind: 'unfilled'; names: string[] }
  | { kind: 'unknown'; names: string[] }
  | { kind: 'malformed'; raw: string[] }
  | { kind: 'lintErrors'; count: number }
  | { kind: 'noMarketplace' }
  /** Email: no approved sender chosen yet (the sender picker slot says so). */
  | { kind: 'noSender' }
  /** A file problem (issuesFromFiles names each): none for a reason that needs one, a kind, the size, the count. */
  | { kind: 'files'; count: number };

/** A finding with its span in the editor text (what to highlight and select). */
export interface EditorFinding extends Finding {
  editorStart: number;
  editorEnd: number;
}

export interface CompositionInput {
  order: OrderFacts;
  now: Date;
  reasonId?: string;
  text: string;
  sellerName?: string;
  /** Language of the text (dates in the rendered text); default: the buyer's. */
  lang?: string;
  /** The files attached to the draft (checked against the reason: kinds, 10 MB, count, required). */
  files?: readonly Pick<FileMeta, 'id' | 'name' | 'size' | 'type'>[];
}

export interface CompositionCheck {
  options: ReasonOption[];
  reason?: ContactReason;
  /** The buyer's language as Parley guesses it (undefined: unknown). */
  buyerLang?: string;
  buyerLangSource?: 'buyer' | 'marketplace';
  rendered: RenderResult;
  limit: number;
  findings: EditorFinding[];
  blockers: Blocker[];
  fileProblems: FileProblem[];
  marketplaceId?: string;
}

/**
 * What does not depend on the text (the reasons and their availability, the
 * variables' values), kept from the last check while the order, time, seller
 * name and language stay the same: the check runs on every keystroke, and the
 * same options array lets the composer skip redrawing the reason list.
 */
let fixed:
  { order: OrderFacts; now: Date; sellerName?: string; lang?: string; options: ReasonOption[]; values: VariableValues } | undefined;

function fixedParts(order: OrderFacts, now: Date, sellerName: string | undefined, lang: string | undefined) {
  if (fixed?.order !== order || fixed.now.getTime() !== now.getTime() || fixed.sellerName !== sellerName || fixed.lang !== lang) {
    const values = variableValues(order, { sellerName, lang });
    fixed = { order, now, options: reasonsFor(order, now), values };
    if (sellerName !== undefined) fixed.sellerName = sellerName;
    if (lang !== undefined) fixed.lang = lang;
  }
  return fixed;
}

export function checkComposition(input: CompositionInput): CompositionCheck {
  const { order, text } = input;
  const buyer = buyerLanguageFor(order);
  const { options, values } = fixedParts(order, input.now, input.sellerName, input.lang ?? buyer?.lang);
  const chosen = input.reasonId ? options.find((o) => o.reason.id === input.reasonId) : undefined;
  const reason = chosen ? reasonById(chosen.reason.id) : undefined;
  const map = renderEditorText(text, values);
  const rendered = map.result;
  const limit = reason?.text.max ?? 4000;
  const raw = text.trim() === '' ? [] : lintMessage(rendered.text, lintContextFor(order, reason, buyer?.lang));
  const findings = raw.map((f): EditorFinding => {
    const span = map.toEditor(f.start, f.end);
    return { ...f, editorStart: span.start, editorEnd: span.end };
  });

  const blockers: Blocker[] = [];
  if (order.status === 'canceled') blockers.push({ kind: 'canceled' });
  else if (!chosen) blockers.push({ kind: 'noReason' });
  else if (!chosen.availability.available || !chosen.reason.composable) blockers.push({ kind: 'reasonUnavailable' });
  if (text.trim() === '') blockers.push({ kind: 'empty' });
  if (rendered.unfilled.length) blockers.push({ kind: 'unfilled', names: distinctNames(rendered.unfilled) });
  if (rendered.unknown.length) blockers.push({ kind: 'unknown', names: distinctNames(rendered.unknown) });
  if (rendered.malformed.length) blockers.push({ kind: 'malformed', raw: [...new Set(rendered.malformed.map((m) => m.raw))] });
  if (hasErrors(findings)) blockers.push({ kind: 'lintErrors', count: findings.filter((f) => f.severity === 'error').length });
  const marketplaceId = order.marketplaceId ?? marketplaceOf(order)?.id;
  if (!marketplaceId) blockers.push({ kind: 'noMarketplace' });
  const fileProblems = chosen ? checkFiles(input.files ?? [], chosen.reason.id) : [];
  if (fileProblems.length) blockers.push({ kind: 'files', count: fileProblems.length });

  const check: CompositionCheck = { options, rendered, limit, findings, blockers, fileProblems };
  if (reason) check.reason = reason;
  if (buyer) Object.assign(check, { buyerLang: buyer.lang, buyerLangSource: buyer.source });
  if (marketplaceId) check.marketplaceId = marketplaceId;
  return check;
}
