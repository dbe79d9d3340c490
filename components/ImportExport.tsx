import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { ImportReport as Report } from '@/lib/protocol/composer';
import { exportTemplates } from '@/lib/domain/templates';
import { useTemplates } from '@/lib/ui/templates-store';
import { ImportReport } from './ImportReport';

/** Offer text as a file download (the browser asks where to save it). */
function download(text: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Team sharing: export the seller's own templates as JSON, import a file (or
 * pasted JSON). Import adds, never overwrites: the report says what was added,
 * renamed, skipped as already there, and rejected with the reasons.
 */
export function ImportExport() {
  const { templates, load, importText } = useTemplates();
  const [pasted, setPasted] = useState('');
  const [report, setReport] = useState<Report>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    void load();
  }, [load]);
  const mine = templates.filter((x) => !x.builtIn);

  const run = async (text: string) => {
    setReport(undefined);
    setError(undefined);
    const answer = await importText(text);
    if (answer.ok) setReport(answer.value);
    else setError(answer.error.message);
  };
  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (file) await run(await file.text());
  };

  return (
    <div class="parley-import-export">
      <section aria-labelledby="parley-export-title">
        <h3 id="parley-export-title">{t('optionsExport')}</h3>
        <p class="parley-hint">{t('optionsExportHelp')}</p>
        <button
          type="button"
          class="parley-button"
          disabled={mine.length === 0}
          onClick={() => download(exportTemplates(mine), 'parley-templates.json')}
        >
          {t('optionsExportButton', String(mine.length))}
        </button>
      </section>
      <section aria-labelledby="parley-import-title-h">
        <h3 id="parley-import-title-h">{t('optionsImport')}</h3>
        <p class="parley-hint">{t('optionsImportHelp')}</p>
        <label class="parley-field">
          <span>{t('optionsImportFile')}</span>
          <input type="file" accept="application/json,.json" onChange={(e) => void onFile(e)} />
        </label>
        <label class="parley-field">
          <span>{t('optionsImportPaste')}</span>
          <textarea rows={6} value={pasted} onInput={(e) => setPasted(e.currentTarget.value)} />
        </label>
        <button type="button" class="parley-button" disabled={!pasted.trim()} onClick={() => void run(pasted)}>
          {t('optionsImportButton')}
        </button>
        {error && (
          <p class="parley-notice parley-notice--error" role="alert">
            {error}
          </p>
        )}
        {report && <ImportReport report={report} />}
      </section>
    </div>
  );
}
