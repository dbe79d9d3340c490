/**
 * Files from the composer to the Contact Buyer page: attached to the draft
 * (checked, sealed in IndexedDB), refused with the limit named, required by the
 * invoice reason in the worker too, handed to the job at Send, given only to the
 * Parley tab, and deleted once the message is sent. Real vault, fake IndexedDB.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/lib/background/router';
import { composerHandlers } from '@/lib/background/handlers/composer';
import { queueHandlers, setupQueue } from '@/lib/background/handlers/queue';
import { settled, stopTimer } from '@/lib/background/queue-runner';
import { deleteAllFiles, fileCensus } from '@/lib/background/file-store';
import { deleteAllBuyerData } from '@/lib/background/retention';

const ORDER = '112-1234567-1234567';
const CONTACT_URL = `https://sellercentral.amazon.com/messaging/contact?orderID=${ORDER}&marketplaceID=ATVPDKIKX0DER`;
const popup = () => ({ id: fakeBrowser.runtime.id, url: `${fakeBrowser.runtime.getURL('/')}popup.html` });
const page = (tabId: number) => ({ id: fakeBrowser.runtime.id, url: CONTACT_URL, frameId: 0, tab: { id: tabId } });
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many message types, checked by shape
type Answer = { ok: boolean; value?: any; error?: { code: string; message: string } };
const send = (type: string, input: unknown, sender: object = popup()) =>
  dispatch({ parley: 1, type, input }, sender as never, { ...composerHandlers, ...queueHandlers }) as Promise<Answer>;

const PDF = Buffer.from('%PDF-1.4 Parley test invoice 112-1234567-1234567 %%EOF');
const b64 = (b: Buffer) => b.toString('base64');
const sha = async (b: Buffer) => Buffer.from(await crypto.subtle.digest('SHA-256', new Uint8Array(b))).toString('hex');
const invoice = (text = 'Hello, your invoice for order 112-1234567-1234567 is attached.') => ({
  orderId: ORDER,
  marketplaceId: 'ATVPDKIKX0DER',
  host: 'sellercentral.amazon.com',
  reason: 'invoice',
  text,
  transport: 'form',
});
/** What IndexedDB holds, read around Parley's own code. */
function rawRecords(): Promise<{ ct: ArrayBuffer }[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('parley-files', 1);
    open.onsuccess = () => {
      const req = open.result.transaction('files').objectStore('files').getAll();
      req.onsuccess = () => {
        open.result.close();
        resolve(req.result as { ct: ArrayBuffer }[]);
      };
      req.onerror = () => reject(req.error);
    };
    open.onerror = () => reject(open.error);
  });
}
const parleyTabId = async () => (await fakeBrowser.storage.session.get('queueTab')).queueTab as number;

let teardown: () => void;
beforeEach(async () => {
  await deleteAllFiles(); // IndexedDB outlives fakeBrowser's reset between tests
  fakeBrowser.tabs.reload = vi.fn(async () => undefined) as never;
  teardown = setupQueue();
  await settled();
});
afterEach(() => {
  teardown();
  stopTimer();
});

describe('files on the draft', () => {
  it('keeps a PDF sealed with the draft and lists it with its SHA-256, never its bytes', async () => {
    const added = await send('composer/fileAdd', {
      orderId: ORDER,
      name: 'invoice-112-1234567-1234567.pdf',
      type: 'application/pdf',
      data: b64(PDF),
    });
    expect(added).toMatchObject({
      ok: true,
      value: { file: { name: 'invoice-112-1234567-1234567.pdf', size: PDF.length, sha256: await sha(PDF) } },
    });
    expect(await send('composer/files', { orderId: ORDER })).toMatchObject({ ok: true, value: { files: [{ sha256: await sha(PDF) }] } });
    expect(await fileCensus()).toEqual([{ owner: `draft:${ORDER}`, size: PDF.length }]);
  });

  it('refuses an 11 MB file naming the limit, a kind Amazon does not take, and an empty file', async () => {
    const big = Buffer.alloc(11 * 1024 * 1024, 1);
    const refused = await send('composer/fileAdd', { orderId: ORDER, name: 'scan.pdf', type: 'application/pdf', data: b64(big) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'file-total' } });
    expect(refused.error!.message).toContain('10 MB');
    expect(await send('composer/fileAdd', { orderId: ORDER, name: 'tool.exe', type: '', data: b64(PDF) })).toMatchObject({
      ok: false,
      error: { code: 'file-kind' },
    });
    expect(await send('composer/fileAdd', { orderId: ORDER, name: 'a.pdf', type: 'application/pdf', data: '' })).toMatchObject({
      ok: false,
      error: { code: 'file-empty' },
    });
    expect(await fileCensus()).toEqual([]);
  });

  it('Discard removes the draft files', async () => {
    await send('composer/fileAdd', { orderId: ORDER, name: 'a.pdf', type: 'application/pdf', data: b64(PDF) });
    expect(await send('composer/draftClear', { orderId: ORDER })).toMatchObject({ ok: true });
    expect(await fileCensus()).toEqual([]);
  });
});

describe('files through the queue', () => {
  it('the worker refuses an invoice without a file, whatever the popup said', async () => {
    expect(await send('queue/enqueue', invoice())).toMatchObject({ ok: false, error: { code: 'files' } });
  });

  it('Send hands the files to the job; only the Parley tab gets them; sent deletes their bytes', async () => {
    await send('composer/fileAdd', { orderId: ORDER, name: 'invoice.pdf', type: 'application/pdf', data: b64(PDF) });
    const queued = await send('queue/enqueue', invoice());
    expect(queued).toMatchObject({ ok: true });
    const jobId = queued.value.jobId as string;
    await settled();
    const tabId = await parleyTabId();
    expect(await fileCensus()).toEqual([{ owner: `job:${jobId}`, size: PDF.length }]);
    expect(await send('composer/files', { orderId: ORDER })).toMatchObject({ value: { files: [] } });

    const ready = await send('queue/formReady', { orderId: ORDER }, page(tabId));
    const files = ready.value.work.files as { id: string; name: string }[];
    expect(files).toEqual([{ id: expect.any(String), name: 'invoice.pdf', size: PDF.length, type: 'application/pdf' }]);
    expect(await send('queue/fileData', { jobId, fileId: files[0]!.id }, page(tabId + 1))).toMatchObject({ ok: false });
    const data = await send('queue/fileData', { jobId, fileId: files[0]!.id }, page(tabId));
    expect(Buffer.from(data.value.data, 'base64').equals(PDF)).toBe(true);

    // At rest: no name in storage.local (sealed), no plaintext bytes in IndexedDB.
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('invoice.pdf');
    const records = await rawRecords();
    expect(records).toHaveLength(1);
    expect(Buffer.from(records[0]!.ct).includes(Buffer.from('%PDF'))).toBe(false);
    expect(Buffer.from(records[0]!.ct).byteLength).toBeGreaterThanOrEqual(PDF.length);

    await send('queue/formReport', { jobId, attempt: 1, outcome: 'filled' }, page(tabId));
    await send('queue/formReport', { jobId, attempt: 1, outcome: 'sent' }, page(tabId));
    await vi.waitFor(async () => expect(await fileCensus()).toEqual([]));
  });

  it('Delete all buyer data keeps a queued message whole: its files come back under the new key', async () => {
    await send('composer/fileAdd', { orderId: ORDER, name: 'invoice.pdf', type: 'application/pdf', data: b64(PDF) });
    const jobId = (await send('queue/enqueue', invoice('Hello, the invoice for order 112-1234567-1234567.'))).value.jobId as string;
    await settled();
    await send('composer/fileAdd', { orderId: '113-1111111-1111111', name: 'other.pdf', type: 'application/pdf', data: b64(PDF) });
    await deleteAllBuyerData();
    expect(await fileCensus()).toEqual([{ owner: `job:${jobId}`, size: PDF.length }]);
    const tabId = await parleyTabId();
    const ready = await send('queue/formReady', { orderId: ORDER }, page(tabId));
    const data = await send('queue/fileData', { jobId, fileId: ready.value.work.files[0].id }, page(tabId));
    expect(Buffer.from(data.value.data, 'base64').equals(PDF)).toBe(true);
  });
});
