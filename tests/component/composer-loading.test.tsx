/**
 * How the composer loads: the quick replies' heads with the order, their bodies
 * after the first paint (an insert picked before they come waits for them), and
 * popup.html?order=ID asking for all of it before the page renders, once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Composer } from '@/components/Composer';
import { PopupApp } from '@/components/PopupApp';
import { pendingOrderItem } from '@/lib/storage';
import { useComposer } from '@/lib/ui/composer-store';
import { PRELOAD_WAIT_MS, preloadPopupOrder } from '@/lib/ui/composer-preload';
import { connectBackground, reportOrder, unshippedOrder, useSettings } from './composer-harness';

const message = () => screen.getByRole('textbox', { name: 'Message' }) as HTMLTextAreaElement;

let release: () => void = () => undefined;
let asked: string[];
beforeEach(async () => {
  useComposer.getState().reset();
  asked = [];
  const bodies = new Promise<void>((resolve) => (release = resolve));
  connectBackground({ hold: { 'composer/templates': bodies }, asked });
  await useSettings({ sellerName: 'Lotus Home Goods' });
});

afterEach(async () => {
  release();
  cleanup();
  await useComposer.getState().settled();
});

/** The composer on an unshipped order, its bodies held back; answers the quick-reply search box. */
async function openComposer(): Promise<HTMLElement> {
  const order = unshippedOrder();
  await reportOrder(order);
  render(<Composer orderId={order.orderId} />);
  return screen.findByRole('combobox', { name: 'Search quick replies' });
}

describe('quick replies in two steps', () => {
  it('lists them before their bodies come; one picked then is inserted, filled, once they come', async () => {
    const user = userEvent.setup();
    const search = await openComposer();
    const list = screen.getByRole('listbox', { name: 'Quick replies' });
    expect(within(list).getAllByRole('option').length).toBeGreaterThan(3);
    await waitFor(() => expect(asked).toContain('composer/templates'));
    expect(useComposer.getState().templates.every((t) => !('bodies' in t))).toBe(true);

    await user.click(search);
    await user.keyboard('quantity{Enter}');
    expect(message().value).toBe(''); // nothing to insert yet: the bodies are held back
    release();
    await waitFor(() => expect(message().value).toMatch(/^Hello Zoë,/));
    expect(message().value).toContain('2 × Ceramic Coffee Mug, 350 ml');
    expect(message().value).toContain('Lotus Home Goods');
    expect(useComposer.getState().templates.every((t) => 'bodies' in t)).toBe(true);
  });

  it('until the bodies come, the search finds by name only; then by the text too', async () => {
    const user = userEvent.setup();
    const search = await openComposer();
    await user.click(search);
    // "freight" is in a starter's text (the bulky-item delivery), not in any name.
    await user.keyboard('freight');
    expect(screen.getByText('No quick reply matches "freight".')).toBeTruthy();
    release();
    await waitFor(() =>
      expect(within(screen.getByRole('listbox', { name: 'Quick replies' })).queryAllByRole('option').length).toBeGreaterThan(0),
    );
  });
});

describe('popup.html?order=ID', () => {
  it('asks for the order, the quick replies and the draft before rendering, and the composer does not ask again', async () => {
    const order = unshippedOrder();
    await reportOrder(order);
    preloadPopupOrder(`?order=${order.orderId}`);
    await waitFor(() =>
      expect(asked).toEqual(
        expect.arrayContaining(['orders/get', 'composer/templateHeads', 'composer/draftGet', 'composer/files', 'queue/list']),
      ),
    );
    render(<Composer orderId={order.orderId} />);
    await screen.findByRole('textbox', { name: 'Message' });
    release();
    await waitFor(() => expect(asked.filter((t) => t === 'composer/templates')).toHaveLength(1));
    expect(asked.filter((t) => t === 'orders/get')).toHaveLength(1);
    expect(asked.filter((t) => t === 'composer/templateHeads')).toHaveLength(1);
  });

  it('settles once the order is loaded, so the first render is the composer itself, not "Loading"', async () => {
    const order = unshippedOrder();
    await reportOrder(order);
    await preloadPopupOrder(`?order=${order.orderId}`);
    render(<Composer orderId={order.orderId} />);
    expect(screen.queryByText(/^Loading the order/)).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeTruthy();
    expect(screen.getAllByRole('option').length).toBeGreaterThan(3);
  });

  it('a slow background does not keep the popup blank: it settles after PRELOAD_WAIT_MS anyway', async () => {
    fakeBrowser.runtime.onMessage.removeAllListeners();
    connectBackground({ hold: { 'orders/get': new Promise(() => undefined) } });
    const started = Date.now();
    await preloadPopupOrder(`?order=${unshippedOrder().orderId}`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(PRELOAD_WAIT_MS - 20);
    expect(useComposer.getState().status).toBe('loading');
  });

  it('does nothing for a link without a valid order id', async () => {
    await preloadPopupOrder('?order=not-an-order');
    expect(useComposer.getState().orderId).toBeUndefined();
    expect(asked).toEqual([]);
  });
});

describe('the toolbar popup, opened by a Contact button', () => {
  it('takes the pending order before rendering, once, and its first render is that composer', async () => {
    const order = unshippedOrder();
    await reportOrder(order);
    await pendingOrderItem.setValue({ orderId: order.orderId, at: Date.now() });
    await preloadPopupOrder('');
    render(<PopupApp />);
    expect(screen.getByRole('heading', { name: 'To Zoë Fischer' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeTruthy();
    await waitFor(() => expect(asked).toContain('composer/templates'));
    expect(asked.filter((t) => t === 'orders/takePending')).toHaveLength(1);
    expect(await pendingOrderItem.getValue()).toBeNull();
  });

  it('with nothing pending, the home', async () => {
    await preloadPopupOrder('');
    render(<PopupApp />);
    await waitFor(() => expect(asked).toContain('composer/tabOrder'));
    expect(screen.queryByRole('textbox', { name: 'Message' })).toBeNull();
    expect(asked.filter((t) => t === 'orders/takePending')).toHaveLength(1);
  });
});
