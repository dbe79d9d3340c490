import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as v from 'valibot';
import { OrderFactsSchema } from '@/lib/domain/order';
import { contactButton, HEARTBEAT_MS } from '@/lib/page/features/contact-button';
import { ORDER_PAGE, queryAll } from '@/lib/page/selectors';
import { loadFixture, US } from './load-fixture';

// A frame, then a task: buttons are inserted at once and named in the next animation frame.
const tick = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
let running: AbortController[] = [];

function start(): AbortController {
  const controller = new AbortController();
  running.push(controller);
  void contactButton.init({} as never, controller.signal);
  return controller;
}

/** Every message the page sends to the background, answered ok. */
function captureMessages(): { type: string; input: Record<string, unknown> }[] {
  const seen: { type: string; input: Record<string, unknown> }[] = [];
  fakeBrowser.runtime.onMessage.addListener(((
    message: { type: string; input: Record<string, unknown> },
    _sender: unknown,
    reply: (r: unknown) => void,
  ) => {
    seen.push(message);
    reply({ ok: true, value: message.type === 'orders/openComposer' ? { opened: 'popup' } : { stored: 1, refused: [] } });
    return true;
  }) as never);
  return seen;
}

const wrappers = () => [...document.querySelectorAll<HTMLElement>('[data-parley="contact"]')];
const buyerLinks = () => queryAll(document, ORDER_PAGE.buyerNameLink);

/** Each buyer link has exactly one Parley button, right after it, for its order. */
function expectOneButtonPerLink(): void {
  const links = buyerLinks();
  expect(wrappers()).toHaveLength(links.length);
  for (const link of links) {
    const next = link.nextElementSibling as HTMLElement | null;
    expect(next?.dataset.parley).toBe('contact');
    expect(link.getAttribute('href')).toContain(`orderID=${next!.dataset.orderId}`);
    expect(next!.nextElementSibling?.getAttribute('data-parley')).not.toBe('contact');
  }
}

afterEach(() => {
  for (const c of running) c.abort();
  running = [];
});

describe('contact button on Manage Orders', () => {
  const list = () => loadFixture('orders-list-en.html', `${US}/orders-v3?pageSize=100`);

  it('puts one native button right after every buyer link, none on rows without one', async () => {
    list();
    start();
    await tick();
    expect(buyerLinks()).toHaveLength(25);
    expectOneButtonPerLink();
    const rows = queryAll(document, ORDER_PAGE.orderRow);
    const withoutLink = rows.filter((r) => !r.querySelector('[data-test-id="buyer-name-with-link"]'));
    expect(withoutLink.length).toBeGreaterThan(0);
    for (const row of withoutLink) expect(row.querySelector('[data-parley="contact"]')).toBeNull();
  });

  it('names the buyer and the order in the accessible name, and is keyboard reachable', async () => {
    list();
    start();
    await tick();
    const wrapper = document.querySelector<HTMLElement>('[data-order-id="112-3456789-0123456"]')!;
    const button = wrapper.querySelector('button')!;
    expect(button.type).toBe('button');
    expect(button.getAttribute('aria-label')).toBe('Contact buyer John Smith about order 112-3456789-0123456');
    expect(button.textContent).toBe('Contact');
    expect(button.disabled).toBe(false);
    expect(button.tabIndex).toBe(0);
    button.focus();
    expect(document.activeElement).toBe(button);
  });

  it('disables the button on a canceled order and says why', async () => {
    list();
    start();
    await tick();
    const button = document.querySelector<HTMLButtonElement>('[data-order-id="114-6666666-1111111"] button')!;
    expect(button.disabled).toBe(true);
    const note = document.getElementById(button.getAttribute('aria-describedby')!);
    expect(note?.textContent).toContain('Contact Us form');
    expect(button.title).toContain('canceled');
    expect(button.getAttribute('aria-label')).toContain('not available');
  });

  it('keeps hostile buyer names as text: nothing parsed, nothing loaded', async () => {
    list();
    start();
    await tick();
    for (const wrapper of wrappers()) expect(wrapper.querySelectorAll('img, script').length).toBe(0);
    const img = document.querySelector('[data-order-id="113-6660001-0000001"] button')!;
    expect(img.getAttribute('aria-label')).toBe('Contact buyer <img src=x onerror=alert(1)> about order 113-6660001-0000001');
    // Bidi overrides would reorder what a screen reader says: removed from the label.
    expect(document.querySelector('[data-order-id="113-6660003-0000003"] button')!.getAttribute('aria-label')).toBe(
      'Contact buyer Eve gnp.exe about order 113-6660003-0000003',
    );
    const long = document.querySelector('[data-order-id="113-6660005-0000005"] button')!.getAttribute('aria-label')!;
    expect(long.length).toBeLessThan(140);
    expect(document.querySelectorAll('img[src="x"]')).toHaveLength(0);
  });

  it('stays exactly one per buyer name through re-render storms, shuffles and partial updates', async () => {
    list();
    const tbody = document.querySelector('#orders-table tbody')!;
    const pristine = [...tbody.children].map((row) => row.cloneNode(true) as Element);
    start();
    await tick();
    for (let round = 0; round < 20; round += 1) {
      // React-style re-render: new row elements for the same orders.
      tbody.replaceChildren(...pristine.map((row) => row.cloneNode(true)));
      if (round % 3 === 0) await tick();
      // Sorting: the same row elements in another order.
      tbody.append(...[...tbody.children].reverse());
      // A partial update: one row replaced alone.
      tbody.children[round % 10]!.replaceWith(pristine[round % 10]!.cloneNode(true));
    }
    await tick();
    expectOneButtonPerLink();
  });

  it('a second running instance adds no second button', async () => {
    list();
    start();
    start();
    await tick();
    expectOneButtonPerLink();
  });

  it('replaces a button left over by a stopped script instance', async () => {
    list();
    const link = buyerLinks()[0]!;
    const stale = document.createElement('span');
    stale.setAttribute('data-parley', 'contact');
    link.after(stale);
    start();
    await tick();
    expectOneButtonPerLink();
    expect(link.nextElementSibling).not.toBe(stale);
  });

  it('removes every button when its signal aborts, and adds none afterwards', async () => {
    list();
    const controller = start();
    await tick();
    expect(wrappers().length).toBeGreaterThan(0);
    controller.abort();
    expect(wrappers()).toHaveLength(0);
    const tbody = document.querySelector('#orders-table tbody')!;
    tbody.replaceChildren(...[...tbody.children].map((row) => row.cloneNode(true)));
    await tick();
    expect(wrappers()).toHaveLength(0);
  });

  it('keeps a ctx timer ticking so an orphaned script (extension reloaded) notices and cleans up', async () => {
    list();
    const setInterval = vi.fn(() => 1);
    const controller = new AbortController();
    running.push(controller);
    void contactButton.init({ setInterval } as never, controller.signal);
    expect(setInterval).toHaveBeenCalledWith(expect.any(Function), HEARTBEAT_MS);
    expect(wrappers().length).toBeGreaterThan(0);
    controller.abort(); // what WXT does when a tick finds browser.runtime.id gone
    expect(wrappers()).toHaveLength(0);
  });

  it('reports facts in deferred batches, never per row on insertion, and not again after a re-render', async () => {
    const seen = captureMessages();
    list();
    start(); // the page is already there: the first scan inserts synchronously
    expect(wrappers()).toHaveLength(25);
    expect(seen).toHaveLength(0); // nothing sent on the insertion path
    const reported = () => seen.filter((m) => m.type === 'orders/report').flatMap((m) => m.input.facts as { orderId: string }[]);
    await vi.waitFor(() => expect(reported()).toHaveLength(25));
    const reports = seen.filter((m) => m.type === 'orders/report').length;
    expect(reports).toBeLessThan(25); // batched: several rows per message
    expect(new Set(reported().map((f) => f.orderId)).size).toBe(25);
    for (const f of reported()) expect(v.safeParse(OrderFactsSchema, f).success).toBe(true);
    const tbody = document.querySelector('#orders-table tbody')!;
    tbody.replaceChildren(...[...tbody.children].map((row) => row.cloneNode(true)));
    await tick();
    expect(wrappers()).toHaveLength(25);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen.filter((m) => m.type === 'orders/report')).toHaveLength(reports);
  });

  it('clicking opens the composer for that order with its facts', async () => {
    const seen = captureMessages();
    list();
    start();
    await tick();
    document.querySelector<HTMLButtonElement>('[data-order-id="113-9081726-3544321"] button')!.click();
    await vi.waitFor(() => expect(seen.some((m) => m.type === 'orders/openComposer')).toBe(true));
    const open = seen.find((m) => m.type === 'orders/openComposer')!;
    expect(open.input.orderId).toBe('113-9081726-3544321');
    expect(open.input.facts).toMatchObject({ orderId: '113-9081726-3544321', buyerName: "Sarah O'Connor", statusLabel: 'Unshipped' });
  });

  it('a click on the button does not reach the row or follow the buyer link', async () => {
    list();
    start();
    await tick();
    const row = document.querySelector('[data-order-id="113-9081726-3544321"]')!.closest('tr')!;
    const rowClick = vi.fn();
    row.addEventListener('click', rowClick);
    document.querySelector<HTMLButtonElement>('[data-order-id="113-9081726-3544321"] button')!.click();
    expect(rowClick).not.toHaveBeenCalled();
  });

  /** The wrapper right after the buyer link of this order (before its frame it carries no order id yet). */
  const buttonAfterLinkOf = (orderId: string): HTMLButtonElement =>
    document.querySelector(`a[data-test-id="buyer-name-with-link"][href*="${orderId}"]`)!.nextElementSibling!.querySelector('button')!;

  it('names buttons and sets their order in the next frame, not on the insertion path; a canceled one clicked before that opens nothing', async () => {
    const seen = captureMessages();
    list();
    start();
    const canceled = buttonAfterLinkOf('114-6666666-1111111');
    // Inserted, not yet named nor told its order.
    expect(canceled.hasAttribute('aria-label')).toBe(false);
    expect(canceled.parentElement!.hasAttribute('data-order-id')).toBe(false);
    canceled.click();
    // The click decorated every pending button first.
    expect(canceled.parentElement!.getAttribute('data-order-id')).toBe('114-6666666-1111111');
    await tick();
    expect(seen.some((m) => m.type === 'orders/openComposer')).toBe(false);
    expect(document.querySelector('[data-parley="toast"]')?.shadowRoot?.textContent).toContain('Contact Us form');
    expect(canceled.disabled).toBe(true);
    expect(canceled.getAttribute('aria-label')).toContain('114-6666666-1111111');
    document.querySelector('[data-parley="toast"]')?.remove();
  });

  it('a button clicked before its frame opens the composer for its own order', async () => {
    const seen = captureMessages();
    list();
    start();
    buttonAfterLinkOf('113-9081726-3544321').click();
    await tick();
    const open = seen.find((m) => m.type === 'orders/openComposer');
    expect(open?.input.orderId).toBe('113-9081726-3544321');
  });

  it('takes back, before the first paint, a button on a buyer link naming no order; a Contact Buyer link outside the rows is a buyer name', async () => {
    list();
    const table = document.querySelector('#orders-table')!;
    const stray = document.createElement('div');
    const outside = document.createElement('a');
    outside.setAttribute('data-test-id', 'buyer-name-with-link');
    outside.setAttribute('href', '/messaging/contact?orderID=113-1111111-2222222');
    outside.textContent = 'Outside';
    stray.append(outside);
    table.before(stray);
    const row = table.querySelector('tbody > tr')!;
    const bad = document.createElement('a');
    bad.setAttribute('data-test-id', 'buyer-name-with-link');
    bad.setAttribute('href', '/messaging/contact?orderID=not-an-order');
    bad.textContent = 'No order';
    row.querySelector('td')!.append(bad);
    start();
    expect(bad.nextElementSibling).not.toBeNull(); // inserted at once...
    await tick();
    expect(bad.nextElementSibling).toBeNull(); // ...and gone before paint
    // By what it points at, whatever the layout around it (a card, a panel): its order's button.
    expect((stray.querySelector('a')!.nextElementSibling as HTMLElement).dataset.orderId).toBe('113-1111111-2222222');
    expect(document.querySelectorAll('[data-parley="contact"]:not([data-order-id])')).toHaveLength(0);
  });

  it('a canceled order’s button opens nothing', async () => {
    const seen = captureMessages();
    list();
    start();
    await tick();
    document.querySelector<HTMLButtonElement>('[data-order-id="114-6666666-1111111"] button')!.click();
    await tick();
    expect(seen.some((m) => m.type === 'orders/openComposer')).toBe(false);
  });
});

describe('contact button on Order Details', () => {
  it('puts one button after the shipping section’s contact value', async () => {
    loadFixture('order-details-en.html', `${US}/orders-v3/order/113-9081726-3544321`);
    start();
    await tick();
    const value = document.querySelector('[data-test-id="shipping-section-contact-buyer-value"]')!;
    expect(wrappers()).toHaveLength(1);
    expect(value.nextElementSibling).toBe(wrappers()[0]);
    expect(wrappers()[0]!.dataset.orderId).toBe('113-9081726-3544321');
  });

  it('no button when the buyer name is not a contact link (FBA)', async () => {
    loadFixture('order-details-fba-text.html', `${US}/orders-v3/order/113-3141592-6535897`);
    start();
    await tick();
    expect(wrappers()).toHaveLength(0);
  });

  it('disabled on a canceled order (Chinese UI page)', async () => {
    loadFixture('order-details-canceled-zh.html', `${US}/orders-v3/order/114-6666666-1111111`);
    start();
    await tick();
    expect(wrappers()).toHaveLength(1);
    expect(wrappers()[0]!.querySelector('button')!.disabled).toBe(true);
  });
});
