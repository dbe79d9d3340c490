import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AttachFiles } from '@/components/AttachFiles';
import { reasonById } from '@/lib/domain/reasons';
import { useAttachments } from '@/lib/ui/attachments-store';

const ORDER = '112-3456789-0123456';
let calls: { type: string; input: Record<string, unknown> }[];

beforeEach(() => {
  calls = [];
  useAttachments.getState().reset();
  fakeBrowser.runtime.onMessage.addListener(((
    msg: { type: string; input: Record<string, unknown> },
    _s: unknown,
    respond: (r: unknown) => void,
  ) => {
    calls.push(msg);
    if (msg.type === 'composer/files') respond({ ok: true, value: { files: [] } });
    else if (msg.type === 'composer/fileAdd') {
      const size = atob(msg.input.data as string).length;
      respond({
        ok: true,
        value: { file: { id: `id-${calls.length}`, name: msg.input.name, size, type: msg.input.type, sha256: 'a'.repeat(64) } },
      });
    } else if (msg.type === 'composer/fileRemove') respond({ ok: true, value: { removed: true } });
    return true;
  }) as never);
});
afterEach(() => cleanup());

describe('Attach files in the composer', () => {
  it('offers a native input named "Attach files", lists each file with its size, and removes one', async () => {
    await useAttachments.getState().load(ORDER);
    render(<AttachFiles reason={reasonById('invoice')} email={false} disabled={false} />);
    const input = screen.getByLabelText('Attach files') as HTMLInputElement;
    expect(input.type).toBe('file');
    await userEvent.upload(input, [
      new File(['%PDF-1.4 one'], 'invoice-112-3456789-0123456.pdf', { type: 'application/pdf' }),
      new File([new Uint8Array(3000)], 'photo.png', { type: 'image/png' }),
    ]);
    const list = await screen.findByRole('list', { name: 'Attached files' });
    await waitFor(() => expect(list.querySelectorAll('li')).toHaveLength(2));
    expect(list.textContent).toContain('invoice-112-3456789-0123456.pdf');
    expect(list.textContent).toContain('3 KB');
    await userEvent.click(screen.getByRole('button', { name: 'Remove photo.png' }));
    await waitFor(() => expect(list.querySelectorAll('li')).toHaveLength(1));
    expect(calls.filter((c) => c.type === 'composer/fileRemove')).toHaveLength(1);
  });

  it('refuses an 11 MB file before reading it, naming the 10 MB limit', async () => {
    await useAttachments.getState().load(ORDER);
    render(<AttachFiles reason={reasonById('invoice')} email={false} disabled={false} />);
    const big = new File([new Uint8Array(11 * 1024 * 1024)], 'scan.pdf', { type: 'application/pdf' });
    await userEvent.upload(screen.getByLabelText('Attach files'), big);
    await screen.findByText('scan.pdf would make the files larger than 10 MB in all, Amazon’s limit for one message.'.replace('’', "'"));
    expect(calls.some((c) => c.type === 'composer/fileAdd')).toBe(false);
  });

  it('is absent for a reason that takes no files (and none attached); email offers downloads with a note', async () => {
    await useAttachments.getState().load(ORDER);
    const { container, rerender } = render(<AttachFiles reason={reasonById('confirmOrderDetails')} email={false} disabled={false} />);
    expect(container.textContent).toBe('');
    useAttachments.setState({ files: [{ id: 'f', name: 'a.pdf', size: 10, type: 'application/pdf', sha256: 'b'.repeat(64) }] });
    rerender(<AttachFiles reason={reasonById('invoice')} email disabled={false} />);
    expect(screen.getByRole('button', { name: 'Download' })).toBeTruthy();
    expect(screen.getByText(/Mail programs cannot take files from a link/)).toBeTruthy();
  });
});
