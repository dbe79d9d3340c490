import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contactButton } from '@/lib/page/features/contact-button';
import { contactedMark, isMarksNotice, MARK_SELECTOR } from '@/lib/page/features/contacted-mark';
import { loadFixture, US } from './load-fixture';

// Wait for what the sweep does rather than for a fixed time: a loaded machine is slower than 80 ms.
const until = (check: () => void) => vi.waitFor(check, { timeout: 3000, interval: 10 });
const HOUR = 3_600_000;
let running: AbortController[] = [];
let asked: string[][];
let contacted: Record<string, number>;

function start(): void {
  for (const feature of [contactButton, contactedMark]) {
    const controller = new AbortController();
    running.push(controller);
    void feature.init({} as never, controller.signal);
  }
}

const marks = () => [...document.querySelectorAll<HTMLElement>(MARK_SELECTOR)];
const wrappers = () => [...document.querySelectorAll<HTMLElement>('[data-parley="contact"]')];

beforeEach(() => {
  asked = [];
  contacted = {};
  fakeBrowser.runtime.onMessage.addListener(((
    message: { type: string; input: { orderIds?: string[] } },
    _s: unknown,
    reply: (r: unknown) => void,
  ) => {
    if (message.type === 'contacts/marks') {
      asked.push(message.input.orderIds!);
      reply({
        ok: true,
        value: { marks: Object.fromEntries(message.input.orderIds!.filter((id) => id in contacted).map((id) => [id, contacted[id]])) },
      });
    } else reply({ ok: true, value: { stored: 1, refused: [] } });
    return true;
  }) as never);
});
afterEach(() => {
  for (const c of running) c.abort();
  running = [];
});

describe('contacted marks', () => {
  it('asks once for the orders on the page and puts a mark with when beside the Contact button of contacted ones', async () => {
    loadFixture('orders-list-en.html', `${US}/orders-v3?pageSize=100`);
    const first = () => wrappers()[0]!.dataset.orderId!;
    start();
    await until(() => expect(asked).toHaveLength(1));
    const ids = wrappers().map((w) => w.dataset.orderId!);
    expect(asked).toEqual([[...new Set(ids)]]);
    expect(marks()).toHaveLength(0);

    contacted[first()] = Date.now() - 3 * HOUR;
    // The background says history changed: the page asks again, only for its own ids.
    void fakeBrowser.runtime.onMessage.trigger(
      { parley: 1, type: 'contacts/marksChanged', input: {} },
      { id: fakeBrowser.runtime.id },
      () => undefined,
    );
    await until(() => expect(asked).toHaveLength(2));
    expect(asked[1]).toEqual(asked[0]);
    const mark = marks()[0]!;
    expect(marks()).toHaveLength(1);
    expect(mark.previousElementSibling).toBe(wrappers()[0]);
    expect(mark.dataset.orderId).toBe(first());
    expect(mark.textContent).toBe('✓ Contacted 3 hours ago');
    expect(mark.title).toMatch(/^Parley's last message to this buyer: /);
  });

  it('follows re-rendered rows without asking again, and goes when the feature stops', async () => {
    loadFixture('orders-list-en.html', `${US}/orders-v3?pageSize=100`);
    start();
    await until(() => expect(asked).toHaveLength(1));
    const id = wrappers()[1]!.dataset.orderId!;
    contacted[id] = Date.now() - 30 * 86_400_000;
    void fakeBrowser.runtime.onMessage.trigger(
      { parley: 1, type: 'contacts/marksChanged', input: {} },
      { id: fakeBrowser.runtime.id },
      () => undefined,
    );
    await until(() => expect(marks()).toHaveLength(1));
    const row = marks()[0]!.closest('tr')!;
    const copy = row.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll('[data-parley]')) el.remove();
    row.replaceWith(copy);
    await until(() => expect(marks()).toHaveLength(1));
    expect(asked).toHaveLength(2);
    expect(marks()[0]!.textContent).toMatch(/^✓ Contacted [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    for (const c of running) c.abort();
    expect(marks()).toHaveLength(0);
  });

  it('reads the order from the buyer link when it sweeps before the Contact buttons are told their order', async () => {
    loadFixture('orders-list-en.html', `${US}/orders-v3?pageSize=100`);
    const link = document.querySelector('a[data-test-id="buyer-name-with-link"]')!;
    const id = /orderID=([\d-]+)/.exec(link.getAttribute('href')!)![1]!;
    contacted[id] = Date.now() - 2 * HOUR;
    // A Contact button as it is on the insertion path: no data-order-id until its frame.
    const wrapper = document.createElement('span');
    wrapper.setAttribute('data-parley', 'contact');
    link.after(wrapper);
    const controller = new AbortController();
    running.push(controller);
    void contactedMark.init({} as never, controller.signal);
    await until(() => expect(asked.flat()).toContain(id));
    expect(wrapper.nextElementSibling?.getAttribute('data-order-id')).toBe(id);
    // The button goes (taken back before paint, or re-rendered away): its mark goes with it.
    wrapper.remove();
    await until(() => expect(marks()).toHaveLength(0));
  });

  it('marks the order details page too', async () => {
    loadFixture('order-details-en.html', `${US}/orders-v3/order/112-3456789-0123456`);
    start();
    await until(() => expect(asked).toHaveLength(1));
    expect(asked[0]).toHaveLength(1);
  });

  it('listens only to our own background', () => {
    const notice = { parley: 1, type: 'contacts/marksChanged', input: {} };
    expect(isMarksNotice(notice, { id: fakeBrowser.runtime.id })).toBe(true);
    expect(isMarksNotice(notice, { id: fakeBrowser.runtime.id, tab: { id: 3 } })).toBe(false);
    expect(isMarksNotice(notice, { id: 'another-extension' })).toBe(false);
    expect(isMarksNotice({ ...notice, parley: 2 }, { id: fakeBrowser.runtime.id })).toBe(false);
  });
});
