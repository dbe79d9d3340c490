/** The Buyer-Seller Messages inbox in Firefox: the stories in tests/e2e/inbox-steps.ts. */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from '../support/firefox.ts';
import { replyBoxStory, waitingStory, type InboxDriver } from '../inbox-steps.ts';

let h: FirefoxHarness;
let d: InboxDriver;

beforeAll(async () => {
  h = await launchFirefox();
  const control = await h.page();
  await h.gotoExtensionPage(control, 'options.html');
  d = {
    site: h.site,
    control,
    openSellerCentral: async (path) => {
      const page = await h.page();
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

describe('Firefox: the inbox', () => {
  it('kat-textarea reply box: Quick replies beside it, a reply template fills the order id, typed violations shown, one reply on Send', () =>
    replyBoxStory(d, false));
  it('plain textarea reply box: the same', () => replyBoxStory(d, true));
  it('who is waiting: every thread needing a response has its wait, the one past 20 h at risk, and the popup counts it', () =>
    waitingStory(d));
});
