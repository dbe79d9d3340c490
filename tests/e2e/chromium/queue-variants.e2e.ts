/** Contact Buyer variants and the card-layout orders page in Chromium (the stories: tests/e2e/queue-variants-steps.ts). */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { launchChromium, type ChromiumHarness } from '../support/chromium.ts';
import { buttonsOnCards, handOverOnVariant, unknownReasonRemembered, type QueueDriver } from '../queue-variants-steps.ts';
import { controlPage } from './queue-support.ts';

let h: ChromiumHarness;
let d: QueueDriver;

beforeAll(async () => {
  h = await launchChromium();
  d = { site: h.site, control: await controlPage(h), pages: async () => h.context.pages() };
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.site.reset());

describe('Chromium: Contact Buyer variants', () => {
  it.each(['snake', 'numeric-de', 'ja-novalue', 'plain', 'interstitial'] as const)('hand-over on the %s page: one message', (variant) =>
    handOverOnVariant(d, variant, 'Chromium'),
  );
  it('unknown reason labels: the seller chooses once, Parley remembers', () => unknownReasonRemembered(d, 'Chromium'));
  it('Manage Orders as cards without data-test-ids: one Contact button per buyer name, through a re-render', async () => {
    const page = await h.page();
    await buttonsOnCards(page, h.site, h.url('/orders-v3?pageSize=100'));
    await page.close();
  });
});
