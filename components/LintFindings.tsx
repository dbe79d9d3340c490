import { t } from '@/lib/i18n';
import type { TextIssue } from '@/lib/ui/composer-issues';

interface Props {
  issues: TextIssue[];
  /** The editor text, to quote the offending span. */
  text: string;
  onSelect(start: number, end: number): void;
}

const QUOTE_MAX = 60;

/**
 * The rules check's findings under the message, errors first. Each names the
 * rule in the UI language and quotes the span; its button selects the span in
 * the message box so the seller can fix it at once.
 */
export function LintFindings({ issues, text, onSelect }: Props) {
  if (issues.length === 0) {
    return (
      <p class="parley-findings parley-findings--clean" role="status">
        {text.trim() ? t('composerCheckClean') : ''}
      </p>
    );
  }
  const sorted = [...issues].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning') || a.start - b.start);
  return (
    <section class="parley-findings" aria-labelledby="parley-findings-title">
      <h3 id="parley-findings-title">{t('composerCheckTitle', String(issues.length))}</h3>
      <ul>
        {sorted.map((issue) => {
          const quoted = issue.end > issue.start ? text.slice(issue.start, Math.min(issue.end, issue.start + QUOTE_MAX)) : '';
          return (
            <li key={issue.key} class="parley-finding" data-severity={issue.severity}>
              {/* One line of text: the icon runs inline before the words, wrapped lines hang under the words. */}
              <span class="parley-finding__text">
                <span class="parley-finding__icon" aria-hidden="true">
                  {issue.severity === 'error' ? '✖' : '⚠'}
                </span>
                <span class="parley-visually-hidden">
                  {t(issue.severity === 'error' ? 'composerSeverityError' : 'composerSeverityWarning')}
                </span>
                {issue.text}
              </span>
              {quoted && (
                <button
                  type="button"
                  class="parley-finding__quote"
                  onClick={() => onSelect(issue.start, issue.end)}
                  aria-label={t('composerShowInText', quoted)}
                >
                  “{quoted}
                  {issue.end - issue.start > QUOTE_MAX ? '…' : ''}”
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
