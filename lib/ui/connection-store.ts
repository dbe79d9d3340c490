import { create } from 'zustand';
import { sendMessage } from '../messaging';
import type { ParleyError } from '../result';

/** UI state only: whether the background answered. Persisted state is never copied here. */
interface ConnectionState {
  status: 'checking' | 'connected' | 'failed';
  version?: string;
  error?: ParleyError;
  check(): Promise<void>;
}

export const useConnection = create<ConnectionState>((set) => ({
  status: 'checking',
  async check() {
    set({ status: 'checking', error: undefined });
    const answer = await sendMessage('ping', {});
    if (answer.ok) set({ status: 'connected', version: answer.value.version });
    else set({ status: 'failed', error: answer.error });
  },
}));
