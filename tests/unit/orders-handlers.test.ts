import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from '@/lib/background/router';
import { ordersHandlers } from '@/lib/background/handlers/orders';
import { pendingOrderItem } from '@/lib/storage';
import { POPUP_CONFIRM_MS } from '@/lib/background/orders-open';
import { facts } from './orders-fixtures';

const content = (url = 'https://sellercentral.amazon.com/orders-v3') => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId: 0,
  tab: { id: 7, windowId: 3, url } as never,
});
const popup = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const send = (type: string, input: unknown, sender: object) => dispatch({ parley: 1, type, input }, sender as never, ordersHandlers);
const check = { kind: 'orders-list', state: 'no-buyer-names', rows: 15, expected: 15, buyerNames: 0, structure: true } as const;

describe('orders/report', () => {
  it('caches the facts of a Seller Central tab and records its self-check', async () => {
    const answer = await send(
      'orders/report',
      { facts: [facts(1), facts(2)], check },
      content('https://sellercentral.amazon.com/orders-v3/mfn/unshipped?q=secret'),
    );
    expect(answer).toEqual({ ok: true, value: { stored: 2, refused: [] } });
    expect(await send('orders/get', { orderId: facts(2).orderId }, popup())).toMatchObject({ ok: true, value: { buyerName: 'Buyer 2' } });
    const checks = (await fakeBrowser.storage.session.get('ordersPageChecks')).ordersPageChecks as Record<
      string,
      { path: string; rows: number }
    >;
    expect(checks['7']).toMatchObject({ rows: 15, path: '/orders-v3/mfn/unshipped' });
  });

  it('answers an error value when every fact is refused', async () => {
    const answer = await send('orders/report', { facts: [{ ...facts(1), buyerName: 'x'.repeat(5000) }] }, content());
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it.each([
    ['an extension page', popup()],
    ['another extension', { ...content(), id: 'evil' }],
    ['an iframe', { ...content(), frameId: 2 }],
    ['a look-alike host', content('https://sellercentral.amazon.com.evil.example/orders-v3')],
  ])('refuses reports from %s', async (_name, sender) => {
    const answer = await send('orders/report', { facts: [facts(1)] }, sender);
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
    expect(await fakeBrowser.storage.session.get('ordersCache')).toEqual({});
  });

  it('refuses more than 500 facts at once', async () => {
    const answer = await send('orders/report', { facts: Array.from({ length: 501 }, (_, i) => facts(i)) }, content());
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a malformed self-check', async () => {
    const answer = await send('orders/report', { facts: [], check: { ...check, rows: -1 } }, content());
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

describe('orders/get and orders/recent', () => {
  it('says clearly when an order is not cached', async () => {
    const answer = await send('orders/get', { orderId: '111-1111111-1111111' }, popup());
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
    if (!answer.ok) expect(answer.error.message).toContain('111-1111111-1111111');
  });

  it('are for extension pages only', async () => {
    await send('orders/report', { facts: [facts(1)] }, content());
    expect(await send('orders/get', { orderId: facts(1).orderId }, content())).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
    expect(await send('orders/recent', {}, content())).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
  });

  it('lists recent orders newest first, limited', async () => {
    await send('orders/report', { facts: [facts(1), facts(2), facts(3)] }, content());
    const answer = await send('orders/recent', { limit: 2 }, popup());
    expect(answer.ok && (answer.value as { buyerName: string }[]).map((f) => f.buyerName)).toEqual(['Buyer 3', 'Buyer 2']);
  });
});

describe('orders/openComposer', () => {
  it('opens the toolbar popup where allowed, with the order pending for it', async () => {
    const openPopup = vi.fn(async () => {});
    fakeBrowser.action.openPopup = openPopup as never;
    const answer = await send('orders/openComposer', { orderId: facts(1).orderId, facts: facts(1) }, content());
    expect(answer).toEqual({ ok: true, value: { opened: 'popup' } });
    expect(openPopup).toHaveBeenCalledWith({ windowId: 3 });
    expect(await send('orders/takePending', {}, popup())).toEqual({ ok: true, value: { orderId: facts(1).orderId } });
    // Taken once: a later popup opens on its home.
    expect(await send('orders/takePending', {}, popup())).toEqual({ ok: true, value: { orderId: null } });
    expect(await send('orders/get', { orderId: facts(1).orderId }, popup())).toMatchObject({ ok: true });
  });

  it('falls back to a popup window at popup.html?order=ID when openPopup fails', async () => {
    fakeBrowser.action.openPopup = vi.fn(async () => {
      throw new Error('requires a user gesture');
    }) as never;
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const answer = await send('orders/openComposer', { orderId: facts(1).orderId, facts: facts(1) }, content());
    expect(answer).toEqual({ ok: true, value: { opened: 'window' } });
    expect(create).toHaveBeenCalledWith({
      url: fakeBrowser.runtime.getURL(`/popup.html?order=${facts(1).orderId}`),
      type: 'popup',
      width: 600,
      height: 640,
    });
    expect(await pendingOrderItem.getValue()).toBeNull();
  });

  it('opens the window when openPopup resolved but no popup appeared (headless Firefox ESR 140 does that)', async () => {
    const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
    const getContexts = vi.fn(async () => []);
    runtime.getContexts = getContexts;
    try {
      fakeBrowser.action.openPopup = vi.fn(async () => {}) as never;
      const create = vi.spyOn(fakeBrowser.windows, 'create');
      const started = Date.now();
      const answer = await send('orders/openComposer', { orderId: facts(1).orderId, facts: facts(1) }, content());
      expect(answer).toEqual({ ok: true, value: { opened: 'window' } });
      expect(Date.now() - started).toBeGreaterThanOrEqual(POPUP_CONFIRM_MS - 50);
      expect(getContexts).toHaveBeenCalledWith({ contextTypes: ['POPUP'] });
      expect(create).toHaveBeenCalledWith(
        expect.objectContaining({ url: fakeBrowser.runtime.getURL(`/popup.html?order=${facts(1).orderId}`) }),
      );
      // The popup, should it show late, opens on its home rather than on a second composer.
      expect(await pendingOrderItem.getValue()).toBeNull();
    } finally {
      delete runtime.getContexts;
    }
  });

  it('keeps the toolbar popup once the browser lists it, without opening a window', async () => {
    const runtime = fakeBrowser.runtime as unknown as Record<string, unknown>;
    let polls = 0;
    runtime.getContexts = vi.fn(async () => (++polls >= 3 ? [{ contextType: 'POPUP', tabId: -1, windowId: 3 }] : []));
    try {
      fakeBrowser.action.openPopup = vi.fn(async () => {}) as never;
      const create = vi.spyOn(fakeBrowser.windows, 'create');
      const answer = await send('orders/openComposer', { orderId: facts(1).orderId, facts: facts(1) }, content());
      expect(answer).toEqual({ ok: true, value: { opened: 'popup' } });
      expect(polls).toBe(3);
      expect(create).not.toHaveBeenCalled();
      expect(await send('orders/takePending', {}, popup())).toEqual({ ok: true, value: { orderId: facts(1).orderId } });
    } finally {
      delete runtime.getContexts;
    }
  });

  it('still opens with facts that do not pass, without caching them', async () => {
    fakeBrowser.action.openPopup = vi.fn(async () => {}) as never;
    const answer = await send(
      'orders/openComposer',
      { orderId: facts(1).orderId, facts: { orderId: facts(1).orderId, host: 42 } },
      content(),
    );
    expect(answer).toMatchObject({ ok: true });
    expect(await send('orders/get', { orderId: facts(1).orderId }, popup())).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('does not cache facts of another order than the one opened', async () => {
    fakeBrowser.action.openPopup = vi.fn(async () => {}) as never;
    await send('orders/openComposer', { orderId: facts(1).orderId, facts: facts(2) }, content());
    expect(await send('orders/get', { orderId: facts(2).orderId }, popup())).toMatchObject({ ok: false });
  });

  it('refuses a bad order id and extension senders', async () => {
    expect(await send('orders/openComposer', { orderId: 'javascript:alert(1)' }, content())).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await send('orders/openComposer', { orderId: facts(1).orderId }, popup())).toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });
  });

  it('ignores a stale pending order', async () => {
    await pendingOrderItem.setValue({ orderId: facts(1).orderId, at: Date.now() - 120_000 });
    expect(await send('orders/takePending', {}, popup())).toEqual({ ok: true, value: { orderId: null } });
  });
});

describe('orders/pageCheck', () => {
  const tab = (url: string) => ({ id: 7, url, active: true, windowId: 1 }) as never;

  it('reports the active tab’s self-check', async () => {
    await send('orders/report', { facts: [], check }, content());
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab('https://sellercentral.amazon.com/orders-v3?page=2')] as never);
    expect(await send('orders/pageCheck', {}, popup())).toMatchObject({
      ok: true,
      value: { state: 'reported', check: { rows: 15, state: 'no-buyer-names' } },
    });
  });

  it.each([
    ['a non Seller Central tab', 'https://example.com/orders-v3', { state: 'not-seller-central' }],
    ['another Seller Central page', 'https://sellercentral.amazon.com/messaging/inbox', { state: 'other-page' }],
    [
      'an orders page that never reported',
      'https://sellercentral.amazon.com/orders-v3/order/111-1111111-1111111',
      { state: 'no-report', kind: 'order-details' },
    ],
  ])('says so for %s', async (_name, url, expected) => {
    await send('orders/report', { facts: [], check }, content());
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab(url)] as never);
    expect(await send('orders/pageCheck', {}, popup())).toEqual({ ok: true, value: expected });
  });

  it('forgets a tab when it closes', async () => {
    const { setupOrders } = await import('@/lib/background/handlers/orders');
    fakeBrowser.contextMenus.onClicked.addListener = vi.fn() as never;
    setupOrders();
    await send('orders/report', { facts: [], check }, content());
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await fakeBrowser.storage.session.get('ordersPageChecks')).toEqual({ ordersPageChecks: {} }));
  });
});

describe('orders/loadExtras', () => {
  it('injects the order pages’ extras into the asking tab’s top frame', async () => {
    const executeScript = vi.fn(async () => []);
    (fakeBrowser as unknown as { scripting?: unknown }).scripting = { executeScript };
    try {
      const answer = await send('orders/loadExtras', {}, content());
      expect(answer).toEqual({ ok: true, value: { loaded: true } });
      expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [0] }, files: ['/order-extras.js'] });
    } finally {
      delete (fakeBrowser as unknown as { scripting?: unknown }).scripting;
    }
  });

  it('is refused to extension pages, so nothing is injected on their say-so', async () => {
    const answer = await send('orders/loadExtras', {}, popup());
    expect(answer).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
  });
});

describe('orders/pageReport of the queue tab', () => {
  it('says the queue tab is closed when there is none, and refuses any other shape', async () => {
    fakeBrowser.reset();
    expect(await send('orders/pageReport', { queueTab: true }, popup())).toMatchObject({ ok: false, error: { code: 'no-queue-tab' } });
    expect(await send('orders/pageReport', { queueTab: false }, popup())).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('reports the queue tab, not the active one: a queue tab off Seller Central is refused as such', async () => {
    fakeBrowser.reset();
    const tab = await fakeBrowser.tabs.create({ url: 'https://example.com/' });
    await fakeBrowser.storage.session.set({ queueTab: tab.id });
    const answer = await send('orders/pageReport', { queueTab: true }, popup());
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-seller-central' } });
  });
});
