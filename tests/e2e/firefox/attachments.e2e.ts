/** Attachments in Firefox ESR: the story in tests/e2e/attachments-steps.ts. */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { launchFirefox, type FirefoxHarness } from '../support/firefox.ts';
import { invoiceWithFile, type AttachDriver } from '../attachments-steps.ts';

let h: FirefoxHarness;
let d: AttachDriver;

beforeAll(async () => {
  h = await launchFirefox();
  const control = await h.page();
  await h.gotoExtensionPage(control, 'options.html');
  d = {
    site: h.site,
    control,
    pages: () => h.browser.pages(),
    openSellerCentral: async (path) => {
      const page = await h.page();
      await page.goto(h.url(path));
      return page;
    },
    openComposer: (orderId) => h.openPopup({ order: orderId }),
  };
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.site.reset());

describe('Firefox: attachments', () => {
  it('an invoice PDF attached in the composer reaches Contact Buyer with the same SHA-256; no bytes left after', () =>
    invoiceWithFile(d, 'Firefox'));
});
