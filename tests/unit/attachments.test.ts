import { describe, expect, it } from 'vitest';
import { checkFiles, formatSize, isAllowedKind, nameProblem, refuseNewFile, TOTAL_BYTES_LIMIT } from '../../lib/domain/attachments';

const file = (name: string, size = 1000, type = '') => ({ id: name, name, size, type });
const MB = 1024 * 1024;

describe('attachments: kinds Amazon takes', () => {
  it.each([
    ['invoice.pdf', 'application/pdf', true],
    ['INVOICE.PDF', '', true],
    ['design.png', 'image/png', true],
    ['photo.jpeg', 'image/jpeg', true],
    ['notes.txt', 'text/plain', true],
    ['warranty.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', true],
    ['letter.doc', 'application/octet-stream', true],
    ['animation.gif', 'image/gif', false],
    ['setup.exe', 'application/x-msdownload', false],
    ['page.html', 'text/html', false],
    ['archive.zip', 'application/zip', false],
    ['no-extension', 'application/pdf', false],
    ['fake.pdf', 'text/html', false],
  ])('%s (%s): %s', (name, type, allowed) => {
    expect(isAllowedKind(name, type)).toBe(allowed);
  });
});

describe('attachments: checks per message', () => {
  it('an invoice without a file cannot be sent', () => {
    expect(checkFiles([], 'invoice').map((p) => p.code)).toEqual(['fileRequired']);
    expect(checkFiles([], 'warranty').map((p) => p.code)).toEqual(['fileRequired']);
    expect(checkFiles([], 'confirmOrderDetails')).toEqual([]);
  });

  it('reasons without attachments refuse files', () => {
    expect(checkFiles([file('a.pdf')], 'confirmOrderDetails')).toEqual([{ code: 'filesNotAllowed', severity: 'error', count: 1 }]);
  });

  it('counts at most the reason allows', () => {
    const six = Array.from({ length: 6 }, (_, i) => file(`invoice-${i}.pdf`));
    expect(checkFiles(six, 'invoice')).toEqual([{ code: 'fileCount', severity: 'error', count: 6, max: 5 }]);
    expect(checkFiles(six.slice(0, 5), 'invoice')).toEqual([]);
  });

  it('10 MB in total per message, not per file', () => {
    expect(checkFiles([file('a.pdf', 6 * MB), file('b.pdf', 4 * MB)], 'invoice')).toEqual([]);
    const over = checkFiles([file('a.pdf', 6 * MB), file('b.pdf', 4 * MB + 1)], 'invoice');
    expect(over).toEqual([{ code: 'fileTotal', severity: 'error', total: 10 * MB + 1, limit: TOTAL_BYTES_LIMIT }]);
  });

  it('a kind Amazon does not take is an error naming the file', () => {
    expect(checkFiles([file('virus.exe')], 'invoice')).toEqual([
      { code: 'fileKind', severity: 'error', fileId: 'virus.exe', name: 'virus.exe' },
    ]);
  });

  it('refuses a new file before reading it: kind, empty, or over the total', () => {
    expect(refuseNewFile([], { name: 'big.pdf', size: 11 * MB, type: 'application/pdf' })).toBe('total');
    expect(refuseNewFile([{ size: 9 * MB }], { name: 'b.pdf', size: 2 * MB, type: '' })).toBe('total');
    expect(refuseNewFile([], { name: 'x.gif', size: 10, type: 'image/gif' })).toBe('kind');
    expect(refuseNewFile([], { name: 'x.pdf', size: 0, type: '' })).toBe('empty');
    expect(refuseNewFile([{ size: 1 * MB }], { name: 'x.pdf', size: 9 * MB, type: '' })).toBeUndefined();
  });
});

describe('attachments: file names follow the text rules', () => {
  it.each([
    ['invoice-john@example.com.pdf', 'email'],
    ['see www.lotus-shop.example.pdf', 'link'],
    ['https___lotus.example_invoice.pdf', undefined],
    ['call me +1 415 555 0100.pdf', 'phone'],
    ['invoice_+44_20_7946_0958.pdf', 'phone'],
    ['invoice 112-3456789-0123456.pdf', undefined],
    ['Rechnung_2026-03.pdf', undefined],
    ['invoice.pdf', undefined],
  ])('%s: %s', (name, what) => {
    expect(nameProblem(name)).toBe(what);
  });

  it('a flagged name blocks Send', () => {
    expect(checkFiles([file('mail seller@shop.example.pdf')], 'invoice').map((p) => p.code)).toEqual(['fileName']);
  });
});

describe('attachments: sizes', () => {
  it.each([
    [512, '512 B'],
    [2048, '2 KB'],
    [10 * MB, '10 MB'],
    [11.5 * MB, '11.5 MB'],
  ])('%d bytes: %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });
});
