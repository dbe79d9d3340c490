/**
 * Importing a template file shared by a teammate. The domain validates every
 * entry (lib/domain/template-import.ts); here the accepted ones meet what is
 * already stored. Nothing is overwritten: an entry whose id is taken by a
 * different template is added under a new id (and reported as such), an entry
 * identical to a stored one is skipped (and reported as unchanged).
 */
import { parseTemplateFile, type Rejection } from '../domain/template-import';
import { TEMPLATE_LIMITS, type Template } from '../domain/templates';
import { updateTemplates } from './composer-store';
import { newTemplateId } from './composer-templates';
import type { ImportedEntry, ImportReport } from '../protocol/composer';

/** The fields that make two templates the same, in a fixed key order. */
function sameContent(a: Template, b: Template): boolean {
  const canon = (t: Template) => {
    const sorted = (r: Partial<Record<string, string>> | undefined) =>
      r
        ? Object.keys(r)
            .sort()
            .map((k) => [k, r[k]])
        : null;
    return JSON.stringify([t.name, sorted(t.names), [...t.reasons].sort(), sorted(t.bodies), sorted(t.subject)]);
  };
  return canon(a) === canon(b);
}

/** Indexes of the accepted entries: every index not rejected, in order. */
function acceptedIndexes(total: number, rejected: readonly Rejection[]): number[] {
  const out = new Set(rejected.map((r) => r.index));
  return Array.from({ length: total }, (_, i) => i).filter((i) => !out.has(i));
}

export function importTemplates(text: string, now = Date.now()): Promise<ImportReport> {
  const result = parseTemplateFile(text, { now });
  if (result.fileError) return Promise.resolve({ fileError: result.fileError, added: [], unchanged: [], rejected: [] });
  const total = result.accepted.length + result.rejected.length;
  const indexes = acceptedIndexes(total, result.rejected);
  return updateTemplates((data) => {
    const report: ImportReport = { added: [], unchanged: [], rejected: [...result.rejected] };
    const taken = new Set(data.templates.map((t) => t.id));
    const fresh: Template[] = [];
    result.accepted.forEach((template, i) => {
      const index = indexes[i] ?? i;
      const stored = data.templates.find((t) => t.id === template.id);
      if (stored && sameContent(stored, template)) {
        report.unchanged.push({ index, name: template.name, id: template.id });
        return;
      }
      if (data.templates.length + fresh.length >= TEMPLATE_LIMITS.count) {
        report.rejected.push({ index, name: template.name, reasons: ['tooMany'] });
        return;
      }
      const entry: ImportedEntry = { index, name: template.name, id: template.id };
      if (taken.has(template.id)) {
        entry.id = newTemplateId(taken, now);
        entry.renamedFrom = template.id;
      }
      taken.add(entry.id);
      fresh.push({ ...template, id: entry.id, builtIn: false });
      report.added.push(entry);
    });
    data.templates.push(...fresh);
    report.rejected.sort((a, b) => a.index - b.index);
    return report;
  });
}
