/**
 * The composer's email choices (UI state only): From, subject, [Important],
 * the mail client, and the last hand-off's answer. The approved senders are
 * loaded from the background each time the panel opens, never kept.
 */
import { create } from 'zustand';
import { checkSubject, defaultSubject, withImportant, type EmailClient } from '../domain/email';
import { checkAddress, type Sender } from '../domain/senders';
import type { EmailAnswer } from '../protocol/contacts';
import { sendMessage } from '../messaging';
import type { ParleyError } from '../result';

/** The "another address" choice of the From list. */
export const OTHER = '__other__';

export interface EmailState {
  orderId?: string;
  senders: Sender[];
  /** An approved address, or OTHER. */
  choice: string;
  typed: string;
  subject: string;
  client: EmailClient;
  answer?: EmailAnswer;
  error?: ParleyError;
  load(orderId: string, lang: string | undefined, client: EmailClient): Promise<void>;
  choose(choice: string): void;
  type(address: string): void;
  setSubject(subject: string): void;
  setImportant(on: boolean): void;
  setClient(client: EmailClient): void;
  done(answer: EmailAnswer | undefined, error?: ParleyError): void;
}

export const useEmail = create<EmailState>((set, get) => ({
  senders: [],
  choice: '',
  typed: '',
  subject: '',
  client: 'mailto',
  async load(orderId, lang, client) {
    const fresh = get().orderId !== orderId;
    if (fresh) set({ orderId, subject: defaultSubject(orderId, lang), answer: undefined, error: undefined, typed: '', choice: '', client });
    const answer = await sendMessage('contacts/senders', {});
    const senders = answer.ok ? answer.value.senders : [];
    const approved = senders.filter((s) => s.status === 'approved');
    const choice = get().choice || approved[0]?.address || OTHER;
    set({ senders, choice });
  },
  choose(choice) {
    set({ choice, error: undefined });
  },
  type(typed) {
    set({ typed, error: undefined });
  },
  setSubject(subject) {
    set({ subject, error: undefined });
  },
  setImportant(on) {
    set({ subject: withImportant(get().subject, on) });
  },
  setClient(client) {
    set({ client });
  },
  done(answer, error) {
    set({ answer, error });
  },
}));

/** The From the seller chose (canonical), and whether Amazon accepts mail from it. */
export function chosenSender(s: Pick<EmailState, 'choice' | 'typed' | 'senders'>): {
  address?: string;
  approved: boolean;
  invalid?: string;
} {
  const raw = s.choice === OTHER ? s.typed : s.choice;
  const check = checkAddress(raw);
  if (!check.ok) return { approved: false, ...(raw.trim() ? { invalid: check.why } : {}) };
  const known = s.senders.find((x) => x.address.toLowerCase() === check.address.toLowerCase());
  return { address: check.address, approved: known?.status === 'approved' };
}

/** Ready for Send: a valid From (approved, or not: then the message is held) and an acceptable subject. */
export function emailReady(s: Pick<EmailState, 'choice' | 'typed' | 'senders' | 'subject'>, critical: boolean): boolean {
  return chosenSender(s).address !== undefined && checkSubject(s.subject, critical).ok;
}
