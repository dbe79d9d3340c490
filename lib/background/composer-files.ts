/**
 * The composer's files: attached to the order's draft (owner `draft:ORDER` in
 * the file store), checked before they are kept (a kind Amazon refuses, an empty
 * file, or more than 10 MB in all is answered with the limit named), handed to
 * the job at Send, and given back as base64 for the Contact Buyer page or a
 * download. Messages carry JSON, hence base64.
 */
import { formatSize, refuseNewFile, TOTAL_BYTES_LIMIT, type FileMeta } from '../domain/attachments';
import { t } from '../i18n';
import { err, ok, type Result } from '../result';
import { deleteFile, draftOwner, fileBytes, filesOf, putFile } from './file-store';

/** Files on one draft at most (Amazon takes up to 5 per message; the check says so before Send). */
const MAX_FILES = 10;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunked: String.fromCharCode(...bytes) overflows the stack on large files.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export const draftFiles = (orderId: string): Promise<FileMeta[]> => filesOf(draftOwner(orderId));

export async function addDraftFile(input: {
  orderId: string;
  name: string;
  type: string;
  data: string;
}): Promise<Result<{ file: FileMeta }>> {
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = fromBase64(input.data);
  } catch {
    return err('file-unreadable', t('composerFileUnreadable', input.name));
  }
  const existing = await draftFiles(input.orderId);
  if (existing.length >= MAX_FILES) return err('file-count', t('composerFileTooMany', String(MAX_FILES)));
  switch (refuseNewFile(existing, { name: input.name, size: bytes.byteLength, type: input.type })) {
    case 'kind':
      return err('file-kind', t('composerFileKind', input.name));
    case 'empty':
      return err('file-empty', t('composerFileEmpty', input.name));
    case 'total':
      return err('file-total', t('composerFileTotal', [input.name, formatSize(TOTAL_BYTES_LIMIT)]));
  }
  return ok({ file: await putFile(draftOwner(input.orderId), { name: input.name, type: input.type, bytes }) });
}

export const removeDraftFile = async (orderId: string, fileId: string): Promise<boolean> =>
  (await deleteFile(draftOwner(orderId), fileId)) > 0;

/** One file of an owner as base64, or undefined (not that owner's, or its seal does not open). */
export async function fileData(owner: string, fileId: string): Promise<{ name: string; type: string; data: string } | undefined> {
  const file = await fileBytes(owner, fileId);
  return file ? { name: file.meta.name, type: file.meta.type, data: toBase64(file.bytes) } : undefined;
}
