/**
 * Regenerates the README's screenshots from the built extension on the mock
 * Seller Central (run `npm run build` first):
 *   npx tsx tests/tools/screenshots.ts [outDir=.github]
 * Writes parley-orders.png (Manage Orders with Contact buttons) and
 * parley-composer.png (the composer with a quick reply and a rules finding).
 */
import { launchChromium } from '../e2e/support/chromium.ts';
import { insertQuickReply, ORDER, SELLER_NAME, setMessage, setSellerName, tabDriver, composerState } from '../e2e/composer-steps.ts';
import { poll, waitForSelectorIn } from '../e2e/support/poll.ts';

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
  console.log(`wrote ${outDir}/parley-orders.png and ${outDir}/parley-composer.png`);
} finally {
  await h.close();
}
