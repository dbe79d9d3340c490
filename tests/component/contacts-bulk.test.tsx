import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { BulkReview } from '@/components/BulkReview';
import { recordJobs } from '@/lib/background/history';
import { readJobs, transitionJob, unsealPersonal } from '@/lib/background/queue-store';
import { useBulk } from '@/lib/ui/bulk-store';
import { reportOrder, unshippedOrder, useSettings } from './composer-harness';
import { ask, connectContacts, type Harness } from './contacts-harness';

vi.mock('@/lib/background/queue-runner', () => ({ kick: vi.fn() }));

const id = (n: number) => `114-0000000-${String(n).padStart(7, '0')}`;
const IDS = Array.from({ length: 20 }, (_, i) => id(i + 1));
const item = (n: number) => document.querySelector(`[data-parley-bulk-order="${id(n)}"]`) as HTMLElement;

/** Twenty selected orders: canceled 4 and 8, shipped 12, no items 15, never seen 20, already contacted 5. */
async function twentyOrders(): Promise<void> {
  for (let n = 1; n <= 19; n++) {
    const status = n === 4 || n === 8 ? 'canceled' : n === 12 ? 'shipped' : 'unshipped';
    await reportOrder(unshippedOrder({ orderId: id(n), buyerName: `Buyer${n} Example`, status, ...(n === 15 ? { items: [] } : {}) }));
  }
  const first = await ask('contacts/bulkEnqueue', {
    items: [
      {
        orderId: id(5),
        marketplaceId: 'ATVPDKIKX0DER',
        host: 'sellercentral.amazon.com',
        reason: 'confirmOrderDetails',
        text: `A question about order ${id(5)}.`,
      },
    ],
    autoSubmit: false,
  });
  const jobId = (first.value as { queued: { jobId: string }[] }).queued[0]!.jobId;
  for (const type of ['startFill', 'formFilled', 'confirmedSent'] as const) await transitionJob(jobId, { type });
  await recordJobs(await readJobs());
}

let h: Harness;
beforeEach(async () => {
  useBulk.setState({
    status: 'loading',
    orderIds: [],
    prepared: undefined,
    templates: [],
    templateId: undefined,
    reason: undefined,
    include: new Set(),
    result: undefined,
    error: undefined,
    confirming: false,
  });
  h = connectContacts('bulk.html');
  await useSettings({ sellerName: 'Lotus Home Goods' });
});
afterEach(() => cleanup());

describe('bulk review of 20 selected orders', () => {
  it('shows every final message, explains every skip, and queues exactly the ready ones', async () => {
    const user = userEvent.setup();
    await twentyOrders();
    render(<BulkReview search={`?orders=${IDS.join(',')}`} />);
    await screen.findByRole('heading', { name: 'Message 20 selected orders' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Quick reply' }), 'starter.confirm-quantity');
    expect((screen.getByRole('combobox', { name: 'Contact reason' }) as HTMLSelectElement).value).toBe('confirmOrderDetails');
    const summary = await screen.findByText(/ready ·/);
    expect(summary.textContent).toBe('14 ready · 1 skipped · 4 excluded · 1 blocked');

    expect(item(4).dataset.why).toBe('canceled');
    expect(within(item(4)).getByText(/^Canceled: the buyer can only be reached/)).toBeTruthy();
    expect(item(12).dataset.why).toBe('reasonUnavailable');
    expect(item(20).dataset.why).toBe('notCached');
    expect(item(15)).toMatchObject({ dataset: { status: 'blocked', why: 'unfilled' } });
    expect(item(15).textContent).toContain('{{product_title}}');
    expect(item(5)).toMatchObject({ dataset: { status: 'skipped', why: 'alreadyContacted' } });
    expect(item(5).textContent).toMatch(/Already contacted for this reason (now|\d+ seconds? ago)/);
    // Every ready message is shown in full, with its own name and order id, as text.
    const text1 = item(1).querySelector('pre')!.textContent!;
    expect(text1).toMatch(/^Hello Buyer1,/);
    expect(text1).toContain(id(1));
    expect(text1).toContain('Lotus Home Goods');

    await user.click(within(item(5)).getByRole('button', { name: `Include order ${id(5)} anyway` }));
    expect(summary.textContent).toBe('15 ready · 0 skipped · 4 excluded · 1 blocked');
    const shown = [...document.querySelectorAll<HTMLElement>('[data-status="ready"]')].map((el) => [
      el.dataset.parleyBulkOrder,
      el.querySelector('pre')!.textContent,
    ]);

    const before = (await readJobs()).length;
    await user.click(screen.getByRole('button', { name: 'Queue 15 messages' }));
    expect((await screen.findByText(/joined the queue/)).textContent).toBe(
      '15 messages joined the queue. Parley fills each Contact Buyer form in turn.',
    );
    const call = h.calls.filter((c) => c.type === 'contacts/bulkEnqueue').at(-1)!.input as {
      items: { orderId: string; text: string }[];
      autoSubmit: boolean;
    };
    expect(call.autoSubmit).toBe(false);
    expect(call.items.map((i) => [i.orderId, i.text])).toEqual(shown);
    const jobs = (await readJobs()).slice(before);
    expect(jobs.map((j) => j.orderId)).toEqual(shown.map(([orderId]) => orderId));
    expect((await unsealPersonal(jobs[0]!)).text).toBe(shown[0]![1]);
    await waitFor(() => expect((screen.getByRole('button', { name: 'Queue 15 messages' }) as HTMLButtonElement).disabled).toBe(true));
  });

  it('says so when no order id came with the page', async () => {
    render(<BulkReview search="?orders=not-an-id" />);
    expect(await screen.findByText(/No orders were selected/)).toBeTruthy();
  });
});
