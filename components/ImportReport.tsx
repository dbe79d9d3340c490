import { t, type MessageKey } from '@/lib/i18n';
import type { ImportReport as Report } from '@/lib/protocol/composer';
import { rejectionTexts } from '@/lib/ui/composer-text';

/** What an import did: added (and renamed), already there, rejected with every reason, in the file's order. */
export function ImportReport({ report }: { report: Report }) {
  if (report.fileError) {
    return (
      <p class="parley-notice parley-notice--error" role="alert">
        {t(`optionsFileError_${report.fileError}` as MessageKey)}
      </p>
    );
  }
  const entry = (index: number, name?: string) => t('optionsImportEntry', [String(index + 1), name ?? t('optionsUnnamed')]);
  return (
    <section class="parley-import-report" aria-labelledby="parley-import-title" role="status">
      <h4 id="parley-import-title">
        {t('optionsImportSummary', [String(report.added.length), String(report.unchanged.length), String(report.rejected.length)])}
      </h4>
      {report.added.length > 0 && (
        <ul aria-label={t('optionsImportAdded')}>
          {report.added.map((a) => (
            <li key={a.index}>
              {entry(a.index, a.name)}
              {a.renamedFrom ? ` — ${t('optionsImportRenamed', a.renamedFrom)}` : ''}
            </li>
          ))}
        </ul>
      )}
      {report.unchanged.length > 0 && (
        <ul aria-label={t('optionsImportUnchanged')}>
          {report.unchanged.map((u) => (
            <li key={u.index}>
              {entry(u.index, u.name)} — {t('optionsImportAlreadyThere')}
            </li>
          ))}
        </ul>
      )}
      {report.rejected.length > 0 && (
        <ul aria-label={t('optionsImportRejected')} class="parley-import-report__rejected">
          {report.rejected.map((r) => (
            <li key={r.index}>
              <strong>{entry(r.index, r.name)}</strong>
              <ul>
                {rejectionTexts(r).map((why) => (
                  <li key={why}>{why}</li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
