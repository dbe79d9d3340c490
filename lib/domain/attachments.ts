/**
 * Files sent with a message: which kinds Amazon's Contact Buyer page takes,
 * the 10 MB per message, each reason's count, reasons that need a file, and
 * the same personal-data rules for file names as for the text (a name is
 * shown to the buyer). Pure: sizes and names are data, no File objects.
 */
import { findEmails, findUrls } from './policy/links';
import { lintPhones } from './policy/phone';
import { fold } from './policy/text';
import { reasonById } from './reasons';

/** Amazon's limit for all files of one message together. */
export const TOTAL_BYTES_LIMIT = 10 * 1024 * 1024;

/**
 * Kinds the help pages name (PDF, images, text, Word), by extension and MIME
 * type. GIF is left out: the messaging rules forbid GIFs.
 */
const KINDS: Record<string, readonly string[]> = {
  pdf: ['application/pdf'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  png: ['image/png'],
  txt: ['text/plain'],
  doc: ['application/msword'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
};
export const ALLOWED_EXTENSIONS = Object.keys(KINDS);

/** What Parley keeps about one attached file (the bytes are stored apart, sealed). */
export interface FileMeta {
  id: string;
  name: string;
  size: number;
  /** The MIME type the browser reported ('' when it did not know). */
  type: string;
  /** Hex SHA-256 of the bytes, kept in the history after the bytes are gone. */
  sha256: string;
}

export const extensionOf = (name: string): string => /\.([A-Za-z0-9]{1,8})$/.exec(name)?.[1]?.toLowerCase() ?? '';

/** True when Amazon takes this kind: a known extension, and a MIME type (if any) that fits it. */
export function isAllowedKind(name: string, type: string): boolean {
  const types = KINDS[extensionOf(name)];
  if (!types) return false;
  return type === '' || type === 'application/octet-stream' || types.includes(type);
}

export type FileProblem =
  /** errors: Send stays disabled */
  | { code: 'fileKind'; severity: 'error'; fileId: string; name: string }
  | { code: 'fileTotal'; severity: 'error'; total: number; limit: number }
  | { code: 'fileCount'; severity: 'error'; count: number; max: number }
  | { code: 'filesNotAllowed'; severity: 'error'; count: number }
  | { code: 'fileRequired'; severity: 'error' }
  /** the name shows the buyer an email address, a link or a phone number */
  | { code: 'fileName'; severity: 'error'; fileId: string; name: string; what: 'email' | 'link' | 'phone' };

/** What a file name shows that the text rules forbid, or undefined. Separators count as spaces. */
export function nameProblem(name: string): 'email' | 'link' | 'phone' | undefined {
  const base = name.replace(/\.[A-Za-z0-9]{1,8}$/, '');
  const folded = fold(base);
  if (findEmails(folded).length > 0) return 'email';
  if (findUrls(folded).length > 0) return 'link';
  const spaced = fold(base.replace(/[_]+/g, ' '));
  if (lintPhones({ text: spaced, folded: spaced, context: {} }).length > 0) return 'phone';
  return undefined;
}

/** Every problem with the files of a message for this reason (none: fine to send). */
export function checkFiles(files: readonly Pick<FileMeta, 'id' | 'name' | 'size' | 'type'>[], reasonId: string | undefined): FileProblem[] {
  const problems: FileProblem[] = [];
  const reason = reasonId ? reasonById(reasonId) : undefined;
  if (reason && !reason.attachments.allowed && files.length > 0)
    problems.push({ code: 'filesNotAllowed', severity: 'error', count: files.length });
  if (reason?.attachments.requiredBySpApi && files.length === 0) problems.push({ code: 'fileRequired', severity: 'error' });
  if (reason?.attachments.allowed && files.length > reason.attachments.max) {
    problems.push({ code: 'fileCount', severity: 'error', count: files.length, max: reason.attachments.max });
  }
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > TOTAL_BYTES_LIMIT) problems.push({ code: 'fileTotal', severity: 'error', total, limit: TOTAL_BYTES_LIMIT });
  for (const f of files) {
    if (!isAllowedKind(f.name, f.type)) problems.push({ code: 'fileKind', severity: 'error', fileId: f.id, name: f.name });
    const what = nameProblem(f.name);
    if (what) problems.push({ code: 'fileName', severity: 'error', fileId: f.id, name: f.name, what });
  }
  return problems;
}

/** Why a new file cannot join the ones already attached (checked before its bytes are read), or undefined. */
export function refuseNewFile(
  existing: readonly Pick<FileMeta, 'size'>[],
  file: { name: string; size: number; type: string },
): 'kind' | 'total' | 'empty' | undefined {
  if (!isAllowedKind(file.name, file.type)) return 'kind';
  if (file.size === 0) return 'empty';
  const total = existing.reduce((sum, f) => sum + f.size, 0) + file.size;
  return total > TOTAL_BYTES_LIMIT ? 'total' : undefined;
}

/** A size as the seller reads it: bytes, KB or MB (1024-based, like file managers and Amazon's "10 MB"). */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}
