/**
 * The files attached to the composer's draft, as the background keeps them
 * (never a second copy of the bytes here). A file is checked before it is read
 * (kind, empty, 10 MB in all), then its bytes go to the background, which keeps
 * them sealed with the draft.
 */
import { create } from 'zustand';
import { formatSize, refuseNewFile, TOTAL_BYTES_LIMIT, type FileMeta } from '../domain/attachments';
import { t } from '../i18n';
import { sendMessage } from '../messaging';

export interface AttachmentsState {
  orderId?: string;
  files: FileMeta[];
  busy: boolean;
  /** What went wrong with the last file added or removed, in words. */
  error?: string;
  load(orderId: string): Promise<void>;
  add(files: readonly File[]): Promise<void>;
  remove(fileId: string): Promise<void>;
  reset(): void;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function refusalText(file: File, why: 'kind' | 'total' | 'empty'): string {
  if (why === 'kind') return t('composerFileKind', file.name);
  if (why === 'empty') return t('composerFileEmpty', file.name);
  return t('composerFileTotal', [file.name, formatSize(TOTAL_BYTES_LIMIT)]);
}

export const useAttachments = create<AttachmentsState>((set, get) => ({
  files: [],
  busy: false,
  async load(orderId) {
    set({ orderId, files: [], error: undefined });
    const answer = await sendMessage('composer/files', { orderId });
    if (get().orderId === orderId) set(answer.ok ? { files: answer.value.files } : { error: answer.error.message });
  },
  async add(picked) {
    const orderId = get().orderId;
    if (!orderId || picked.length === 0) return;
    set({ busy: true, error: undefined });
    for (const file of picked) {
      const why = refuseNewFile(get().files, file);
      if (why) {
        set({ error: refusalText(file, why) });
        continue;
      }
      const data = toBase64(new Uint8Array(await file.arrayBuffer()));
      const answer = await sendMessage('composer/fileAdd', { orderId, name: file.name, type: file.type, data });
      if (get().orderId !== orderId) return;
      if (answer.ok) set({ files: [...get().files, answer.value.file] });
      else set({ error: answer.error.message });
    }
    set({ busy: false });
  },
  async remove(fileId) {
    const orderId = get().orderId;
    if (!orderId) return;
    const answer = await sendMessage('composer/fileRemove', { orderId, fileId });
    if (answer.ok) set({ files: get().files.filter((f) => f.id !== fileId), error: undefined });
    else set({ error: answer.error.message });
  },
  reset() {
    set({ orderId: undefined, files: [], busy: false, error: undefined });
  },
}));
