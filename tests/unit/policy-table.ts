/**
 * Table runner shared by the policy message tests: each row is a realistic
 * message, its context, the exact set of error rules and warning rules it must
 * raise, and for some rows the exact text of each span of a rule.
 */
import { expect, it } from 'vitest';
import { lintMessage, type LintContext, type RuleId } from '@/lib/domain/policy';

export interface Row {
  text: string;
  ctx?: LintContext;
  errors?: RuleId[];
  warnings?: RuleId[];
  /** rule -> text.slice(start, end) of each of its findings, in order. */
  spans?: Partial<Record<RuleId, string[]>>;
  note?: string;
}

export function runRows(language: string, defaults: LintContext, rows: readonly Row[]): void {
  const named = rows.map((row, i) => [`${language} #${i + 1}: ${row.note ?? row.text.slice(0, 60)}`, row] as const);
  it.each(named)('%s', (_name, row) => {
    const findings = lintMessage(row.text, { ...defaults, ...row.ctx });
    const rules = (severity: string) => [...new Set(findings.filter((f) => f.severity === severity).map((f) => f.rule))].sort();
    expect({ errors: rules('error'), warnings: rules('warning') }).toEqual({
      errors: [...(row.errors ?? [])].sort(),
      warnings: [...(row.warnings ?? [])].sort(),
    });
    for (const [rule, texts] of Object.entries(row.spans ?? {})) {
      expect(findings.filter((f) => f.rule === rule).map((f) => row.text.slice(f.start, f.end)), rule).toEqual(texts);
    }
  });
}

