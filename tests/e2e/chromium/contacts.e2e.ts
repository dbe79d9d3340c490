/**
 * Contacts in Chromium against the mock Seller Central, with the real
 * background: a form message sent through the queue marks the order on
 * Manage Orders; an email from an unapproved sender is held, released on
 * approval and handed to Gmail with the buyer's relay address; the composer's
 * email panel hands a message to Outlook; 20 orders selected on Manage Orders
 * make exactly the expected jobs; the stored data holds no buyer data in the
 * clear; the Messaging Permissions page's addresses are imported.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumHarness } from '../support/chromium.ts';
import { poll, waitForParleyMark, waitForSelectorIn, waitForTextIn } from '../support/poll.ts';
import {
  ask,
  BULK_ORDERS,
  BUYER_NAMES,
  mustAsk,
  NEW_SENDER,
  ORDERS,
  relayShownFor,
  SELLER,
  storageDumpScript,
  textFor,
  US,
} from '../contacts-steps.ts';
import { jobs, parleyTab, pressAmazonSend, waitForJob } from './queue-support.ts';

let h: ChromiumHarness;
let control: Page;
let orders: Page;
const composeRequests: string[] = [];
const texts: string[] = [];
let relay = '';

beforeAll(async () => {
  h = await launchChromium();
  h.context.on('request', (r) => {
    if (/^https:\/\/(mail\.google\.com|outlook\.office\.com)\//.test(r.url())) composeRequests.push(r.url());
  });
  control = await h.page();
  await control.goto(h.extensionUrl('options.html'));
  await mustAsk(control, 'composer/settingsSave', { patch: { sellerName: SELLER } });
  orders = await h.context.newPage();
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

const mark = (orderId: string) => `[data-parley="contacted"][data-order-id="${orderId}"]`;

describe('Chromium: contacts', () => {
  it('a message sent through the Contact Buyer form marks the order on Manage Orders', async () => {
    const text = textFor(ORDERS.usPending, 'which colour of tea tin would you like?');
    texts.push(text);
    const { jobId } = (await mustAsk(control, 'queue/enqueue', {
      ...US,
      orderId: ORDERS.usPending,
      reason: 'confirmOrderDetails',
      text,
      transport: 'form',
    })) as { jobId: string };
    const tab = await parleyTab(h, ORDERS.usPending);
    await waitForJob(control, jobId, ['awaiting-seller']);
    await pressAmazonSend(tab);
    await waitForJob(control, jobId, ['sent']);
    const shown = await waitForTextIn(orders, mark(ORDERS.usPending), /Contacted/);
    expect(shown).toMatch(/^✓ Contacted (now|\d+ seconds? ago)$/);
    // It sits right after that order's Contact button.
    expect(
      await orders.evaluate(
        (sel) => document.querySelector(sel)?.previousElementSibling?.getAttribute('data-parley'),
        mark(ORDERS.usPending),
      ),
    ).toBe('contact');
    const history = await mustAsk(control, 'contacts/history', { orderId: ORDERS.usPending });
    expect(history.messages).toEqual([
      expect.objectContaining({ reason: 'confirmOrderDetails', transport: 'form', outcome: 'sent', text }),
    ]);
    await tab.close();
  });

  it('email: an unapproved sender is held, approval releases it, and Gmail compose opens with the relay address', async () => {
    const text = textFor(ORDERS.usUnshipped, 'the mug ships tomorrow.\nKind regards');
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
    expect(composeRequests).toEqual([]);
    expect(await mustAsk(control, 'contacts/senderAdd', { address: NEW_SENDER, status: 'approved' })).toMatchObject({ released: 1 });
    const handed = (await mustAsk(control, 'contacts/handOff', { jobId: held.jobId, client: 'gmail' })) as { url: string; state: string };
    expect(handed.state).toBe('handedOff');
    const caught = await poll(() => composeRequests.find((u) => u === handed.url), { message: 'the Gmail compose tab' });
    const url = new URL(caught);
    expect(url.searchParams.get('to')).toBe(relay);
    expect(url.searchParams.get('body')).toBe(text);
    expect(url.searchParams.get('authuser')).toBe(NEW_SENDER);
    expect(await waitForTextIn(orders, mark(ORDERS.usUnshipped), /Contacted/)).toMatch(/^✓ Contacted/);
    const history = await mustAsk(control, 'contacts/history', { orderId: ORDERS.usUnshipped });
    expect(history.messages).toEqual([expect.objectContaining({ transport: 'email', outcome: 'handedToEmail', text })]);
  });

  it('the composer email panel offers approved senders and hands the message to Outlook', async () => {
    await mustAsk(control, 'composer/settingsSave', { patch: { sendMethod: 'email', emailClient: 'outlook' } });
    const popup = await h.context.newPage();
    await popup.goto(h.extensionUrl(`popup.html?order=${ORDERS.usCustomized}`));
    await popup.click('input[type=radio][value="confirmOrderDetails"]');
    const text = textFor(ORDERS.usCustomized, 'is the engraving "SARAH" correct?');
    texts.push(text);
    await popup.fill('textarea', text);
    await waitForSelectorIn(popup, '[data-testid="email-from"] option[value="new-alias@parley-test-store.example"]');
    await popup.waitForFunction(() => !(document.querySelector('.parley-send button') as HTMLButtonElement | null)?.disabled);
    await popup.click('.parley-send button');
    expect(await waitForTextIn(popup, '[data-testid="email-handed"]', /Outlook on the web/)).toContain(NEW_SENDER);
    const caught = await poll(() => composeRequests.find((u) => u.startsWith('https://outlook.office.com/')), {
      message: 'the Outlook compose tab',
    });
    expect(new URL(caught).searchParams.get('body')).toBe(text);
    await mustAsk(control, 'composer/settingsSave', { patch: { sendMethod: 'form' } });
    await popup.close();
  });

  it('bulk: 20 orders selected on Manage Orders make exactly the ready jobs, every skip explained', async () => {
    await mustAsk(control, 'queue/pause', { paused: true }); // the jobs wait: this story is about which are made
    await orders.bringToFront(); // a background tab's animation frames are throttled: clicks would crawl
    await orders.reload();
    const t0 = Date.now();
    await waitForSelectorIn(orders, '[data-parley="bulk-select"]', { count: 20 });
    for (const id of BULK_ORDERS) await orders.click(`[data-parley="bulk-select"][data-order-id="${id}"] input`);
    expect(await orders.textContent('[data-parley-count]')).toBe('20 selected');
    const before = (await jobs(control)).length;
    const [review] = await Promise.all([h.context.waitForEvent('page'), orders.click('[data-parley-action="message"]')]);
    await review.waitForSelector('select');
    console.log(`bulk: 20 ticked and the review open in ${Date.now() - t0} ms`);
    expect(new URL(review.url()).searchParams.get('orders')!.split(',').sort()).toEqual([...BULK_ORDERS].sort());
    await review.selectOption('select >> nth=0', 'starter.confirm-quantity');
    const summary = await waitForTextIn(review, '.parley-bulk__summary', /ready/);
    const items = await review.$$eval('[data-parley-bulk-order]', (els) =>
      els.map((el) => ({
        id: el.getAttribute('data-parley-bulk-order')!,
        status: el.getAttribute('data-status')!,
        why: el.getAttribute('data-why')!,
        text: el.querySelector('.parley-bulk-item__why')?.textContent ?? '',
        body: el.querySelector('pre')?.textContent ?? '',
      })),
    );
    console.log(`bulk review: ${summary}`);
    expect(items).toHaveLength(20);
    const by = Object.fromEntries(items.map((i) => [i.id, i]));
    expect(by[ORDERS.usCanceled]).toMatchObject({ status: 'excluded', why: 'canceled' });
    expect(by[ORDERS.usDeliveredRecent]).toMatchObject({ status: 'excluded', why: 'reasonUnavailable' });
    expect(by[ORDERS.usPending]).toMatchObject({ status: 'skipped', why: 'alreadyContacted' });
    expect(by[ORDERS.usUnshipped]).toMatchObject({ status: 'skipped', why: 'alreadyContacted' });
    // Contacted by the composer's email above, for the same reason.
    expect(by[ORDERS.usCustomized]).toMatchObject({ status: 'skipped', why: 'alreadyContacted' });
    for (const id of [ORDERS.usBulky, ORDERS.usChineseBuyer]) expect(by[id]!.status).toBe('ready');
    for (const i of items) if (i.status !== 'ready') expect(i.text, i.id).not.toBe('');
    const ready = items.filter((i) => i.status === 'ready');
    await review.click(`button:has-text("Queue ${ready.length} messages")`);
    await waitForTextIn(review, '[data-queued]', /joined the queue/);
    const made = (await jobs(control)).slice(before);
    expect(made.map((j) => j.orderId)).toEqual(ready.map((i) => i.id));
    expect(made.every((j) => j.state === 'held' || j.state === 'queued')).toBe(true);
    texts.push(...ready.map((i) => i.body));
    await review.close();
  });

  it('storage.local and storage.session, read in the worker, hold no buyer name, relay address or message text', async () => {
    const dump = await h.worker.evaluate(storageDumpScript);
    expect(dump.length).toBeGreaterThan(1000);
    for (const secret of [...BUYER_NAMES, relay, ...texts, 'engraving', 'Kind regards']) expect(dump, secret).not.toContain(secret);
    expect(dump).toContain(ORDERS.usPending); // ids stay readable for the marks and the review
  });

  it('imports the addresses listed on Messaging Permissions after the seller confirms', async () => {
    const page = await h.context.newPage();
    await page.goto(h.url('/messaging/permissions'));
    const offer = await poll(
      () =>
        page.evaluate(
          () => document.querySelector('[data-parley="permissions-import"]')?.shadowRoot?.querySelector('[data-parley-count]')?.textContent,
        ),
      { message: 'the import prompt' },
    );
    expect(offer).toBe('Parley found 4 addresses on this page.');
    await page.click('[data-parley-action="import"]');
    await poll(() => control.url().endsWith('#senders'), { message: 'the options page at #senders' });
    await waitForSelectorIn(control, '[data-testid="senders-import"]');
    await control.click('[data-testid="senders-import"] button:has-text("Import selected")');
    await waitForSelectorIn(control, '[data-parley-sender]', { count: 5 });
    const listed = await control.$$eval('[data-parley-sender]', (els) =>
      els.map((el) => `${el.getAttribute('data-parley-sender')} ${el.getAttribute('data-status')}`),
    );
    expect(listed).toEqual([
      `${NEW_SENDER} approved`,
      'seller@parley-test-store.example approved',
      'support@parley-test-store.example approved',
      'orders-team@parley-test-store.example approved',
      'newsletter@parley-test-store.example blocked',
    ]);
    expect((await ask(control, 'contacts/senders', {})).ok).toBe(true);
    await page.close();
  });
});
