/**
 * The job's files into the Contact Buyer page's file input: asked for one by
 * one, put in as a pick would, and nothing goes on until the page lists each;
 * the page's refusal (its words), a page without a file input, and a page that
 * never lists them each stop the job. The page's own reaction is played here.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { attachFiles, FILES_LISTED_TIMEOUT_MS } from '@/lib/page/contact-files';
import { loadFixture, US } from './load-fixture';

const URL_ = `${US}/messaging/contact?orderID=112-3456789-0123456&marketplaceID=ATVPDKIKX0DER`;
const BYTES: Record<string, string> = { f1: '%PDF-1.4 invoice', f2: 'warranty text' };
const work = {
  mode: 'fill' as const,
  jobId: 'job-1',
  attempt: 1,
  reason: 'invoice',
  text: 'Your invoice.',
  autoSubmit: false,
  files: [
    { id: 'f1', name: 'invoice.pdf', size: 16, type: 'application/pdf' },
    { id: 'f2', name: 'warranty.txt', size: 13, type: 'text/plain' },
  ],
};
let asked: unknown[];

beforeEach(() => {
  asked = [];
  loadFixture('contact-buyer.html', URL_);
  fakeBrowser.runtime.onMessage.addListener(((
    msg: { type: string; input: { fileId: string } },
    _s: unknown,
    reply: (r: unknown) => void,
  ) => {
    if (msg.type !== 'queue/fileData') return false;
    asked.push(msg.input);
    const text = BYTES[msg.input.fileId]!;
    const file = work.files.find((f) => f.id === msg.input.fileId)!;
    reply({ ok: true, value: { name: file.name, type: file.type, data: btoa(text) } });
    return true;
  }) as never);
});
afterEach(() => vi.useRealTimers());

const input = () => document.querySelector<HTMLInputElement>('.contact-buyer-file-input input[type="file"]')!;

/** The page: on change, list each file as a chip (or refuse with its own words). */
function pageReacts(refuse?: string): { received: () => Promise<string[]> } {
  const got: File[] = [];
  input().addEventListener('change', () => {
    got.push(...(input().files ?? []));
    const error = document.querySelector<HTMLElement>('.ayb-file-error')!;
    if (refuse) {
      error.hidden = false;
      error.textContent = refuse;
      return;
    }
    const list = document.querySelector('.file-attachment-list')!;
    for (const f of got) {
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'file-attachment-chip-file-name';
      name.textContent = f.name;
      li.append(name);
      list.append(li);
    }
  });
  return { received: () => Promise.all(got.map(async (f) => `${f.name}:${await f.text()}`)) };
}

describe('files into the Contact Buyer page', () => {
  it('puts each file in with its bytes and goes on once the page lists them all', async () => {
    const page = pageReacts();
    expect(await attachFiles(work, new AbortController().signal)).toBeUndefined();
    expect(asked).toEqual([
      { jobId: 'job-1', fileId: 'f1' },
      { jobId: 'job-1', fileId: 'f2' },
    ]);
    expect(await page.received()).toEqual(['invoice.pdf:%PDF-1.4 invoice', 'warranty.txt:warranty text']);
  });

  it("a page that refuses a file stops the job with the page's words", async () => {
    pageReacts('The files are larger than 10 MB in total.');
    expect(await attachFiles(work, new AbortController().signal)).toEqual({
      outcome: 'filesRefused',
      message: 'The files are larger than 10 MB in total.',
    });
  });

  it('a page without a file input stops the job: nothing goes without the files', async () => {
    input().remove();
    expect(await attachFiles(work, new AbortController().signal)).toEqual({ outcome: 'noFileInput' });
    expect(asked).toEqual([]);
  });

  it('a page that never lists the files stops the job after the wait', async () => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout'] });
    const step = attachFiles(work, new AbortController().signal);
    await vi.advanceTimersByTimeAsync(FILES_LISTED_TIMEOUT_MS + 500);
    expect(await step).toEqual({ outcome: 'filesNotListed' });
  });

  it('a message without files needs no file input', async () => {
    input().remove();
    expect(await attachFiles({ ...work, files: [] }, new AbortController().signal)).toBeUndefined();
  });
});
