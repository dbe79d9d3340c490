/**
 * The send queue in Firefox ESR (MV2 build) against the mock Contact Buyer
 * page: the stories shared with Chromium (tests/e2e/queue-steps.ts). Not here:
 * the sign-in redirect (it needs request interception in tabs the extension
 * opens, which puppeteer's WebDriver BiDi does not give for them) and the
 * restart on the same profile and worker kill (an MV2 background page has no
 * worker to stop, and the harness starts a fresh profile each launch).
 */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from '../support/firefox.ts';
import { damagedJobQuarantined, handOver, reasonNotOffered, sameAgainRefused, sendForMe, type QueueViewDriver } from '../queue-steps.ts';

let h: FirefoxHarness;
let d: QueueViewDriver;

beforeAll(async () => {
  h = await launchFirefox();
  const control = await h.page();
  await h.gotoExtensionPage(control, 'options.html');
  d = { site: h.site, control, pages: () => h.browser.pages(), openQueueView: () => h.openPopup(), listsNotifications: false };
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.site.reset());

describe('Firefox: send queue', () => {
  it('hand-over: Parley fills the form, the seller presses Send, exactly one message goes out', () => handOver(d, 'Firefox'));
  it('the same message again is refused with the reason', () => sameAgainRefused(d, 'Firefox'));
  it('Send for me: Parley presses Send, confirms the language review, exactly one message goes out', () => sendForMe(d, 'Firefox'));
  it('a reason the page does not offer fails the job with the page’s reason names, and the view offers a page report', () =>
    reasonNotOffered(d));
  it('a damaged stored job is quarantined and reported; the rest of the queue runs', () => damagedJobQuarantined(d));
});
