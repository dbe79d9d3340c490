import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/lib/background/router';
import { ordersHandlers } from '@/lib/background/handlers/orders';
import { isEnvelope } from '@/lib/messaging';
import { PageCheck } from '@/components/PageCheck';

/** The popup talks to the real orders handlers; the content script reports as a Seller Central tab (id 7). */
function connect(): void {
  fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, reply: (r: unknown) => void) => {
    if (!isEnvelope(message)) return undefined;
    const sender =
      message.type === 'orders/report'
        ? { id: fakeBrowser.runtime.id, url: 'https://sellercentral.amazon.com/orders-v3', frameId: 0, tab: { id: 7 } }
        : { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    void dispatch(message, sender as never, ordersHandlers).then(reply);
    return true;
  }) as never);
}
const report = (input: object) => fakeBrowser.runtime.sendMessage({ parley: 1, type: 'orders/report', input });

afterEach(() => cleanup());

describe('PageCheck', () => {
  const tab = (url: string) => vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url, active: true, windowId: 1 }] as never);
  const check = { kind: 'orders-list', state: 'no-buyer-names', rows: 15, expected: 15, buyerNames: 0, structure: true } as const;

  it('explains a Manage Orders page with rows but no buyer names', async () => {
    connect();
    tab('https://sellercentral.amazon.com/orders-v3');
    await report({ facts: [], check });
    render(<PageCheck />);
    const notice = await screen.findByRole('alert');
    expect(notice.textContent).toBe(
      'This looks like Manage Orders, but Parley found no buyer names in 15 order rows. Amazon may have changed the page; Contact buttons are unavailable.',
    );
  });

  it('follows the tab live: checking, then the result', async () => {
    connect();
    tab('https://sellercentral.amazon.com/orders-v3');
    await report({ facts: [], check: { ...check, state: 'checking', rows: 0, expected: 0, structure: false } });
    render(<PageCheck />);
    expect((await screen.findByRole('status')).textContent).toBe('Manage Orders: Parley is checking this page…');
    await report({ facts: [], check: { ...check, state: 'ok', buyerNames: 13 } });
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toBe('Manage Orders: Contact buttons beside 13 buyer names.'));
  });

  it('asks for a reload on an orders page Parley never heard from, and points elsewhere to Manage Orders', async () => {
    connect();
    const query = tab('https://sellercentral.amazon.com/orders-v3/order/113-9081726-3544321');
    render(<PageCheck />);
    expect((await screen.findByRole('alert')).textContent).toBe('Parley is not active on this Order Details tab yet. Reload the page.');
    cleanup();
    query.mockResolvedValue([{ id: 8, url: 'https://example.com/', active: true, windowId: 1 }] as never);
    render(<PageCheck />);
    expect((await screen.findByRole('status')).textContent).toContain('Open Manage Orders in Seller Central');
  });
});

describe('Copy page report', () => {
  const check = { kind: 'orders-list', state: 'no-buyer-names', rows: 15, expected: 15, buyerNames: 0, structure: true } as const;
  const setup = (writeText: (text: string) => Promise<void>) => {
    connect();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 7, url: 'https://sellercentral.amazon.com/orders-v3', active: true, windowId: 1 },
    ] as never);
    const inject = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript: inject };
    const asked = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockResolvedValue({ ok: true, value: { report: 'Parley 0.1.0 page report\nstructure…' } } as never);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(writeText) }, configurable: true });
    return { inject, asked };
  };

  it('is offered when the page is not understood, and copies the report the tab made', async () => {
    const { inject, asked } = setup(async () => undefined);
    await report({ facts: [], check });
    render(<PageCheck />);
    const button = await screen.findByRole('button', { name: 'Copy page report' });
    button.click();
    await vi.waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Page report copied/));
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/page-report.js'] });
    expect(asked).toHaveBeenCalledWith(7, { parley: 1, type: 'page/report', input: {} }, { frameId: 0 });
    expect(navigator.clipboard.writeText).toHaveBeenCalledWith('Parley 0.1.0 page report\nstructure…');
  });

  it('says why when the clipboard refuses, and is not offered on a page Parley understands', async () => {
    setup(async () => {
      throw new Error('Document is not focused.');
    });
    await report({ facts: [], check });
    render(<PageCheck />);
    (await screen.findByRole('button', { name: 'Copy page report' })).click();
    await vi.waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('The page report could not be copied: Document is not focused.'),
    );
    cleanup();
    await report({ facts: [], check: { ...check, state: 'ok', buyerNames: 15 } });
    render(<PageCheck />);
    await screen.findByRole('status');
    expect(screen.queryByRole('button', { name: 'Copy page report' })).toBeNull();
  });
});
