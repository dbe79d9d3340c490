/**
 * Capture the static page fixtures of tests/page/ (tests/fixtures/pages/*.html)
 * from the mock Seller Central, so the selector and adapter tests run on the
 * same DOM the e2e tests meet. Scripts are dropped: a fixture is the rendered
 * DOM only. Fallback fixtures are the same pages with the preferred hooks
 * (data-test-id, ids) removed, so only the fallbacks can match.
 *
 *   npx tsx tests/tools/page-fixtures.ts      (needs /usr/bin/chromium; no network)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startMockSellerCentral } from '../fixtures/seller-central/server.ts';
import { chromiumPath, MAPPED_HOSTS, ROOT } from '../e2e/support/env.ts';

const OUT = resolve(ROOT, 'tests/fixtures/pages');

interface Capture {
  file: string;
  url: string;
  /** Run in the page after it is ready (e.g. choose a reason so the text box shows). */
  prepare?: (page: Page) => Promise<void>;
  /** Strip these hooks so only fallback selectors match. */
  strip?: { attributes?: string[]; ids?: string[]; classes?: string[] };
}

const US = 'https://sellercentral.amazon.com';

/** Contact Buyer: pick "Confirm order details" and wait for the text box. */
const pickReason = async (page: Page): Promise<void> => {
  await page.click('kat-radiobutton[value="confirmOrderDetails"]');
  await page.waitForSelector('.contact-buyer-text-area kat-textarea');
};

/** Contact Buyer: pick the reason, write `text`, press Send, wait for `outcome` (a selector). */
const sendText =
  (text: string, outcome: string) =>
  async (page: Page): Promise<void> => {
    await page.click('kat-radiobutton[value="confirmOrderDetails"]');
    await page.fill('.contact-buyer-text-area kat-textarea textarea', text);
    await page.click('kat-button.ayb-contact-form-send-button');
    await page.waitForSelector(outcome);
  };
/** Contact Buyer: pick the reason and attach files (deterministic bytes); wait until the page shows `outcome`. */
const attach =
  (files: { name: string; size: number }[], outcome: string) =>
  async (page: Page): Promise<void> => {
    await pickReason(page);
    const payloads = files.map((f) => ({ name: f.name, mimeType: 'application/pdf', buffer: Buffer.alloc(f.size, 0x25) }));
    await page.setInputFiles('.contact-buyer-file-input input[type="file"]', payloads);
    await page.waitForSelector(outcome);
  };
const TWO_FILES = [
  { name: 'invoice-112-3456789-0123456.pdf', size: 2048 },
  { name: 'warranty.pdf', size: 1024 },
];

const CAPTURES: Capture[] = [
  { file: 'orders-list-en.html', url: `${US}/orders-v3?pageSize=100` },
  { file: 'orders-list-zh.html', url: `${US}/orders-v3?pageSize=100&mons_sel_locale=zh_CN` },
  { file: 'orders-list-de.html', url: 'https://sellercentral.amazon.de/orders-v3?pageSize=100&mons_sel_locale=de_DE' },
  { file: 'orders-list-ja.html', url: 'https://sellercentral.amazon.co.jp/orders-v3?mons_sel_locale=ja_JP' },
  { file: 'orders-list-fba.html', url: `${US}/orders-v3/fba/all` },
  { file: 'orders-list-empty.html', url: `${US}/orders-v3/search?q=999-0000000-0000000&qt=orderid` },
  {
    file: 'orders-list-fallback.html',
    url: `${US}/orders-v3?pageSize=100`,
    strip: { attributes: ['data-test-id'], ids: ['orders-table'] },
  },
  {
    file: 'orders-list-bare.html',
    url: `${US}/orders-v3?pageSize=100`,
    strip: {
      attributes: ['data-test-id'],
      ids: ['orders-table'],
      classes: ['myo-table-container', 'cell-body-title', 'order-status-column'],
    },
  },
  // Our first table shape: date first in its cell, fulfilment under the customer option.
  { file: 'orders-list-classic.html', url: `${US}/orders-v3?pageSize=100&mock=classicrows` },
  // A redesign drawn as cards: no orders table, no data-test-id (public/orders-cards.js).
  { file: 'orders-list-cards.html', url: `${US}/orders-v3?pageSize=100&mock=cards` },
  {
    file: 'orders-list-status-fallback.html',
    url: `${US}/orders-v3?pageSize=100`,
    strip: { classes: ['order-status-column'] },
  },
  { file: 'order-details-en.html', url: `${US}/orders-v3/order/113-9081726-3544321` },
  { file: 'order-details-canceled-zh.html', url: `${US}/orders-v3/order/114-6666666-1111111?mons_sel_locale=zh_CN` },
  { file: 'order-details-fba-text.html', url: `${US}/orders-v3/order/113-3141592-6535897` },
  { file: 'order-details-digital.html', url: `${US}/orders-v3/order/D01-7548446-5177052` },
  { file: 'order-details-de.html', url: 'https://sellercentral.amazon.de/orders-v3/order/303-1122334-5566778?mons_sel_locale=de_DE' },
  { file: 'order-details-ja.html', url: 'https://sellercentral.amazon.co.jp/orders-v3/order/250-2345678-9012345?mons_sel_locale=ja_JP' },
  {
    file: 'order-details-fallback.html',
    url: `${US}/orders-v3/order/113-9081726-3544321`,
    strip: { attributes: ['data-test-id'] },
  },
  {
    file: 'contact-buyer.html',
    url: `${US}/messaging/contact?orderID=112-3456789-0123456&marketplaceID=ATVPDKIKX0DER`,
    prepare: pickReason,
  },
  { file: 'contact-buyer-canceled.html', url: `${US}/messaging/contact?orderID=114-6666666-1111111&marketplaceID=ATVPDKIKX0DER` },
  {
    file: 'contact-buyer-canceled-fallback.html',
    url: `${US}/messaging/contact?orderID=114-6666666-1111111&marketplaceID=ATVPDKIKX0DER`,
    strip: { classes: ['ayb-canceled-notice'] },
  },
  // A wrong marketplace: the page's own "not found" error.
  { file: 'contact-buyer-not-found.html', url: `${US}/messaging/contact?orderID=112-3456789-0123456&marketplaceID=A1PA6795UKMFR9` },
  {
    file: 'contact-buyer-not-found-fallback.html',
    url: `${US}/messaging/contact?orderID=112-3456789-0123456&marketplaceID=A1PA6795UKMFR9`,
    strip: { classes: ['kat-alert-danger-content'] },
  },
  {
    // The buyer reads Spanish, the UI is English: Send opens the language review dialog.
    file: 'contact-buyer-review.html',
    url: `${US}/messaging/contact?orderID=112-6060606-1212121&marketplaceID=ATVPDKIKX0DER&mock=katmodal`,
    prepare: sendText('Hola, ¿podemos enviar todo junto? Pedido 112-6060606-1212121.', 'kat-modal.ayb-language-review'),
  },
  {
    // The review as the real page shows it: a div[role=dialog] with its own bare Send.
    file: 'contact-buyer-review-dialog.html',
    url: `${US}/messaging/contact?orderID=112-6060606-1212121&marketplaceID=ATVPDKIKX0DER`,
    prepare: sendText('Hola, ¿podemos enviar todo junto? Pedido 112-6060606-1212121.', 'div[role="dialog"]'),
  },
  {
    file: 'contact-buyer-review-fallback.html',
    url: `${US}/messaging/contact?orderID=112-6060606-1212121&marketplaceID=ATVPDKIKX0DER&mock=katmodal`,
    prepare: sendText('Hola, ¿podemos enviar todo junto? Pedido 112-6060606-1212121.', 'kat-modal.ayb-language-review'),
    strip: { classes: ['ayb-language-review', 'ayb-review-confirm'] },
  },
  {
    file: 'contact-buyer-sent.html',
    url: `${US}/messaging/contact?orderID=112-3456789-0123456&marketplaceID=ATVPDKIKX0DER`,
    prepare: sendText('Hello John, your order 112-3456789-0123456 ships on Friday.', '.kat-alert-success-content'),
  },
  {
    file: 'contact-buyer-fallback.html',
    url: `${US}/messaging/contact?orderID=112-3456789-0123456&marketplaceID=ATVPDKIKX0DER`,
    prepare: pickReason,
    strip: { attributes: ['data-test-id'], classes: ['contact-buyer-text-area', 'ayb-contact-form-send-button'] },
  },
  {
    file: 'contact-buyer-files.html',
    url: `${US}/messaging/contact?orderID=112-3456789-0123456&marketplaceID=ATVPDKIKX0DER`,
    prepare: attach(TWO_FILES, '.file-attachment-chip-file-name'),
  },
  {
    file: 'contact-buyer-files-fallback.html',
    url: `${US}/messaging/contact?orderID=112-3456789-0123456&marketplaceID=ATVPDKIKX0DER`,
    prepare: attach(TWO_FILES, '.file-attachment-chip-file-name'),
    strip: { attributes: ['data-test-id'], classes: ['contact-buyer-file-input', 'file-attachment-chip-file-name'] },
  },
  {
    file: 'contact-buyer-file-error.html',
    url: `${US}/messaging/contact?orderID=112-3456789-0123456&marketplaceID=ATVPDKIKX0DER`,
    prepare: attach([{ name: 'scan.pdf', size: 11 * 1024 * 1024 }], '.ayb-file-error:not([hidden])'),
  },
  { file: 'inbox-search.html', url: `${US}/messaging/inbox-v3?fi=search&ss=112-3456789-0123456` },
  { file: 'inbox-response-needed.html', url: `${US}/messaging/inbox-v3?fi=responseNeeded` },
  { file: 'inbox-plain.html', url: `${US}/messaging/inbox-v3?fi=responseNeeded&mock=plainreply` },
  {
    file: 'inbox-fallback.html',
    url: `${US}/messaging/inbox-v3?fi=responseNeeded`,
    strip: { attributes: ['data-test-id'], classes: ['case-status-label'] },
  },
  { file: 'inbox-de.html', url: 'https://sellercentral.amazon.de/messaging/inbox-v3?fi=responseNeeded&mons_sel_locale=de_DE' },
  { file: 'inbox-ja.html', url: 'https://sellercentral.amazon.co.jp/messaging/inbox-v3?fi=responseNeeded&mons_sel_locale=ja_JP' },
  { file: 'inbox-zh.html', url: `${US}/messaging/inbox-v3?fi=responseNeeded&mons_sel_locale=zh_CN` },
  { file: 'messaging-permissions.html', url: `${US}/messaging/permissions` },
  { file: 'messaging-permissions-table.html', url: `${US}/messaging/permissions?mock=classicperms` },
  {
    file: 'messaging-permissions-fallback.html',
    url: `${US}/messaging/permissions?mock=classicperms`,
    strip: { attributes: ['data-test-id'] },
  },
  { file: 'messaging-permissions-de.html', url: 'https://sellercentral.amazon.de/messaging/permissions?mons_sel_locale=de_DE' },
];

/** The rendered DOM as HTML, scripts removed, open shadow roots kept as declarative templates. */
async function snapshot(page: Page, strip: Capture['strip']): Promise<string> {
  return page.evaluate((s) => {
    const doc = document.documentElement.cloneNode(true) as HTMLElement;
    // Shadow roots are not cloned: copy each open one into a <template shadowrootmode="open">.
    const originals = [...document.documentElement.querySelectorAll('*')];
    const copies = [...doc.querySelectorAll('*')];
    originals.forEach((el, i) => {
      if (!el.shadowRoot) return;
      const template = document.createElement('template');
      template.setAttribute('shadowrootmode', 'open');
      for (const child of el.shadowRoot.childNodes) template.content.append(child.cloneNode(true));
      copies[i]!.prepend(template);
    });
    for (const script of doc.querySelectorAll('script, link[rel="stylesheet"]')) script.remove();
    for (const name of s?.attributes ?? []) for (const el of doc.querySelectorAll(`[${name}]`)) el.removeAttribute(name);
    for (const id of s?.ids ?? []) doc.querySelector(`#${id}`)?.removeAttribute('id');
    for (const cls of s?.classes ?? []) for (const el of doc.querySelectorAll(`.${cls}`)) el.classList.remove(cls);
    delete doc.dataset.mockReady;
    return doc.outerHTML;
  }, strip);
}

const site = await startMockSellerCentral({ now: () => Date.UTC(2026, 10, 24, 12) });
const rules = MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${site.port}`).join(',');
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  headless: true,
  args: [`--host-resolver-rules=${rules}`, '--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ ignoreHTTPSErrors: true });
  mkdirSync(OUT, { recursive: true });
  for (const capture of CAPTURES) {
    await context.clearCookies(); // the UI language cookie is sticky
    site.reset(); // each page as the site starts: an earlier capture's send answers a thread
    const page = await context.newPage();
    await page.goto(capture.url);
    await page.waitForSelector('html[data-mock-ready="true"]');
    await capture.prepare?.(page);
    const html = await snapshot(page, capture.strip);
    const origin = `<!-- Captured from the mock Seller Central by tests/tools/page-fixtures.ts: ${new URL(capture.url).pathname} -->`;
    writeFileSync(resolve(OUT, capture.file), `<!doctype html>\n${origin}\n${html}\n`);
    console.log(`${capture.file}: ${html.length} bytes`);
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
