/**
 * Table runner shared by the policy message tests: each row is a realistic
 * message, its context, the exact set of error rules and warning rules it must
 * raise, and for some rows the exact text of each span of a rule.
 */
import { expect, it } from 'vitest';
import { lintMessage, RULE_IDS, type Finding, type LintContext, type RuleId } from '@/lib/domain/policy';

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
      expect(
        findings.filter((f) => f.rule === rule).map((f) => row.text.slice(f.start, f.end)),
        rule,
      ).toEqual(texts);
    }
  });
}

/** Spans inside the text, start <= end, sorted, same-rule spans not overlapping, no split surrogate pairs. */
export function expectWellFormed(text: string, findings: Finding[]): void {
  let prev: Finding | undefined;
  for (const f of findings) {
    expect(RULE_IDS).toContain(f.rule);
    expect(['error', 'warning']).toContain(f.severity);
    expect(f.message.length).toBeGreaterThan(0);
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeGreaterThanOrEqual(f.start);
    expect(f.end).toBeLessThanOrEqual(text.length);
    if (f.end > f.start) {
      const low = (i: number) => /[\uDC00-\uDFFF]/.test(text[i] ?? '') && /[\uD800-\uDBFF]/.test(text[i - 1] ?? '');
      expect(low(f.start), `${f.rule} starts inside a surrogate pair`).toBe(false);
      expect(low(f.end), `${f.rule} ends inside a surrogate pair`).toBe(false);
    }
    if (prev) expect(prev.start < f.start || (prev.start === f.start && prev.end <= f.end)).toBe(true);
    prev = f;
  }
  for (const rule of RULE_IDS) {
    const spans = findings.filter((f) => f.rule === rule && f.end > f.start);
    for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
  }
}
