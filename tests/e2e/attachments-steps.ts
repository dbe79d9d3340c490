/**
 * Attachments end to end, shared by Chromium and Firefox: the composer (a tab
 * at popup.html?order=ID) opened before Parley knew its order says so, and
 * opens once Manage Orders is; an invoice without a file cannot be sent, an
 * 11 MB file is refused with the limit named, a PDF attached goes with the
 * message to the mock Contact Buyer page, which records it with the same
 * SHA-256; exactly one message; afterwards no file bytes are left in the
 * extension's storage.
 */
import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import type { MockSite } from '../fixtures/seller-central/server.ts';
import { composerState, setMessage, tabDriver, waitForComposer, waitForSend, type Driver } from './composer-steps.ts';
import { evaluateIn, poll, waitForParleyMark, type AnyPage } from './support/poll.ts';

export interface AttachDriver {
  site: MockSite;
  /** An extension page (options.html) to read storage and IndexedDB through. */
  control: AnyPage;
  pages(): Promise<AnyPage[]>;
  /** A new tab at this Seller Central URL. */
  openSellerCentral(url: string): Promise<AnyPage>;
  /** The composer for this order in a tab (popup.html?order=ID). */
  openComposer(orderId: string): Promise<AnyPage>;
}

/** The mock's unshipped, seller-fulfilled US order: the invoice reason is offered. */
export const INVOICE_ORDER = '112-3456789-0123456';
const FILE_NAME = `invoice-${INVOICE_ORDER}.pdf`;
const PDF = Buffer.from(`%PDF-1.4\n% Parley e2e invoice for ${INVOICE_ORDER}\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n`);
const TEXT = `Hello John, the invoice for your order ${INVOICE_ORDER} is attached.`;

/** Put files into the composer's "Attach files" input, as a pick in the file chooser would. */
function pick(d: Driver, files: { name: string; type: string; base64?: string; size?: number }[]): Promise<void> {
  return d.run((doc, list) => {
    const input = doc.querySelector('input[type="file"][aria-label="Attach files"]') as HTMLInputElement;
    const transfer = new DataTransfer();
    for (const f of list) {
      const bytes = f.base64 ? Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0)) : new Uint8Array(f.size ?? 0);
      transfer.items.add(new File([bytes], f.name, { type: f.type }));
    }
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, files);
}

const attachedNames = (d: Driver) =>
  d.run((doc) => [...doc.querySelectorAll('[data-parley-file] .parley-attach__name')].map((n) => n.textContent ?? ''), null);
const attachStatus = (d: Driver) => d.run((doc) => doc.querySelector('.parley-attach [role="status"]')?.textContent ?? '', null);

/** The states of the stored jobs. */
function jobStates(control: AnyPage): Promise<string[]> {
  return evaluateIn(control, async () => {
    type Area = { get(k: string): Promise<Record<string, { jobs?: { state: string }[] }>> };
    const g = globalThis as unknown as { browser?: { storage: { local: Area } }; chrome?: { storage: { local: Area } } };
    const { queue } = await (g.browser ?? g.chrome)!.storage.local.get('queue');
    return (queue?.jobs ?? []).map((j) => j.state);
  });
}

/** What the extension keeps: IndexedDB's file records and every storage area, as the control page reads them. */
function storageDump(control: AnyPage): Promise<{ fileRecords: number; text: string }> {
  return evaluateIn(control, async () => {
    type Area = { get(k: null): Promise<Record<string, unknown>> };
    const g = globalThis as unknown as { browser?: { storage: Record<string, Area> }; chrome?: { storage: Record<string, Area> } };
    const api = (g.browser ?? g.chrome)!;
    const records = await new Promise<number>((resolve) => {
      const open = indexedDB.open('parley-files');
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('files')) return resolve(0);
        const count = db.transaction('files').objectStore('files').count();
        count.onsuccess = () => resolve(count.result);
      };
      open.onerror = () => resolve(-1);
    });
    const areas = await Promise.all([api.storage.local!.get(null), api.storage.session?.get(null) ?? Promise.resolve({})]);
    return { fileRecords: records, text: JSON.stringify(areas) };
  });
}

export async function invoiceWithFile(d: AttachDriver, browserName: string): Promise<void> {
  // Opened before Parley has seen the order, the composer says so; opening Manage Orders, as that note
  // asks, opens it there (pages report their orders in idle time, so this is also the race of a quick seller).
  const c = tabDriver(await d.openComposer(INVOICE_ORDER));
  await poll(() => c.run((doc) => doc.querySelector('[role="alert"]')?.textContent?.includes('does not know order') || undefined, null), {
    message: 'the note that Parley does not know the order yet',
  });
  const orders = await d.openSellerCentral('/orders-v3?pageSize=100');
  await waitForParleyMark(orders);
  await waitForComposer(c);
  await c.click('#parley-reason-invoice');
  await setMessage(c, `${TEXT} (${browserName})`);

  // No file: the rules check says the reason needs one, and Send stays disabled.
  const blocked = await waitForSend(c, false);
  await poll(async () => (await composerState(c)).findings.some((f) => f.includes('This reason needs a file')), {
    message: 'the finding that the invoice needs a file',
  });
  expect(blocked.why).toMatch(/files/i);

  // 11 MB: refused in the composer, the limit named, nothing attached.
  await pick(c, [{ name: 'scan.pdf', type: 'application/pdf', size: 11 * 1024 * 1024 }]);
  await poll(async () => (await attachStatus(c)).includes('10 MB'), { message: 'the 10 MB refusal' });
  expect(await attachedNames(c)).toEqual([]);

  await pick(c, [{ name: FILE_NAME, type: 'application/pdf', base64: PDF.toString('base64') }]);
  await poll(async () => (await attachedNames(c)).includes(FILE_NAME), { message: 'the PDF in the list' });
  await waitForSend(c, true);
  await c.click('.parley-send button.parley-button--primary');
  await poll(async () => (await composerState(c)).queued !== '', { message: 'the message queued' });

  // The Parley tab fills the form, files included, and hands it over; the seller presses Send there.
  await poll(async () => (await jobStates(d.control)).includes('awaiting-seller'), { timeout: 30_000, message: 'the job handed over' });
  const tab = await poll(async () => (await d.pages()).find((p) => p.url().includes(`/messaging/contact?orderID=${INVOICE_ORDER}`)), {
    timeout: 20_000,
    message: 'the Parley tab on Contact Buyer',
  });
  const listed = await evaluateIn(tab, () => [...document.querySelectorAll('.file-attachment-chip-file-name')].map((n) => n.textContent));
  expect(listed).toEqual([FILE_NAME]);
  expect(d.site.sent()).toEqual([]);
  await evaluateIn(tab, () => (document.querySelector('kat-button.ayb-contact-form-send-button') as HTMLElement).click());
  const sent = await poll(() => (d.site.sent().length ? d.site.sent() : undefined), { timeout: 20_000, message: 'the message recorded' });
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ orderId: INVOICE_ORDER, reason: 'invoice' });
  expect(sent[0]!.files).toEqual([{ name: FILE_NAME, size: PDF.length, sha256: createHash('sha256').update(PDF).digest('hex') }]);

  // Sent: the bytes are gone; nothing in storage names the file in the clear.
  const dump = await poll(async () => ((s) => (s.fileRecords === 0 ? s : undefined))(await storageDump(d.control)), {
    timeout: 15_000,
    message: 'no file records left',
  });
  expect(dump.text).not.toContain(FILE_NAME);
  expect(dump.text).not.toContain(PDF.toString('base64').slice(0, 24));
}
