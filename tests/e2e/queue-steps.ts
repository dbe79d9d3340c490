/**
 * The send queue's stories on the mock Contact Buyer page, shared by Chromium
 * and Firefox through a small driver (QueueDriver in queue-variants-steps.ts,
 * plus the queue view): hand-over, the same message refused, "Send for me"
 * through the language review, a reason the page does not offer, and a damaged
 * stored job. Each ends with exactly the messages the mock should have.
 */
import { expect } from 'vitest';
import { evaluateIn, poll, waitForSelectorIn, waitForTextIn, type AnyPage } from './support/poll.ts';
import type { QueueDriver } from './queue-variants-steps.ts';

export interface QueueViewDriver extends QueueDriver {
  /** The popup's home (queue view) in a tab. */
  openQueueView(): Promise<AnyPage>;
  /**
   * Whether notifications.getAll lists what Parley showed. In headless Firefox ESR it
   * answered {} after the quarantine notice (seen in our runs), so it proves nothing there.
   */
  listsNotifications: boolean;
}

type Ext = {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>>; set(v: Record<string, unknown>): Promise<void> } };
  notifications: { getAll(): Promise<Record<string, unknown>> };
};
interface RawJob {
  id: string;
  state: string;
  lastError?: { code: string; message?: string };
  history: { to: string }[];
}

/** Mock data set (tests/fixtures/seller-central/README.md). */
export const QUEUE_ORDERS = {
  usUnshipped: '112-3456789-0123456',
  usPending: '111-2233445-5667788',
  usSpanish: '112-6060606-1212121',
  usBulky: '114-5550001-7770002',
} as const;
const US = { marketplaceId: 'ATVPDKIKX0DER', host: 'sellercentral.amazon.com', transport: 'form' } as const;

interface EnqueueInput {
  orderId: string;
  reason: string;
  text: string;
  autoSubmit?: boolean;
}

async function enqueue(d: QueueDriver, input: EnqueueInput): Promise<string> {
  const answer = (await evaluateIn(
    d.control,
    (payload) => {
      const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
      return (g.browser ?? g.chrome)!.runtime.sendMessage({ parley: 1, type: 'queue/enqueue', input: payload });
    },
    { ...US, ...input },
  )) as { ok: boolean; value?: { jobId: string }; error?: { message: string } };
  if (!answer.ok) throw new Error(`enqueue refused: ${answer.error?.message}`);
  return answer.value!.jobId;
}

async function readJobs(d: QueueDriver): Promise<RawJob[]> {
  const raw = await evaluateIn(d.control, () => {
    const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
    return (g.browser ?? g.chrome)!.storage.local.get('queue');
  });
  return (raw as { queue?: { jobs: RawJob[] } }).queue?.jobs ?? [];
}

const waitForJob = (d: QueueDriver, id: string, states: string[]) =>
  poll(async () => (await readJobs(d)).find((j) => j.id === id && states.includes(j.state)), {
    timeout: 30_000,
    message: `job ${id} in ${states.join('|')}`,
  });

const contactTab = (d: QueueDriver, orderId: string) =>
  poll(async () => (await d.pages()).find((p) => p.url().includes(`/messaging/contact?orderID=${orderId}`)), {
    timeout: 20_000,
    message: `the Parley tab on Contact Buyer for ${orderId}`,
  });

const pageText = (tab: AnyPage) =>
  evaluateIn(tab, () => (document.querySelector('kat-textarea') as (Element & { value?: string }) | null)?.value);
const pressSend = (tab: AnyPage) =>
  evaluateIn(tab, () => (document.querySelector('kat-button.ayb-contact-form-send-button') as HTMLElement).click());
const sentWith = (d: QueueDriver, text: string) => d.site.sent().filter((s) => s.text === text).length;

const HAND_OVER = (b: string) => `Hello John, your order 112-3456789-0123456 ships tomorrow. (${b} hand-over)`;

/** Parley fills the form and hands it over; nothing leaves before the seller's Send; one message; the queue view says sent. */
export async function handOver(d: QueueViewDriver, browserName: string, checkInFront = false): Promise<void> {
  const text = HAND_OVER(browserName);
  const id = await enqueue(d, { orderId: QUEUE_ORDERS.usUnshipped, reason: 'confirmOrderDetails', text });
  const tab = await contactTab(d, QUEUE_ORDERS.usUnshipped);
  await waitForJob(d, id, ['awaiting-seller']);
  expect(await pageText(tab)).toBe(text);
  expect(await evaluateIn(tab, () => document.querySelector('kat-radiobutton[value="confirmOrderDetails"]')?.hasAttribute('checked'))).toBe(
    true,
  );
  // Handed over: the tab is in front (where the browser tells page visibility to automation).
  if (checkInFront) expect(await evaluateIn(tab, () => document.visibilityState)).toBe('visible');
  expect(sentWith(d, text)).toBe(0);
  await pressSend(tab);
  await waitForJob(d, id, ['sent']);
  expect(d.site.sent()).toEqual([expect.objectContaining({ orderId: QUEUE_ORDERS.usUnshipped, reason: 'confirmOrderDetails', text })]);
  const view = await d.openQueueView();
  await waitForSelectorIn(view, `[data-parley-job="${id}"][data-state="sent"]`);
  await view.close();
}

/** The message handOver sent, again: refused with the reason, nothing queued. */
export async function sameAgainRefused(d: QueueViewDriver, browserName: string): Promise<void> {
  const text = HAND_OVER(browserName);
  await expect(enqueue(d, { orderId: QUEUE_ORDERS.usUnshipped, reason: 'confirmOrderDetails', text })).rejects.toThrow(/already sent/);
}

/** Send for me: Parley presses Send and confirms the language review (the buyer reads Spanish); one message. */
export async function sendForMe(d: QueueViewDriver, browserName: string): Promise<void> {
  const text = `Hola José, su pedido 112-6060606-1212121 sale mañana. (${browserName} opt-in)`;
  const id = await enqueue(d, { orderId: QUEUE_ORDERS.usSpanish, reason: 'confirmOrderDetails', text, autoSubmit: true });
  const job = await waitForJob(d, id, ['sent', 'failed', 'needs-check']);
  expect(job.state).toBe('sent');
  expect(job.history.map((e) => e.to)).toEqual(['filling', 'submitting', 'sent']);
  expect(sentWith(d, text)).toBe(1);
  expect(d.site.sent()).toHaveLength(1);
}

/** A reason the page does not offer: the job fails naming the page's reasons, nothing is sent, the view offers a page report. */
export async function reasonNotOffered(d: QueueViewDriver): Promise<void> {
  const id = await enqueue(d, { orderId: QUEUE_ORDERS.usPending, reason: 'digitalAccessKey', text: 'Your key: not for this order' });
  const job = await waitForJob(d, id, ['failed']);
  expect(job.lastError?.code).toBe('reasonUnavailable');
  expect(job.lastError?.message).toContain('Confirm order details');
  expect(d.site.sent()).toEqual([]);
  const view = await d.openQueueView();
  await waitForTextIn(view, `[data-parley-job="${id}"] .parley-report-hint`, /did not understand the Contact Buyer page/);
  await view.close();
}

/** A job damaged in storage is set aside and reported (view and notification); the rest of the queue runs. */
export async function damagedJobQuarantined(d: QueueViewDriver): Promise<void> {
  const text = 'Hello Michael, we will call to schedule the delivery of order 114-5550001-7770002.';
  const id = await enqueue(d, { orderId: QUEUE_ORDERS.usBulky, reason: 'confirmDeliveryDetails', text });
  const tab = await contactTab(d, QUEUE_ORDERS.usBulky);
  await waitForJob(d, id, ['awaiting-seller']);
  // Damage written into storage, as a bad write or a bad migration would leave it.
  await evaluateIn(d.control, async () => {
    const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
    const api = (g.browser ?? g.chrome)!;
    const { queue } = (await api.storage.local.get('queue')) as { queue: { jobs: unknown[] } };
    queue.jobs.push({ id: 'damaged-1', orderId: '113-9081726-3544321', state: 'exploded', personal: { text: 'plain' } });
    await api.storage.local.set({ queue });
  });
  const view = await d.openQueueView();
  await waitForTextIn(view, '[data-parley-quarantined="damaged-1"]', /order 113-9081726-3544321 was damaged and set aside/);
  expect((await readJobs(d)).some((j) => j.id === 'damaged-1')).toBe(false);
  await pressSend(tab);
  await waitForJob(d, id, ['sent']);
  await waitForSelectorIn(view, `[data-parley-job="${id}"][data-state="sent"]`);
  expect(sentWith(d, text)).toBe(1);
  if (!d.listsNotifications) return view.close();
  const notes = await evaluateIn(d.control, () => {
    const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
    return (g.browser ?? g.chrome)!.notifications.getAll();
  });
  expect(Object.keys(notes as object)).toContain('parley-quarantine-damaged-1');
  await view.close();
}
