/**
 * Rules about the form of a message: `html` (Amazon strips or blocks markup),
 * `emoji` (not allowed), `length` (the reason's limit; empty text is refused
 * too) and `important` ("[Important]" marks critical messages only).
 */
import { finding, fold, matches, rx, scan } from './text';
import type { Finding, RuleInput } from './types';

const HTML_RE = rx(
  [
    '<\\/?[a-z][a-z0-9-]{0,30}(?:\\s[^<>]{0,500})?\\s{0,5}\\/?>', // <b>, </p>, <a href="...">, <br/>
    '<!(?:--|doctype)',
    '&(?:[a-z][a-z0-9]{1,31}|#\\d{1,7}|#x[0-9a-f]{1,6});', // &nbsp; &#169; &#x1F600;
  ].join('|'),
);

export function lintHtml({ folded }: RuleInput): Finding[] {
  return scan([HTML_RE], folded, 'html', 'error', 'HTML tags and entities are not allowed: write plain text');
}

/**
 * Typographic symbols that Unicode counts as pictographs but that render as
 * text unless followed by the emoji selector U+FE0F: product names use ® and ™.
 */
const TEXT_SYMBOLS = '©®™‼⁉↔↕▪▫▶◀〰〽ℹⓂ';
const PICTOGRAPH = `(?![${TEXT_SYMBOLS}](?!\\uFE0F))\\p{Extended_Pictographic}`;
const EMOJI_UNIT = `(?:\\p{Regional_Indicator}{2}|[0-9#*]\\uFE0F?\\u20E3|${PICTOGRAPH}(?:\\uFE0F|\\p{Emoji_Modifier}|\\u200D\\p{Extended_Pictographic}\\uFE0F?){0,8})`;
const EMOJI_RE = new RegExp(`${EMOJI_UNIT}{1,50}`, 'gu');

export function lintEmoji({ text }: RuleInput): Finding[] {
  return scan([EMOJI_RE], text, 'emoji', 'error', 'Emoji are not allowed in buyer messages');
}

export function lintLength({ text, context }: RuleInput): Finding[] {
  const limit = context.maxLength ?? 4000;
  if (text.trim() === '') return [finding('length', 'error', 0, 0, 'The message is empty', { limit })];
  if (text.length <= limit) return [];
  return [
    finding('length', 'error', limit, text.length, `The message is ${text.length - limit} characters over the limit of ${limit}`, {
      limit,
    }),
  ];
}

const IMPORTANT_WORDS = '(?:important|importante|wichtig|urgent|urgente|dringend|重要|紧急|緊急|至急)';
const IMPORTANT_RE = rx(
  [`[\\[(【〔<{「『〖]\\s{0,3}${IMPORTANT_WORDS}\\s{0,3}[\\])】〕>}」』〗]`, `\\*{1,3}\\s{0,2}${IMPORTANT_WORDS}\\s{0,2}\\*{1,3}`].join(
    '|',
  ),
);
const CRITICAL_REASONS = new Set(['unexpectedProblem', 'legalDisclosure']);

export function lintImportant({ folded, context }: RuleInput): Finding[] {
  const critical = context.critical ?? CRITICAL_REASONS.has(context.reason ?? '');
  if (critical) return [];
  const message = '[Important] marks critical messages only; this reason is not critical';
  const out = [...matches(IMPORTANT_RE, folded)].map((m) => finding('important', 'error', m.index, m.index + m[0].length, message));
  const subject = fold(context.subject ?? '');
  if (subject && [...matches(IMPORTANT_RE, subject)].length > 0) {
    out.push(finding('important', 'error', 0, 0, `${message} (in the subject)`));
  }
  return out;
}
