/**
 * Text helpers for the policy rules. Every rule runs its patterns on the
 * folded text: full-width ASCII, odd spaces, dashes and quotes mapped to plain
 * ASCII one code unit for one code unit, so offsets found in it are offsets
 * into the original text.
 *
 * Patterns must stay linear on long hostile input (the lint runs on every
 * keystroke): every repetition is bounded ({0,N}), and no group repeats
 * something that can itself match in more than one way.
 */
import type { Finding, RuleId, Severity } from './types';

/** One code unit folded; exported for the test that keeps FOLDED in step with it. */
export function foldUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII: ＠ ０ ｗ
  if (c === 0x3000 || c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f) return 0x20;
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63) return 0x2d; // dashes, minus
  if (c === 0x2018 || c === 0x2019 || c === 0x02bc) return 0x27; // typographic apostrophes
  if (c === 0x201c || c === 0x201d) return 0x22;
  return c;
}

/** The code units foldUnit changes (kept in step with it: tests/unit/policy-text.test.ts checks every one). */
const FOLDED = /[\uff01-\uff5e\u3000\u00a0\u2000-\u200a\u202f\u205f\u2010-\u2015\u2212\ufe63\u2018\u2019\u02bc\u201c\u201d]/g;

/**
 * Same length as the input, so indexes carry over. Only the units that fold
 * are replaced (most messages have none): building the string a unit at a
 * time made thousands of strings on every keystroke.
 */
export function fold(text: string): string {
  return text.replace(FOLDED, (c) => String.fromCharCode(foldUnit(c.charCodeAt(0))));
}

/** `(?:a|b|c)` from a list of pattern sources. */
export const alt = (items: readonly string[]): string => `(?:${items.join('|')})`;

/** A Latin-script word (or phrase) not glued to other letters or digits. */
export const word = (items: readonly string[]): string => `(?<![\\p{L}\\p{N}_])${alt(items)}(?![\\p{L}\\p{N}_])`;

/** A word stem: bounded at the start only ("refund" matches "refunds", "refunded"). */
export const stem = (items: readonly string[]): string => `(?<![\\p{L}\\p{N}_])${alt(items)}`;

/** Up to n characters inside one sentence (stops at sentence punctuation and line breaks). */
export const gap = (n: number): string => `[^.!?;。！？；\\n]{0,${n}}`;

/** Up to n characters inside one clause: like gap() and also stops at commas. */
export const clause = (n: number): string => `[^.!?;,。！？；，、\\n]{0,${n}}`;

/** Case-insensitive, Unicode, global. */
export const rx = (source: string): RegExp => new RegExp(source, 'giu');

export function finding(
  rule: RuleId,
  severity: Severity,
  start: number,
  end: number,
  message: string,
  params?: Record<string, string | number>,
): Finding {
  return params ? { rule, severity, start, end, message, params } : { rule, severity, start, end, message };
}

/** Every match of a global regex, skipping empty matches so the loop always advances. */
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield m;
  }
}

/** One finding per match of any of the patterns. */
export function scan(patterns: readonly RegExp[], text: string, rule: RuleId, severity: Severity, message: string): Finding[] {
  const out: Finding[] = [];
  for (const re of patterns) {
    for (const m of matches(re, text)) out.push(finding(rule, severity, m.index, m.index + m[0].length, message));
  }
  return out;
}

/** True when a match of re exists in text. */
export function has(re: RegExp, text: string): boolean {
  re.lastIndex = 0;
  const found = re.test(text);
  re.lastIndex = 0;
  return found;
}

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

/**
 * Sentences and lines, with offsets. Splits after . ! ? and their CJK forms
 * and at line breaks; a dot between digits ("2.5", "12.05.") does not split.
 */
export function sentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ start: start + lead, end: start + lead + body.length, text: body });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') push(i + 1);
    else if ('!?。！？'.includes(c)) push(i + 1);
    else if (c === '.' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''))) push(i + 1);
  }
  push(text.length);
  return out;
}
