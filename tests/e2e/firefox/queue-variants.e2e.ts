/** Contact Buyer variants and the card-layout orders page in Firefox ESR (the stories: tests/e2e/queue-variants-steps.ts). */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from '../support/firefox.ts';
import { buttonsOnCards, handOverOnVariant, unknownReasonRemembered, type QueueDriver } from '../queue-variants-steps.ts';

let h: FirefoxHarness;
let d: QueueDriver;

beforeAll(async () => {
  h = await launchFirefox();
  const control = await h.page();
  await h.gotoExtensionPage(control, 'options.html');
  d = { site: h.site, control, pages: () => h.browser.pages() };
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.site.reset());

describe('Firefox: Contact Buyer variants', () => {
  it.each(['snake', 'numeric-de', 'ja-novalue', 'plain', 'interstitial'] as const)('hand-over on the %s page: one message', (variant) =>
    handOverOnVariant(d, variant, 'Firefox'),
  );
  it('unknown reason labels: the seller chooses once, Parley remembers', () => unknownReasonRemembered(d, 'Firefox'));
  it('Manage Orders as cards without data-test-ids: one Contact button per buyer name, through a re-render', async () => {
    const page = await h.page();
    await buttonsOnCards(page, h.site, h.url('/orders-v3?pageSize=100'));
    await page.close();
  });
});
