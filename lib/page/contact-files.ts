/**
 * The job's files into the Contact Buyer page's file input, as a seller's pick
 * would put them there: a DataTransfer's files, then a bubbling `input` and
 * `change`. Nothing goes on until the page lists every file by name; a page
 * that refuses one fails the job with the page's own words. A message with
 * files is never handed over (or sent) without them.
 */
import type { FormWork } from '../domain/queue-view';
import { sendMessage } from '../messaging';
import type { Step } from './contact-form-dom';
import { CONTACT_PAGE, queryAll, queryFirst } from './selectors';

type FillWork = Extract<NonNullable<FormWork>, { mode: 'fill' }>;

/** How long the page may take to list the files (it reads them first). */
export const FILES_LISTED_TIMEOUT_MS = 15_000;

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const text = (el: Element | null): string => (el?.textContent ?? '').trim().slice(0, 500);

/** What the page says now: refused (its words), every name listed, or not yet. */
function pageVerdict(names: readonly string[]): Step | 'listed' | undefined {
  const error = text(queryFirst(document, CONTACT_PAGE.contactFileError));
  if (error) return { outcome: 'filesRefused', message: error };
  const listed = queryAll(document, CONTACT_PAGE.attachedFileName).map(text);
  return names.every((name) => listed.some((l) => l === name || l.startsWith(name))) ? 'listed' : undefined;
}

export async function attachFiles(work: FillWork, signal: AbortSignal): Promise<Step | undefined> {
  const wanted = work.files ?? [];
  if (wanted.length === 0) return undefined;
  const input = queryFirst<HTMLInputElement>(document, CONTACT_PAGE.contactFileInput);
  if (!input) return { outcome: 'noFileInput' };
  const transfer = new DataTransfer();
  for (const file of wanted) {
    const answer = await sendMessage('queue/fileData', { jobId: work.jobId, fileId: file.id });
    if (signal.aborted) return undefined;
    if (!answer.ok) return { outcome: 'filesNotListed', message: answer.error.message };
    transfer.items.add(new File([fromBase64(answer.value.data)], answer.value.name, { type: answer.value.type }));
  }
  input.files = transfer.files;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const names = wanted.map((f) => f.name);
  const started = Date.now();
  while (!signal.aborted && Date.now() - started < FILES_LISTED_TIMEOUT_MS) {
    const seen = pageVerdict(names);
    if (seen === 'listed') return undefined;
    if (seen) return seen;
    await new Promise((r) => setTimeout(r, 100));
  }
  return signal.aborted ? undefined : { outcome: 'filesNotListed' };
}
