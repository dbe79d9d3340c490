/** Attachments in Chromium: the story in tests/e2e/attachments-steps.ts. */
import { afterAll, beforeAll, beforeEach, describe, it } from 'vitest';
import { launchChromium, type ChromiumHarness } from '../support/chromium.ts';
import { invoiceWithFile, type AttachDriver } from '../attachments-steps.ts';

let h: ChromiumHarness;
let d: AttachDriver;

beforeAll(async () => {
  h = await launchChromium();
  const control = await h.context.newPage();
  await control.goto(h.extensionUrl('options.html'));
  d = {
    site: h.site,
    control,
    pages: async () => h.context.pages(),
    openSellerCentral: async (path) => {
      const page = await h.context.newPage();
      await page.goto(h.url(path));
      return page;
    },
    openComposer: async (orderId) => {
      const page = await h.context.newPage();
      await page.goto(h.extensionUrl(`popup.html?order=${orderId}`));
      return page;
    },
  };
});
afterAll(async () => {
  await h?.close();
});
beforeEach(() => h.site.reset());

describe('Chromium: attachments', () => {
  it('an invoice PDF attached in the composer reaches Contact Buyer with the same SHA-256; no bytes left after', () =>
    invoiceWithFile(d, 'Chromium'));
});
