/**
 * The problems listed under the message: the rules check's findings and the
 * variables that cannot be filled, as one list of sentences with spans in
 * the editor text (what to highlight, quote and select).
 */
import { t } from '../i18n';
import type { RenderResult } from '../domain/template-render';
import type { EditorFinding } from './composer-check';
import { findingText } from './composer-text';

export interface TextIssue {
  key: string;
  severity: 'error' | 'warning';
  text: string;
  /** Span in the editor text; equal ends mean "the whole message". */
  start: number;
  end: number;
}

export function issuesFromFindings(findings: readonly EditorFinding[]): TextIssue[] {
  return findings.map((f, i) => ({
    key: `${f.rule}-${f.start}-${i}`,
    severity: f.severity,
    text: findingText(f),
    start: f.editorStart,
    end: f.editorEnd,
  }));
}

/** Unfilled, unknown and malformed variables: each occurrence is an error that names itself. */
export function issuesFromVariables(rendered: RenderResult): TextIssue[] {
  return [
    ...rendered.unfilled.map((v) => ({
      key: `unfilled-${v.start}`,
      text: v.name === 'seller_name' ? t('composerVarNoSellerName') : t('composerVarUnfilled', `{{${v.name}}}`),
      start: v.start,
      end: v.end,
    })),
    ...rendered.unknown.map((v) => ({ key: `unknown-${v.start}`, text: t('composerVarUnknown', v.raw), start: v.start, end: v.end })),
    ...rendered.malformed.map((m) => ({ key: `malformed-${m.start}`, text: t('composerVarMalformed', m.raw), start: m.start, end: m.end })),
  ].map((issue) => ({ ...issue, severity: 'error' as const }));
}
