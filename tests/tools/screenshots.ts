/**
 * Regenerates the README's screenshots from the built extension on the mock
 * Seller Central (run `npm run build` first):
 *   npx tsx tests/tools/screenshots.ts [outDir=.github]
 * Writes parley-orders.png (Manage Orders with Contact buttons) and
 * parley-composer.png (the composer with a quick reply and a rules finding) and
 * parley-attachments.png (an invoice message with two files attached) and
 * parley-inbox-replies.png (the inbox: waiting times, the reply picker open).
 */
import { launchChromium } from '../e2e/support/chromium.ts';
import { insertQuickReply, ORDER, SELLER_NAME, setMessage, setSellerName, tabDriver, composerState } from '../e2e/composer-steps.ts';
import { poll, waitForSelectorIn } from '../e2e/support/poll.ts';
import { THREAD_ORDER } from '../e2e/inbox-steps.ts';

const outDir = process.argv[2] ?? '.github';
const h = await launchChromium();
try {
  const orders = await h.page();
  await orders.goto(h.url('/orders-v3'));
  await waitForSelectorIn(orders, '[data-parley="contact"]');
  await orders.waitForTimeout(500);
  await orders.screenshot({ path: `${outDir}/parley-orders.png` });

  const options = await h.page();
  await options.goto(h.extensionUrl('options.html#settings'));
  await setSellerName(options, SELLER_NAME);

  // The composer 600 px wide as in the toolbar popup (taller, to show more of it).
  const composer = await h.openPopup({ order: ORDER });
  await composer.setViewportSize({ width: 600, height: 900 });
  const d = tabDriver(composer);
  await poll(() => composer.evaluate(() => document.querySelector('#parley-reason-confirmOrderDetails') !== null), {
    message: 'the composer',
  });
  await insertQuickReply(d, 'confirmOrderDetails', 'quantity');
  const { text } = await composerState(d);
  await setMessage(d, `${text}\nP.S. Leave us a 5-star review and get 10% off your next order!`);
  await poll(() => composer.evaluate(() => document.querySelectorAll('.parley-finding').length > 0), { message: 'findings' });
  await composer.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await composer.waitForTimeout(400);
  await composer.screenshot({ path: `${outDir}/parley-composer.png` });

  // An invoice with two files, as the seller attached them.
  const invoice = await h.openPopup({ order: ORDER });
  await invoice.setViewportSize({ width: 600, height: 900 });
  const c = tabDriver(invoice);
  await poll(() => invoice.evaluate(() => document.querySelector('#parley-reason-invoice') !== null), { message: 'the composer' });
  await c.click('#parley-reason-invoice');
  await setMessage(c, `Hello John, the invoice for your order ${ORDER} and the warranty card are attached.`);
  await invoice.setInputFiles('input[type="file"][aria-label="Attach files"]', [
    { name: `invoice-${ORDER}.pdf`, mimeType: 'application/pdf', buffer: Buffer.alloc(48 * 1024, 0x25) },
    { name: 'warranty-card.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(310 * 1024, 0x25) },
  ]);
  await poll(() => invoice.evaluate(() => document.querySelectorAll('[data-parley-file]').length === 2), { message: 'two files listed' });
  await invoice.evaluate(() => document.querySelector('.parley-attach')?.scrollIntoView({ block: 'center' }));
  await invoice.waitForTimeout(400);
  await invoice.screenshot({ path: `${outDir}/parley-attachments.png` });

  // The inbox: the threads' waiting times, and the reply picker open beside the reply box.
  const inbox = await h.page();
  await inbox.setViewportSize({ width: 1280, height: 860 });
  await inbox.goto(h.url(`/messaging/inbox-v3?fi=responseNeeded&t=${THREAD_ORDER}`));
  const tools = '[data-parley="reply-tools"]';
  await poll(() => inbox.evaluate((sel) => !!document.querySelector(sel)?.shadowRoot?.querySelector('button'), tools), {
    message: 'the Quick replies button',
  });
  await inbox.evaluate((sel) => (document.querySelector(sel)!.shadowRoot!.querySelector('button') as HTMLButtonElement).click(), tools);
  await poll(
    () => inbox.evaluate((sel) => document.querySelector(sel)!.shadowRoot!.querySelectorAll('[role="option"]').length > 1, tools),
    {
      message: 'the reply picker',
    },
  );
  await inbox.keyboard.type('wh');
  await inbox.waitForTimeout(400);
  await inbox.screenshot({ path: `${outDir}/parley-inbox-replies.png` });
  console.log(`wrote ${outDir}/parley-{orders,composer,attachments,inbox-replies}.png`);
} finally {
  await h.close();
}
