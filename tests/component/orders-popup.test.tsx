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
