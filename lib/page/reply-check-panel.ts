/**
 * The rules check under the inbox's reply box, in a panel Parley owns (a
 * shadow root the page's CSS cannot reach): the same findings as the
 * composer's, errors first, for a reply (isReply), updated whatever wrote the
 * text. It only informs: the page's Send stays the seller's to press.
 */
import { lintMessage, type Finding, type LintContext } from '../domain/policy';
import { findingText } from '../finding-text';
import { t } from '../i18n';

export const CHECK_PANEL_STYLE =
  'margin:6px 0 0;font:13px/1.4 "Amazon Ember",Arial,"Microsoft YaHei","PingFang SC",sans-serif;color:#0f1111';

const QUOTE_MAX = 40;

/** Draw the findings for `text` into `panel` (a role=status region); answers them for tests and the caller. */
export function drawCheck(panel: HTMLElement, text: string, context: LintContext, unfilled: readonly string[] = []): Finding[] {
  const findings = text.trim() ? lintMessage(text, context) : [];
  const sorted = [...findings].sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning') || a.start - b.start);
  const stillInText = unfilled.filter((raw) => text.includes(raw));
  panel.replaceChildren();
  panel.setAttribute('data-findings', String(findings.length));
  if (!text.trim()) return findings;
  const title = document.createElement('p');
  title.style.cssText = 'margin:0 0 2px;font-weight:bold';
  const count = sorted.length + stillInText.length;
  title.textContent = count === 0 ? t('inboxCheckClean') : t('inboxCheckTitle', String(count));
  panel.append(title);
  if (count === 0) return findings;
  const list = document.createElement('ul');
  list.style.cssText = 'margin:0;padding-left:18px';
  const item = (severity: 'error' | 'warning', words: string, quoted: string): void => {
    const li = document.createElement('li');
    li.setAttribute('data-severity', severity);
    li.style.color = severity === 'error' ? '#b12704' : '#8a4b00';
    const mark = document.createElement('span');
    mark.textContent = severity === 'error' ? `✖ ${t('composerSeverityError')} ` : `⚠ ${t('composerSeverityWarning')} `;
    li.append(mark, words);
    if (quoted) {
      const q = document.createElement('q');
      q.style.cssText = 'margin-left:6px;color:#565959';
      q.textContent = quoted.length > QUOTE_MAX ? `${quoted.slice(0, QUOTE_MAX)}…` : quoted;
      li.append(q);
    }
    list.append(li);
  };
  for (const raw of stillInText) item('error', t('composerVarUnfilled', raw), '');
  for (const f of sorted) item(f.severity, findingText(f), f.end > f.start ? text.slice(f.start, f.end) : '');
  panel.append(list);
  return findings;
}
