/**
 * Send by email: the subject rules and the compose URL for the seller's mail
 * client (mailto:, Gmail or Outlook on the web), with the buyer's relay address
 * as To. Pure; the background opens the URL and records the hand-off.
 *
 * Amazon's rules (seller-central.md): `[Important]` in a subject marks a
 * critical message and reaches buyers who opted out, so it is refused for any
 * other reason. Mail from an unapproved address is rejected (./senders.ts).
 */
import { lintImportant } from './policy/format';
import { relayAddress } from './relay-address';

export const EMAIL_CLIENTS = ['mailto', 'gmail', 'outlook'] as const;
export type EmailClient = (typeof EMAIL_CLIENTS)[number];

export const IMPORTANT_TAG = '[Important]';
export const SUBJECT_MAX_LENGTH = 200;

/**
 * Longest URL Parley hands to each client. mailto: goes through the operating
 * system's protocol handler, and Windows, Outlook and several Linux mailers cut
 * such URLs near 2 048 characters; the web clients' servers refuse request
 * lines much over 8 KB. Past these Parley says so (and offers the clipboard)
 * instead of letting the client cut the message silently.
 */
export const URL_LIMITS: Readonly<Record<EmailClient, number>> = { mailto: 2000, gmail: 8000, outlook: 8000 };

/** `[Important]` in any bracket style, spacing or case (full-width too). */
const IMPORTANT = /[[［【]\s*important\s*[\]］】]/iu;

export const hasImportantTag = (subject: string): boolean => IMPORTANT.test(subject);

export type SubjectProblem = 'empty' | 'tooLong' | 'importantNotCritical';
export type SubjectCheck = { ok: true; subject: string } | { ok: false; why: SubjectProblem };

/** One line (line breaks would be header injection), runs of blanks as one space, trimmed. */
export function cleanSubject(subject: string): string {
  let out = '';
  for (const c of wellFormed(subject)) {
    const code = c.codePointAt(0)!;
    out += code < 0x20 || code === 0x7f ? ' ' : c;
  }
  return out.replace(/\s+/gu, ' ').trim();
}

/** Check a subject for a reason: `critical` is the reason's flag (lib/domain/reasons.ts). */
export function checkSubject(subject: string, critical: boolean): SubjectCheck {
  const clean = cleanSubject(subject);
  if (!clean) return { ok: false, why: 'empty' };
  if (clean.length > SUBJECT_MAX_LENGTH) return { ok: false, why: 'tooLong' };
  // The policy lint's `important` rule also knows [Urgent], 【重要】, **important**...: one rule for text and subject.
  const flagged = hasImportantTag(clean) || lintImportant({ text: '', folded: '', context: { critical, subject: clean } }).length > 0;
  if (!critical && flagged) return { ok: false, why: 'importantNotCritical' };
  return { ok: true, subject: clean };
}

/** The subject with the tag in front (on) or every tag removed (off). */
export function withImportant(subject: string, on: boolean): string {
  const bare = cleanSubject(subject.replace(new RegExp(IMPORTANT.source, 'giu'), ' '));
  return on ? `${IMPORTANT_TAG} ${bare}`.trim() : bare;
}

/** A plain subject in the buyer's language naming the order (Amazon wants the order id in every message). */
const SUBJECTS: Record<string, (orderId: string) => string> = {
  en: (id) => `Your Amazon order ${id}`,
  de: (id) => `Ihre Amazon-Bestellung ${id}`,
  fr: (id) => `Votre commande Amazon ${id}`,
  es: (id) => `Su pedido de Amazon ${id}`,
  it: (id) => `Il suo ordine Amazon ${id}`,
  nl: (id) => `Uw Amazon-bestelling ${id}`,
  ja: (id) => `Amazonのご注文 ${id}`,
  zh: (id) => `您的亚马逊订单 ${id}`,
};

export function defaultSubject(orderId: string, lang = 'en'): string {
  return (SUBJECTS[lang.slice(0, 2).toLowerCase()] ?? SUBJECTS.en!)(orderId);
}

/** Replace lone surrogates (encodeURIComponent throws on them) with U+FFFD. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

export interface EmailDraft {
  /** The buyer's relay address. */
  to: string;
  /** An approved sender; selects the Gmail account (mailto and Outlook have no From parameter). */
  from?: string;
  subject: string;
  body: string;
}

export type ComposeResult =
  | { ok: true; url: string; length: number; bodyOmitted: boolean }
  | { ok: false; why: 'badTo' }
  | { ok: false; why: 'tooLong'; length: number; limit: number };

const enc = (text: string): string => encodeURIComponent(wellFormed(text));

/** Relay addresses are letters, digits and `._+-`: keep the @ readable, encode the rest. */
function encodeAddress(address: string): string {
  const at = address.lastIndexOf('@');
  return `${enc(address.slice(0, at))}@${enc(address.slice(at + 1))}`;
}

function buildUrl(client: EmailClient, to: string, draft: EmailDraft, body: string | undefined): string {
  const subject = cleanSubject(draft.subject);
  if (client === 'mailto') {
    // RFC 6068: line breaks in a body are CRLF, written %0D%0A; spaces %20, never '+'.
    const params = [`subject=${enc(subject)}`];
    if (body !== undefined) params.push(`body=${enc(body.replace(/\r\n?|\n/g, '\r\n'))}`);
    return `mailto:${encodeAddress(to)}?${params.join('&')}`;
  }
  const text = body?.replace(/\r\n?/g, '\n');
  if (client === 'gmail') {
    const params = ['view=cm', 'fs=1', `to=${enc(to)}`, `su=${enc(subject)}`];
    if (text !== undefined) params.push(`body=${enc(text)}`);
    if (draft.from) params.push(`authuser=${enc(draft.from)}`);
    return `https://mail.google.com/mail/?${params.join('&')}`;
  }
  const params = [`to=${enc(to)}`, `subject=${enc(subject)}`];
  if (text !== undefined) params.push(`body=${enc(text)}`);
  return `https://outlook.office.com/mail/deeplink/compose?${params.join('&')}`;
}

/**
 * The compose URL for a client. `omitBody`: the seller chose to paste the body
 * from the clipboard because it is too long for the URL. Never truncates.
 */
export function composeUrl(client: EmailClient, draft: EmailDraft, options: { omitBody?: boolean } = {}): ComposeResult {
  const to = relayAddress(draft.to);
  if (!to) return { ok: false, why: 'badTo' };
  const omitBody = options.omitBody === true;
  const url = buildUrl(client, to, draft, omitBody ? undefined : draft.body);
  const limit = URL_LIMITS[client];
  if (url.length > limit) return { ok: false, why: 'tooLong', length: url.length, limit };
  return { ok: true, url, length: url.length, bodyOmitted: omitBody };
}

/** Is this URL one Parley builds for `client`? (The background opens nothing else.) */
export function isComposeUrl(client: EmailClient, url: string): boolean {
  if (client === 'mailto') return url.startsWith('mailto:');
  if (client === 'gmail') return url.startsWith('https://mail.google.com/mail/?view=cm&');
  return url.startsWith('https://outlook.office.com/mail/deeplink/compose?');
}
