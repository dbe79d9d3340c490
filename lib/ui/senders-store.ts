/**
 * The options page's approved-senders section (UI state only): the list and
 * the waiting email jobs as the background last answered, the pending import
 * review, and the last notice. Every change goes through the background and
 * the list is read again from its answer.
 */
import { create } from 'zustand';
import type { ImportRow, Sender, SenderStatus } from '../domain/senders';
import { t } from '../i18n';
import { sendMessage } from '../messaging';

export interface Waiting {
  jobId: string;
  orderId: string;
  from: string;
  state: 'held' | 'queued';
}

interface Notice {
  kind: 'ok' | 'error';
  text: string;
}

export interface SendersState {
  senders: Sender[];
  waiting: Waiting[];
  review: { at: number; host: string; rows: ImportRow[] } | null;
  notice?: Notice;
  load(): Promise<void>;
  add(address: string, status: SenderStatus): Promise<boolean>;
  setStatus(address: string, status: SenderStatus): Promise<void>;
  remove(address: string): Promise<void>;
  confirmImport(addresses: string[]): Promise<void>;
  discardImport(): Promise<void>;
  handOff(job: Waiting): Promise<void>;
}

type SenderAnswer = Awaited<ReturnType<typeof sendMessage<'contacts/senderAdd'>>>;

export const useSenders = create<SendersState>((set, get) => {
  const after = async (answer: SenderAnswer, success?: string): Promise<boolean> => {
    if (!answer.ok) {
      set({ notice: { kind: 'error', text: answer.error.message } });
      return false;
    }
    const { released, heldAgain, sender } = answer.value as { released: number; heldAgain: number; sender: Sender };
    const text = released
      ? t('contactsSenderReleased', [String(released), sender.address])
      : heldAgain
        ? t('contactsSenderHeldAgain', [String(heldAgain), sender.address])
        : success;
    set({ notice: text ? { kind: 'ok', text } : undefined });
    await get().load();
    return true;
  };
  return {
    senders: [],
    waiting: [],
    review: null,
    async load() {
      const [list, review] = await Promise.all([sendMessage('contacts/senders', {}), sendMessage('contacts/importPending', {})]);
      if (list.ok) set({ senders: list.value.senders, waiting: list.value.waiting });
      if (review.ok) set({ review: review.value.review });
    },
    async add(address, status) {
      return after(await sendMessage('contacts/senderAdd', { address, status }), t('contactsSenderAdded', address.trim()));
    },
    async setStatus(address, status) {
      await after(await sendMessage('contacts/senderSetStatus', { address, status }));
    },
    async remove(address) {
      await after(await sendMessage('contacts/senderRemove', { address }));
    },
    async confirmImport(addresses) {
      const answer = await sendMessage('contacts/importConfirm', { addresses });
      if (answer.ok)
        set({ notice: { kind: 'ok', text: t('contactsImportDone', [String(answer.value.imported), String(answer.value.released)]) } });
      else set({ notice: { kind: 'error', text: answer.error.message } });
      await get().load();
    },
    async discardImport() {
      await sendMessage('contacts/importDiscard', {});
      await get().load();
    },
    async handOff(job) {
      const answer = await sendMessage('contacts/handOff', { jobId: job.jobId });
      if (!answer.ok) set({ notice: { kind: 'error', text: answer.error.message } });
      else if (answer.value.state === 'handedOff') {
        set({ notice: { kind: 'ok', text: t('contactsEmailHanded', [t(`contactsClient_${answer.value.client}`), job.from]) } });
      }
      await get().load();
    },
  };
});
