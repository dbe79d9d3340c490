import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bulkSelect, SELECT_SELECTOR } from '@/lib/page/features/bulk-select';
import { ORDER_PAGE, queryAll } from '@/lib/page/selectors';
import { loadFixture, US } from './load-fixture';

const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
/** Rows are decorated in timer slices: let enough of them run. */
const settle = async () => {
  for (let i = 0; i < 40; i++) await tick();
};
let running: AbortController[] = [];
let seen: { type: string; input: Record<string, unknown> }[];

function start(): AbortController {
  const controller = new AbortController();
  running.push(controller);
  void bulkSelect.init({} as never, controller.signal);
  return controller;
}

const boxes = () => [...document.querySelectorAll<HTMLElement>(SELECT_SELECTOR)];
const bar = () => document.querySelector('[data-parley="bulk-bar"]')!.shadowRoot!;
const action = (name: string) => bar().querySelector<HTMLElement>(`[data-parley-action="${name}"]`)!;
const count = () => bar().querySelector('[data-parley-count]')!.getAttribute('data-parley-count');
const check = (label: HTMLElement) => {
  const box = label.querySelector('input')!;
  box.click();
};

beforeEach(() => {
  seen = [];
  fakeBrowser.runtime.onMessage.addListener(((
    message: { type: string; input: Record<string, unknown> },
    _s: unknown,
    reply: (r: unknown) => void,
  ) => {
    seen.push(message);
    reply({ ok: true, value: message.type === 'contacts/openBulk' ? { opened: true } : { stored: 1, refused: [] } });
    return true;
  }) as never);
  loadFixture('orders-list-en.html', `${US}/orders-v3?pageSize=100`);
});
afterEach(() => {
  for (const c of running) c.abort();
  running = [];
});

describe('bulk selection on Manage Orders', () => {
  it('adds one labelled checkbox per order row, at the start of the order cell, and a bar', async () => {
    start();
    await settle();
    const rows = queryAll(document, ORDER_PAGE.orderRow);
    expect(rows.length).toBeGreaterThan(10);
    expect(boxes()).toHaveLength(rows.length);
    for (const row of rows) {
      const label = row.querySelector<HTMLElement>(SELECT_SELECTOR)!;
      expect(label.parentElement!.matches('td[data-test-id="oth-order-details"]')).toBe(true);
      expect(label.parentElement!.firstElementChild).toBe(label);
      const orderId = label.dataset.orderId!;
      expect(row.querySelector(`a[href="/orders-v3/order/${orderId}"]`)).not.toBeNull();
      expect(label.querySelector('input')!.getAttribute('aria-label')).toBe(`Select order ${orderId} for a bulk message`);
    }
    expect(count()).toBe('0');
    expect((action('message') as HTMLButtonElement).disabled).toBe(true);
  });

  it('is idempotent: re-created rows and labels left by an older script instance never double a checkbox; selection survives', async () => {
    start();
    await settle();
    const n = boxes().length;
    check(boxes()[0]!);
    const chosen = boxes()[0]!.dataset.orderId!;
    // React-style re-render: every row element replaced by a fresh copy; half of them keep a
    // copy of our label (as a leftover of a script instance that no longer runs would look).
    queryAll(document, ORDER_PAGE.orderRow).forEach((row, i) => {
      const copy = row.cloneNode(true) as HTMLElement;
      if (i % 2) copy.querySelector(SELECT_SELECTOR)?.remove();
      row.replaceWith(copy);
    });
    await settle();
    expect(boxes()).toHaveLength(n);
    for (const row of queryAll(document, ORDER_PAGE.orderRow)) expect(row.querySelectorAll(SELECT_SELECTOR)).toHaveLength(1);
    const again = boxes().find((b) => b.dataset.orderId === chosen)!;
    expect(again.querySelector('input')!.checked).toBe(true);
    expect(count()).toBe('1');
  });

  it('selects all on this page, clears, and opens the review with the ids after reporting their facts', async () => {
    start();
    await settle();
    const all = action('select-all') as HTMLInputElement;
    all.click();
    await settle();
    expect(count()).toBe(String(boxes().length));
    expect(boxes().every((b) => b.querySelector('input')!.checked)).toBe(true);
    action('clear').click();
    expect(count()).toBe('0');
    check(boxes()[1]!);
    check(boxes()[2]!);
    expect(all.indeterminate).toBe(true);
    action('message').click();
    await tick(10);
    const ids = [boxes()[1]!.dataset.orderId, boxes()[2]!.dataset.orderId];
    expect(seen.map((m) => m.type)).toEqual(['orders/report', 'contacts/openBulk']);
    expect((seen[0]!.input.facts as { orderId: string }[]).map((f) => f.orderId)).toEqual(ids);
    expect(seen[1]!.input).toEqual({ orderIds: ids });
  });

  it('removes its checkboxes and the bar when the feature stops', async () => {
    const c = start();
    await settle();
    c.abort();
    expect(boxes()).toHaveLength(0);
    expect(document.querySelector('[data-parley="bulk-bar"]')).toBeNull();
  });
});
