/**
 * Rules `link` and `email`: Amazon allows "only links related to order
 * completion, no HTML or email addresses". A link must be https and go to a
 * host needed to complete the order (hosts.ts). Plain mentions such as
 * "Amazon.de" or "www.dhl.de" pass when the host is allowed; an unknown bare
 * domain ("shop-example.com") is a link to somewhere else and fails.
 */
import { isAllowedLinkHost } from './hosts';
import { finding, matches, rx } from './text';
import type { Finding, RuleInput } from './types';

const URL_CHAR = "[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]";
/** Top-level domains worth recognising without a scheme; file extensions like zip/mov left out on purpose. */
const TLDS = [
  'com',
  'net',
  'org',
  'info',
  'biz',
  'io',
  'co',
  'me',
  'tv',
  'cc',
  'ly',
  'gl',
  'shop',
  'store',
  'online',
  'site',
  'website',
  'xyz',
  'top',
  'club',
  'app',
  'dev',
  'link',
  'vip',
  'eu',
  'asia',
  'cn',
  'hk',
  'tw',
  'jp',
  'kr',
  'de',
  'at',
  'ch',
  'uk',
  'fr',
  'es',
  'it',
  'nl',
  'be',
  'lu',
  'dk',
  'se',
  'no',
  'fi',
  'pl',
  'cz',
  'sk',
  'hu',
  'ro',
  'bg',
  'gr',
  'pt',
  'ie',
  'us',
  'ca',
  'mx',
  'br',
  'ar',
  'cl',
  'au',
  'nz',
  'in',
  'sg',
  'my',
  'th',
  'vn',
  'ph',
  'ru',
  'ua',
  'tr',
  'ae',
  'sa',
  'eg',
  'za',
];

const URL_RE = rx(
  [
    `(?<![\\p{L}\\p{N}_])(?:https?|ftp):\\/\\/${URL_CHAR}{1,2000}`,
    `(?<![\\p{L}\\p{N}_.\\-/@])www\\.${URL_CHAR}{1,2000}`,
    `(?<![\\p{L}\\p{N}_.\\-/@])(?:[a-z0-9][a-z0-9-]{0,62}\\.){1,4}(?:${TLDS.join('|')})(?![\\p{L}\\p{N}_\\-@])(?:[/?#]${URL_CHAR}{0,2000})?`,
  ].join('|'),
);

export interface FoundUrl {
  start: number;
  end: number;
  host: string;
  /** Written with https:// */
  secure: boolean;
  /** Written with some scheme (http, https, ftp); false for "www.x.com" and "x.com". */
  hasScheme: boolean;
}

/** Cut sentence punctuation off the end; a closing bracket stays when the URL opened one. */
function trimUrl(s: string): string {
  let end = s.length;
  for (;;) {
    const c = s[end - 1];
    if (c === undefined) break;
    if ('.,;:!?\'"*'.includes(c)) end--;
    else if (c === ')' && !s.slice(0, end).includes('(')) end--;
    else if (c === ']' && !s.slice(0, end).includes('[')) end--;
    else break;
  }
  return s.slice(0, end);
}

function hostOf(url: string, hasScheme: boolean): string {
  let rest = hasScheme ? url.slice(url.indexOf('//') + 2) : url;
  rest = rest.split(/[/?#]/, 1)[0] ?? '';
  rest = rest.slice(rest.lastIndexOf('@') + 1); // user:pass@host
  return rest.replace(/:\d*$/, '').toLowerCase();
}

/** A bare domain's TLD as written must be all lower or all upper case: "shipped.It works" is no link. */
function plausibleBareDomain(url: string): boolean {
  const host = url.split(/[/?#]/, 1)[0] ?? '';
  const tld = host.slice(host.lastIndexOf('.') + 1);
  if (tld !== tld.toLowerCase() && tld !== tld.toUpperCase()) return false;
  return /[a-z]/i.test(host.slice(0, host.lastIndexOf('.')));
}

/** Every link-like span, allowed or not (other rules ignore matches inside them). */
export function findUrls(folded: string): FoundUrl[] {
  const out: FoundUrl[] = [];
  for (const m of matches(URL_RE, folded)) {
    const url = trimUrl(m[0]);
    if (!url) continue;
    const hasScheme = /^[a-z]+:\/\//i.test(url);
    if (!hasScheme && !/^www\./i.test(url) && !plausibleBareDomain(url)) continue;
    const host = hostOf(url, hasScheme);
    if (!host) continue;
    out.push({ start: m.index, end: m.index + url.length, host, secure: /^https:\/\//i.test(url), hasScheme });
  }
  return out;
}

export function lintLinks({ folded, context }: RuleInput): Finding[] {
  const out: Finding[] = [];
  for (const u of findUrls(folded)) {
    const allowed = isAllowedLinkHost(u.host, context.allowedLinkHosts);
    if (allowed && (u.secure || !u.hasScheme)) continue;
    const message = allowed
      ? `Link to ${u.host} is not https: only https links are allowed`
      : `Link to ${u.host} is not needed to complete the order (only Amazon and carrier tracking links are)`;
    out.push(finding('link', 'error', u.start, u.end, message, { host: u.host }));
  }
  return out;
}

const LOCAL = '[\\p{L}\\p{N}._%+\\-]{1,64}';
const LABEL = '[\\p{L}\\p{N}\\-]{1,63}';
const OPEN = '[\\[(<{]';
const CLOSE = '[\\])>}]';
const EMAIL_RE = rx(
  [
    // name@example.com (also ＠, folded)
    `(?<![\\p{L}\\p{N}._%+\\-])${LOCAL}@${LABEL}(?:\\.${LABEL}){0,8}\\.[a-z]{2,24}(?![\\p{L}\\p{N}\\-])`,
    // name [at] example [dot] com, name(at)example.com
    `(?<![\\p{L}\\p{N}._%+\\-])${LOCAL} {0,2}${OPEN} {0,2}(?:at|@) {0,2}${CLOSE} {0,2}${LABEL}(?: {0,2}(?:${OPEN} {0,2}(?:dot|\\.) {0,2}${CLOSE}|\\.) {0,2}${LABEL}){1,4}`,
    // name at example dot com
    `(?<![\\p{L}\\p{N}._%+\\-])${LOCAL} at ${LABEL} dot (?:com|net|org|de|co|cn|jp|fr|es|it|uk)(?![\\p{L}\\p{N}])`,
  ].join('|'),
);

export function findEmails(folded: string): { start: number; end: number }[] {
  return [...matches(EMAIL_RE, folded)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function lintEmails({ folded }: RuleInput): Finding[] {
  return findEmails(folded).map((e) =>
    finding('email', 'error', e.start, e.end, 'Email addresses are not allowed in buyer messages (not even the relay address)'),
  );
}
