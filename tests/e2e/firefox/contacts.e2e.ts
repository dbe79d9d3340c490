/**
 * Contacts in Firefox ESR (MV2 build): the email path (an unapproved sender
 * held, released on approval, handed to Gmail compose with the relay address)
 * and the history path (a form message sent through the queue, then the
 * "contacted" mark on Manage Orders and the order's past messages), and the
 * stored data holds no buyer data in the clear.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from '../support/firefox.ts';
import { evaluateIn, poll, waitForParleyMark, waitForTextIn } from '../support/poll.ts';
import { BUYER_NAMES, mustAsk, NEW_SENDER, ORDERS, relayShownFor, storageDumpScript, textFor, US } from '../contacts-steps.ts';

let h: FirefoxHarness;
let control: Page;
let orders: Page;
let relay = '';
const texts: string[] = [];

beforeAll(async () => {
  h = await launchFirefox();
  control = await h.page();
  await h.gotoExtensionPage(control, 'options.html');
  orders = await h.browser.newPage();
  relay = await relayShownFor(
    orders,
    (u) => orders.goto(u),
    h.url(`/messaging/contact?orderID=${ORDERS.usUnshipped}&marketplaceID=${US.marketplaceId}`),
  );
  await orders.goto(h.url('/orders-v3?pageSize=50'));
  await waitForParleyMark(orders);
});
afterAll(async () => {
  await h?.close();
});

/** The URL a tab was opened with: Firefox shows the proxy's refusal (no internet here) as about:neterror?…&u=URL. */
function openedUrl(url: string): string {
  if (!url.startsWith('about:neterror')) return url;
  return new URL(url).searchParams.get('u') ?? url;
}

const mark = (orderId: string) => `[data-parley="contacted"][data-order-id="${orderId}"]`;

function jobState(id: string): Promise<string | undefined> {
  return evaluateIn(
    control,
    async (jobId: string) => {
      const g = globalThis as unknown as {
        browser: { storage: { local: { get(k: string): Promise<Record<string, { jobs: { id: string; state: string }[] }>> } } };
      };
      return (await g.browser.storage.local.get('queue')).queue?.jobs.find((j) => j.id === jobId)?.state;
    },
    id,
  );
}

describe('Firefox: contacts', () => {
  it('email: an unapproved sender is held, approval releases it, and Gmail compose opens with the relay address', async () => {
    const text = textFor(ORDERS.usUnshipped, 'your mug ships tomorrow (Firefox).');
    texts.push(text);
    const held = await mustAsk(control, 'contacts/emailHandoff', {
      ...US,
      orderId: ORDERS.usUnshipped,
      reason: 'confirmOrderDetails',
      text,
      subject: `Your order ${ORDERS.usUnshipped}`,
      from: NEW_SENDER,
      client: 'gmail',
    });
    expect(held).toMatchObject({ state: 'held', heldFor: 'senderNotApproved' });
    expect(await jobState(held.jobId as string)).toBe('held');
    expect(await mustAsk(control, 'contacts/senderAdd', { address: NEW_SENDER, status: 'approved' })).toMatchObject({ released: 1 });
    expect(await jobState(held.jobId as string)).toBe('queued');
    const opening = h.browser.waitForTarget((t) => openedUrl(t.url()).startsWith('https://mail.google.com/'), { timeout: 15_000 });
    const handed = (await mustAsk(control, 'contacts/handOff', { jobId: held.jobId, client: 'gmail' })) as { url: string };
    const target = await opening;
    expect(openedUrl(target.url())).toBe(handed.url);
    const url = new URL(handed.url);
    expect(url.searchParams.get('to')).toBe(relay);
    expect(url.searchParams.get('body')).toBe(text);
    expect(await jobState(held.jobId as string)).toBe('sent');
    const history = await mustAsk(control, 'contacts/history', { orderId: ORDERS.usUnshipped });
    expect(history.messages).toEqual([expect.objectContaining({ transport: 'email', outcome: 'handedToEmail', text })]);
    expect(await waitForTextIn(orders, mark(ORDERS.usUnshipped), /Contacted/)).toMatch(/^✓ Contacted/);
  });

  it('history: a form message sent through the queue marks the order and is listed for the composer', async () => {
    const text = textFor(ORDERS.usPending, 'which tea would you like (Firefox)?');
    texts.push(text);
    const { jobId } = (await mustAsk(control, 'queue/enqueue', {
      ...US,
      orderId: ORDERS.usPending,
      reason: 'confirmOrderDetails',
      text,
      transport: 'form',
    })) as { jobId: string };
    const tab = await poll(
      async () => (await h.browser.pages()).find((p) => p.url().includes(`/messaging/contact?orderID=${ORDERS.usPending}`)),
      { message: 'the Parley tab' },
    );
    await poll(async () => (await jobState(jobId)) === 'awaiting-seller', { timeout: 30_000, message: 'the form filled' });
    await tab.click('kat-button.ayb-contact-form-send-button');
    await poll(async () => (await jobState(jobId)) === 'sent', { timeout: 30_000, message: 'the job sent' });
    expect(await waitForTextIn(orders, mark(ORDERS.usPending), /Contacted/)).toMatch(/^✓ Contacted (now|\d+ seconds? ago)$/);
    const history = await mustAsk(control, 'contacts/history', { orderId: ORDERS.usPending });
    expect(history.messages).toEqual([
      expect.objectContaining({ reason: 'confirmOrderDetails', transport: 'form', outcome: 'sent', text }),
    ]);
    // The composer shows it.
    const popup = await h.openPopup({ order: ORDERS.usPending });
    expect(await waitForTextIn(popup, '[data-testid="contact-history"]', /Contact Buyer form · Sent/)).toContain('Confirm order details');
    await popup.close();
    await tab.close();
  });

  it('storage.local and storage.session hold no buyer name, relay address or message text', async () => {
    const dump = await evaluateIn(control, storageDumpScript);
    expect(dump.length).toBeGreaterThan(500);
    for (const secret of [...BUYER_NAMES, relay, ...texts]) expect(dump, secret).not.toContain(secret);
  });
});
