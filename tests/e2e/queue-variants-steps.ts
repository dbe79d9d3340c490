/**
 * The send queue on Contact Buyer pages written differently from our first mock
 * (tests/fixtures/seller-central/contact-variants.ts), shared by Chromium and
 * Firefox through a small driver. Every story is a hand-over: Parley fills, the
 * seller presses Send, and the mock records exactly one message with the reason
 * the chosen option stands for.
 */
import { expect } from 'vitest';
import type { ContactVariant, MockSite } from '../fixtures/seller-central/server.ts';
import { evaluateIn, poll, type AnyPage } from './support/poll.ts';

export interface QueueDriver {
  site: MockSite;
  /** An extension page (options.html) to message the background and read storage through. */
  control: AnyPage;
  pages(): Promise<AnyPage[]>;
}

type Ext = {
  runtime: { sendMessage(m: unknown): Promise<unknown> };
  storage: { local: { get(k: string): Promise<Record<string, unknown>> } };
};
interface RawJob {
  id: string;
  state: string;
  lastError?: { code: string };
}

export const VARIANT_ORDER = '112-3456789-0123456';
const US = { marketplaceId: 'ATVPDKIKX0DER', host: 'sellercentral.amazon.com', transport: 'form' } as const;

async function enqueue(d: QueueDriver, text: string): Promise<string> {
  const answer = (await evaluateIn(
    d.control,
    (input) => {
      const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
      return (g.browser ?? g.chrome)!.runtime.sendMessage({ parley: 1, type: 'queue/enqueue', input });
    },
    { ...US, orderId: VARIANT_ORDER, reason: 'confirmOrderDetails', text },
  )) as { ok: boolean; value?: { jobId: string }; error?: { message: string } };
  if (!answer.ok) throw new Error(`enqueue refused: ${answer.error?.message}`);
  return answer.value!.jobId;
}

async function readJob(d: QueueDriver, id: string): Promise<RawJob | undefined> {
  const raw = await evaluateIn(d.control, async () => {
    const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
    return (g.browser ?? g.chrome)!.storage.local.get('queue');
  });
  return ((raw as { queue?: { jobs: RawJob[] } }).queue?.jobs ?? []).find((j) => j.id === id);
}

const waitForJob = (d: QueueDriver, id: string, state: string, code?: string) =>
  poll(
    async () => {
      const job = await readJob(d, id);
      return job?.state === state && (code === undefined || job.lastError?.code === code) ? job : undefined;
    },
    { timeout: 30_000, message: `job ${id} ${state}${code ? ` (${code})` : ''}` },
  );

const contactTab = (d: QueueDriver) =>
  poll(async () => (await d.pages()).find((p) => p.url().includes(`/messaging/contact?orderID=${VARIANT_ORDER}`)), {
    timeout: 20_000,
    message: 'the Parley tab on Contact Buyer',
  });

/** What the page believes the message is: kat-textarea's value or the plain textarea's. */
const pageText = (tab: AnyPage) =>
  evaluateIn(tab, () => {
    const kat = document.querySelector('kat-textarea') as (Element & { value?: string }) | null;
    return kat ? kat.value : (document.querySelector('#ayb-contact-buyer textarea') as HTMLTextAreaElement | null)?.value;
  });

/** A click on the reason option with this label, in the page (the seller's hand). */
const chooseOnPage = (tab: AnyPage, label: string) =>
  evaluateIn(
    tab,
    (wanted: string) => {
      const options = [...document.querySelectorAll<HTMLElement>('.ayb-reasons kat-radiobutton, .ayb-reasons label')];
      const option = options.find((o) => (o.getAttribute('label') ?? o.textContent ?? '').trim() === wanted);
      if (!option) throw new Error(`no reason option "${wanted}"`);
      option.click();
    },
    label,
  );
const pressSend = (tab: AnyPage) =>
  evaluateIn(tab, () => (document.querySelector('kat-button.ayb-contact-form-send-button') as HTMLElement).click());
const hasNote = (tab: AnyPage) => evaluateIn(tab, () => !!document.querySelector('[data-parley="reason-note"]'));

/** Hand-over on a variant Parley understands: reason and text filled, one message after the seller's Send. */
export async function handOverOnVariant(d: QueueDriver, variant: ContactVariant, browserName: string): Promise<void> {
  d.site.setContactVariant(variant);
  const text = `Order ${VARIANT_ORDER}: your mug ships tomorrow. (${browserName}, ${variant})`;
  const id = await enqueue(d, text);
  const tab = await contactTab(d);
  await waitForJob(d, id, 'awaiting-seller');
  await poll(async () => (await pageText(tab)) === text, { message: `the text in the ${variant} page` });
  // Behind the question, the form is on the page YES loaded.
  if (variant === 'interstitial') expect(tab.url()).toContain('confirmed=1');
  expect(await hasNote(tab)).toBe(false);
  expect(d.site.sent()).toEqual([]);
  await pressSend(tab);
  await waitForJob(d, id, 'sent');
  expect(d.site.sent()).toEqual([expect.objectContaining({ orderId: VARIANT_ORDER, reason: 'confirmOrderDetails', text })]);
}

/** Unknown labels: Parley asks, the seller chooses and sends; the second message picks that option without asking. */
export async function unknownReasonRemembered(d: QueueDriver, browserName: string): Promise<void> {
  d.site.setContactVariant('unknown');
  const first = `Order ${VARIANT_ORDER}: which colour would you like? (${browserName}, first)`;
  const id = await enqueue(d, first);
  const tab = await contactTab(d);
  await waitForJob(d, id, 'awaiting-seller', 'reasonAsked');
  await poll(() => hasNote(tab), { message: "Parley's note asking for the reason" });
  expect(await pageText(tab)).toBeUndefined(); // no text box before a reason is chosen
  await chooseOnPage(tab, 'Order questions');
  await poll(async () => (await pageText(tab)) === first, { message: 'the text after the seller chose' });
  expect(await hasNote(tab)).toBe(false);
  expect(d.site.sent()).toEqual([]);
  await pressSend(tab);
  await waitForJob(d, id, 'sent');

  const second = `Order ${VARIANT_ORDER}: a second note about your mug. (${browserName}, second)`;
  const id2 = await enqueue(d, second);
  await waitForJob(d, id2, 'awaiting-seller');
  const tab2 = await contactTab(d);
  await poll(async () => (await pageText(tab2)) === second, { message: 'the second text, without asking' });
  expect(await hasNote(tab2)).toBe(false);
  expect((await readJob(d, id2))?.lastError).toBeUndefined();
  await pressSend(tab2);
  await waitForJob(d, id2, 'sent');
  expect(d.site.sent().map((s) => [s.reason, s.text])).toEqual([
    ['confirmOrderDetails', first],
    ['confirmOrderDetails', second],
  ]);
}

/** Buttons on the card layout: one per Contact Buyer link, for its order, named; the canceled one disabled. */
function cardCensus(page: AnyPage) {
  return evaluateIn(page, () => {
    const links = [...document.querySelectorAll('.order-cards a[href*="/messaging/contact?"]')];
    const wrong = links.filter((link) => {
      const next = link.nextElementSibling as HTMLElement | null;
      const id = new URL(link.getAttribute('href')!, location.href).searchParams.get('orderID');
      return !(next?.dataset.parley === 'contact' && next.dataset.orderId === id && next.querySelector('button[aria-label]'));
    }).length;
    const wrappers = document.querySelectorAll('[data-parley="contact"]').length;
    const canceled = document.querySelector<HTMLButtonElement>('[data-parley="contact"][data-order-id="114-6666666-1111111"] > button');
    return { links: links.length, wrappers, wrong, canceledDisabled: canceled?.disabled ?? null };
  });
}

/** Manage Orders drawn as cards without data-test-ids: a Contact button per buyer name, through a re-render. */
export async function buttonsOnCards(page: AnyPage, site: MockSite, url: string): Promise<void> {
  site.setOrdersLayout('cards');
  await (page as unknown as { goto(u: string): Promise<unknown> }).goto(url);
  const settled = (c: Awaited<ReturnType<typeof cardCensus>>) => c.links >= 20 && c.wrappers === c.links && c.wrong === 0;
  const first = await poll(async () => ((c) => (settled(c) ? c : false))(await cardCensus(page)), {
    timeout: 15_000,
    message: 'one Contact button per buyer name on the card layout',
  });
  expect(first.canceledDisabled).toBe(true);
  await evaluateIn(page, () => (window as unknown as { __mock: { rerender(): number } }).__mock.rerender());
  const again = await poll(async () => ((c) => (settled(c) ? c : false))(await cardCensus(page)), {
    timeout: 15_000,
    message: 'the buttons back after the cards re-rendered',
  });
  expect(again.links).toBe(first.links);
}
