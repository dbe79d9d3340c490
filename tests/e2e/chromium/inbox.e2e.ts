/** The Buyer-Seller Messages inbox in Chromium: the stories in tests/e2e/inbox-steps.ts. */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { launchChromium, type ChromiumHarness } from '../support/chromium.ts';
import { replyBoxStory, waitingStory, type InboxDriver } from '../inbox-steps.ts';

let h: ChromiumHarness;
let d: InboxDriver;

beforeAll(async () => {
  h = await launchChromium();
  const control = await h.context.newPage();
  await control.goto(h.extensionUrl('options.html'));
  d = {
    site: h.site,
    control,
    openSellerCentral: async (path) => {
      const page = await h.context.newPage();
      await page.goto(h.url(path));
      return page;
    },
    openPopup: (query) => h.openPopup(query),
  };
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.site.reset());

describe('Chromium: the inbox', () => {
  it('kat-textarea reply box: Quick replies beside it, a reply template fills the order id, typed violations shown, one reply on Send', () =>
    replyBoxStory(d, false));
  it('plain textarea reply box: the same', () => replyBoxStory(d, true));
  it('who is waiting: every thread needing a response has its wait, the one past 20 h at risk, and the popup counts it', () =>
    waitingStory(d));
});
