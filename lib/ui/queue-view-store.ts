import { create } from 'zustand';
import { browser } from 'wxt/browser';
import type { SellerAction } from '../domain/queue';
import type { QueueListOutput } from '../domain/queue-view';
import { sendMessage } from '../messaging';
import type { ParleyError } from '../result';

/**
 * UI state of the queue view only: the last answer of `queue/list` (the
 * background owns the queue), which action is in flight, the last refusal.
 * Live: any change of the stored queue, quarantine or settings reloads it.
 */
interface QueueViewState {
  status: 'loading' | 'ready' | 'failed';
  data?: QueueListOutput;
  error?: ParleyError;
  /** The job (or quarantine record) whose button was pressed, until the answer. */
  busy?: string;
  actionError?: { id: string; error: ParleyError };
  load(): Promise<void>;
  act(jobId: string, action: SellerAction): Promise<void>;
  setPaused(paused: boolean): Promise<void>;
  dismiss(id: string): Promise<void>;
  /** Follow storage changes; returns the unsubscribe. */
  watch(): () => void;
}

const WATCHED_KEYS = ['queue', 'queueQuarantine', 'settings'];

export const useQueueView = create<QueueViewState>((set, get) => ({
  status: 'loading',
  async load() {
    const answer = await sendMessage('queue/list', {});
    if (answer.ok) set({ status: 'ready', data: answer.value, error: undefined });
    else set({ status: 'failed', error: answer.error });
  },
  async act(jobId, action) {
    set({ busy: jobId, actionError: undefined });
    const answer = await sendMessage('queue/action', { jobId, action });
    set({ busy: undefined, ...(answer.ok ? {} : { actionError: { id: jobId, error: answer.error } }) });
    await get().load();
  },
  async setPaused(paused) {
    set({ busy: 'pause', actionError: undefined });
    const answer = await sendMessage('queue/pause', { paused });
    set({ busy: undefined, ...(answer.ok ? {} : { actionError: { id: 'pause', error: answer.error } }) });
    await get().load();
  },
  async dismiss(id) {
    set({ busy: id });
    await sendMessage('queue/dismissQuarantined', { id });
    set({ busy: undefined });
    await get().load();
  },
  watch() {
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.keys(changes).some((k) => WATCHED_KEYS.includes(k))) void get().load();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
}));
