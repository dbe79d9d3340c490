import { t } from '@/lib/i18n';
import { lintMessage } from '@/lib/domain/policy';
import { reasonById, type ReasonId } from '@/lib/domain/reasons';
import { variableValues } from '@/lib/domain/template-render';
import { lintContextFor } from '@/lib/domain/message-check';
import { issuesFromFindings, issuesFromVariables } from '@/lib/ui/composer-issues';
import { renderEditorText } from '@/lib/ui/composer-render-map';
import { SAMPLE_ORDER } from '@/lib/ui/sample-order';
import { useDebounced } from '@/lib/ui/use-debounced';
import { LintFindings } from './LintFindings';

interface Props {
  body: string;
  lang: string;
  reasons: ReasonId[];
  sellerName: string;
  onSelect(start: number, end: number): void;
}

/**
 * The template as a buyer would read it, filled from a made-up order, with
 * the rules check on it (for the strictest reason it is tagged with).
 */
export function TemplatePreview({ body, lang, reasons, sellerName, onSelect }: Props) {
  const text = useDebounced(body, 150);
  const map = renderEditorText(text, variableValues(SAMPLE_ORDER, { sellerName, lang }));
  const strictest = reasons.map((r) => reasonById(r)).sort((a, b) => (a?.text.max ?? 4000) - (b?.text.max ?? 4000))[0];
  const findings = text.trim()
    ? lintMessage(map.result.text, lintContextFor(SAMPLE_ORDER, strictest, lang)).map((f) => {
        const span = map.toEditor(f.start, f.end);
        return { ...f, editorStart: span.start, editorEnd: span.end };
      })
    : [];
  const issues = [...issuesFromVariables(map.result), ...issuesFromFindings(findings)];
  return (
    <section class="parley-tpl-preview" aria-labelledby="parley-tpl-preview-title">
      <h4 id="parley-tpl-preview-title">{t('optionsPreview')}</h4>
      <p class="parley-hint">{t('optionsPreviewHelp', SAMPLE_ORDER.orderId)}</p>
      {map.result.text.trim() ? (
        <div class="parley-preview__text" lang={lang} data-testid="template-preview">
          {map.result.text}
        </div>
      ) : (
        <p class="parley-hint">{t('composerPreviewEmpty')}</p>
      )}
      <LintFindings issues={issues} text={text} onSelect={onSelect} />
    </section>
  );
}
