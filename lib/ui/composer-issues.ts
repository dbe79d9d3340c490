/**
 * The problems listed under the message: the rules check's findings and the
 * variables that cannot be filled, as one list of sentences with spans in
 * the editor text (what to highlight, quote and select).
 */
import { t } from '../i18n';
import type { RenderResult } from '../domain/template-render';
import type { EditorFinding } from './composer-check';
import { findingText } from '../finding-text';
import { formatSize, type FileProblem } from '../domain/attachments';

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

/** File problems, in the same list as the rules check's (a file name shows the buyer as much as the text). */
export function issuesFromFiles(problems: readonly FileProblem[]): TextIssue[] {
  return problems.map((p, i) => ({ key: `file-${p.code}-${i}`, severity: 'error' as const, text: fileProblemText(p), start: 0, end: 0 }));
}

function fileProblemText(p: FileProblem): string {
  switch (p.code) {
    case 'fileRequired':
      return t('composerFileRequired');
    case 'filesNotAllowed':
      return t('composerFilesNotAllowed');
    case 'fileCount':
      return t('composerFileCount', [String(p.count), String(p.max)]);
    case 'fileTotal':
      return t('composerFileTotalNow', [formatSize(p.total), formatSize(p.limit)]);
    case 'fileKind':
      return t('composerFileKind', p.name);
    case 'fileName':
      return t(`composerFileName_${p.what}`, p.name);
  }
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
