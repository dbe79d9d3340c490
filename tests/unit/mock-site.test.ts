// @vitest-environment node
/**
 * The mock Seller Central answers over HTTPS with the DOM contract's
 * landmarks, records sends, resets, and never puts buyer text into HTML
 * unescaped. Browser behaviour (pushState, kat-* elements) is covered by the
 * e2e suites; this checks the server and the data set.
 */
import { request } from 'node:https';
import type { TLSSocket } from 'node:tls';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ORDER_ID_PATTERN } from '@/lib/domain/order';
import { CASES, ORDERS, startMockSellerCentral, type MockSite } from '../fixtures/seller-central/server.ts';
import { relayAddress } from '../fixtures/seller-central/lookup.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  san?: string;
}

let site: MockSite;

function call(path: string, opts: { host?: string; method?: string; json?: unknown; cookie?: string } = {}): Promise<Answer> {
  const payload = opts.json === undefined ? undefined : JSON.stringify(opts.json);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: site.port,
        path,
        method: opts.method ?? (payload ? 'POST' : 'GET'),
        rejectUnauthorized: false,
        headers: {
          Host: `${opts.host ?? 'sellercentral.amazon.com'}:${site.port}`,
          ...(payload ? { 'Content-Type': 'application/json' } : {}),
          ...(opts.cookie ? { Cookie: opts.cookie } : {}),
        },
      },
      (res) => {
        let body = '';
        // Read the certificate now: the socket is detached once the response ends.
        const san = (res.socket as TLSSocket).getPeerCertificate().subjectaltname;
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body, san });
        });
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

/** The data the page renders from: the inline JSON block. */
function bootOf(html: string): { lang: string; view: Record<string, unknown> & { orders?: Record<string, unknown>[] } } {
  const m = /<script type="application\/json" id="mock-boot">([\s\S]*?)<\/script>/.exec(html);
  if (!m) throw new Error('no boot data');
  return JSON.parse(m[1]!);
}

const send = (json: Record<string, unknown>) => call('/messaging/api/send', { json });

beforeAll(async () => {
  site = await startMockSellerCentral({ port: 0 });
});
afterAll(() => site.close());
beforeEach(() => site.reset());

describe('data set', () => {
  it('covers the cases the tests need', () => {
    expect(ORDERS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ORDERS.map((o) => o.status))).toEqual(new Set(['pending', 'unshipped', 'shipped', 'canceled']));
    for (const mp of ['US', 'UK', 'DE', 'JP', 'FR']) expect(ORDERS.some((o) => o.mp === mp)).toBe(true);
    expect(ORDERS.filter((o) => o.fulfillment === 'amazon' && o.buyerLink !== 'link').length).toBeGreaterThanOrEqual(3);
    expect(new Set(ORDERS.map((o) => o.id)).size).toBe(ORDERS.length);
    for (const o of ORDERS) expect(o.id).toMatch(ORDER_ID_PATTERN);
    expect(CASES.usDigital).toMatch(/^D01-/);
    const names = ORDERS.map((o) => o.buyer);
    for (const name of ['Zoë Müller', '王小明', '山田 太郎', 'José Núñez', '<img src=x onerror=alert(1)>']) expect(names).toContain(name);
    expect(names.some((n) => n.length === 300)).toBe(true);
  });

  it('gives every buyer a relay address at the marketplace domain', () => {
    expect(relayAddress({ id: CASES.deCustomized, mp: 'DE' })).toMatch(/^[a-z0-9]+@marketplace\.amazon\.de$/);
    expect(relayAddress({ id: CASES.jpUnshipped, mp: 'JP' })).toMatch(/@marketplace\.amazon\.co\.jp$/);
  });
});

describe('pages', () => {
  it('serves Manage Orders with the app root and rows data, 15 a page, over a certificate naming Seller Central hosts', async () => {
    const res = await call('/orders-v3');
    expect(res.status).toBe(200);
    expect(res.san).toContain('DNS:sellercentral.amazon.co.jp');
    expect(res.body).toContain('<html lang="en-US">');
    expect(res.body).toContain('<div id="MYO-app"');
    const { view } = bootOf(res.body);
    expect(view.kind).toBe('list');
    expect(view.orders).toHaveLength(15);
    const first = view.orders![0]!;
    expect(first.contactUrl).toBe(`/messaging/contact?orderID=${String(first.id)}&marketplaceID=ATVPDKIKX0DER`);
    const second = bootOf((await call('/orders-v3?page=2')).body).view;
    expect(second.page).toBe(2);
    expect(second.orders!.length).toBe(Number(second.total) - 15);
  });

  it('picks the marketplace region from the Host header', async () => {
    const mps = async (host: string) =>
      new Set(bootOf((await call('/orders-v3?pageSize=100', { host })).body).view.orders!.map((o) => o.marketplaceId));
    expect(await mps('sellercentral.amazon.com')).toEqual(new Set(['ATVPDKIKX0DER']));
    expect(await mps('sellercentral.amazon.co.jp')).toEqual(new Set(['A1VC38T7YXB528']));
    expect(await mps('sellercentral.amazon.de')).toEqual(new Set(['A1F83G8C2ARO7P', 'A1PA6795UKMFR9', 'A13V1IB3VIYZZH', 'A1RKKUPIHCS9HS']));
  });

  it('filters by tab and search, and leaves FBA rows without a buyer link', async () => {
    const fba = bootOf((await call('/orders-v3/fba/all')).body).view.orders!;
    expect(fba.every((o) => o.fulfillmentLabel === 'Fulfilled by Amazon')).toBe(true);
    expect(fba.some((o) => o.contactUrl === undefined)).toBe(true);
    const found = bootOf((await call(`/orders-v3/search?q=${CASES.usBulky}&qt=orderid`)).body).view.orders!;
    expect(found.map((o) => o.id)).toEqual([CASES.usBulky]);
  });

  it('renders N synthetic rows for ?rows=N and resolves their ids', async () => {
    const rows = bootOf((await call('/orders-v3?rows=2000')).body).view.orders!;
    expect(rows).toHaveLength(2000);
    const details = await call(`/orders-v3/order/${String(rows[1999]!.id)}`);
    expect(details.status).toBe(200);
  });

  it('localizes with ?mons_sel_locale=zh_CN and keeps it through the cookie', async () => {
    const res = await call('/orders-v3/mfn/unshipped?mons_sel_locale=zh_CN');
    expect(res.body).toContain('<html lang="zh-CN">');
    expect(String(res.headers['set-cookie'])).toContain('mons_sel_locale=zh_CN');
    expect(bootOf(res.body).view.orders![0]!.statusLabel).toBe('未发货');
    const again = await call('/orders-v3/mfn/pending', { cookie: 'mons_sel_locale=zh_CN' });
    expect(bootOf(again.body).lang).toBe('zh-CN');
    expect(bootOf(again.body).view.orders![0]!.statusLabel).toBe('待处理');
    const ja = await call('/orders-v3/mfn/shipped?mons_sel_locale=ja_JP');
    expect(bootOf(ja.body).view.orders![0]!.statusLabel).toBe('出荷済み');
  });

  it('answers order details, and 404 for an unknown id', async () => {
    const { view } = bootOf((await call(`/orders-v3/order/${CASES.usCustomized}`)).body);
    expect(view.order).toMatchObject({ id: CASES.usCustomized, buyerName: "Sarah O'Connor", status: 'unshipped' });
    expect((await call('/orders-v3/order/999-0000000-0000000')).status).toBe(404);
  });

  it('offers contact reasons by status, fulfilment and item kind', async () => {
    const reasons = async (id: string, mpId = 'ATVPDKIKX0DER') => {
      const res = await call(`/messaging/contact?orderID=${id}&marketplaceID=${mpId}`);
      const view = bootOf(res.body).view as { reasons?: { value: string; disabled: boolean }[] };
      return (view.reasons ?? []).map((r) => (r.disabled ? `${r.value}(disabled)` : r.value));
    };
    expect(await reasons(CASES.usCanceled)).toEqual([]);
    expect(await reasons(CASES.usFbaShipped)).toEqual(['returnQuestion', 'invoice', 'warranty', 'additionalInformation']);
    expect(await reasons(CASES.usDigital)).toContain('digitalAccessKey');
    expect(await reasons(CASES.deCustomized, 'A1PA6795UKMFR9')).toEqual([
      'confirmOrderDetails',
      'unexpectedProblem',
      'confirmDeliveryDetails',
      'confirmCustomizationDetails',
      'returnQuestion(disabled)',
      'invoice',
      'warranty(disabled)',
      'additionalInformation',
    ]);
    expect((await call(`/messaging/contact?orderID=${CASES.deCustomized}&marketplaceID=ATVPDKIKX0DER`)).status).toBe(404);
  });

  it('shows the relay address on the Contact Buyer and messages pages', async () => {
    const contact = bootOf((await call(`/messaging/contact?orderID=${CASES.usMultiItemSpanish}&marketplaceID=ATVPDKIKX0DER`)).body).view;
    expect(contact).toMatchObject({ firstName: 'José', buyerLanguageName: 'Spanish', languageDiffers: true });
    expect(contact.relay).toMatch(/@marketplace\.amazon\.com$/);
    const inbox = bootOf((await call(`/messaging/inbox-v3?fi=search&ss=${CASES.usMultiItemSpanish}`)).body).view;
    expect((inbox.selected as { relay: string }).relay).toBe(contact.relay);
  });

  it('redirects mock=login to the sign-in page and back, never off-site', async () => {
    const res = await call(`/messaging/contact?orderID=${CASES.usUnshipped}&marketplaceID=ATVPDKIKX0DER&mock=login`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toMatch(/^\/ap\/signin\?openid\.return_to=%2Fmessaging%2Fcontact/);
    expect(res.headers.location).not.toContain('login');
    expect((await call('/ap/signin/continue?return_to=//evil.example/')).headers.location).toBe('/home');
  });
});

describe('hostile buyer names', () => {
  it('never reach the HTML unescaped, in lists, details, contact or messages pages', async () => {
    const pages = [
      '/orders-v3/search?q=666000&qt=orderid',
      `/orders-v3/order/${CASES.usHostileScript}`,
      `/messaging/contact?orderID=${CASES.usHostileImg}&marketplaceID=ATVPDKIKX0DER`,
      `/messaging/inbox-v3?fi=search&ss=${CASES.usHostileScript}`,
      '/orders-v3/search?q=%3Cimg%20src%3Dx%3E&qt=buyername',
    ];
    for (const path of pages) {
      const { body } = await call(path);
      expect(body).not.toContain('<img src=x');
      expect(body).not.toContain('<script>window.__pwned');
      expect(body.match(/<\/script>/g)?.length).toBe(2); // the boot block and the page script, nothing injected
    }
    const names = bootOf((await call('/orders-v3/search?q=666000&qt=orderid')).body).view.orders!.map((o) => o.buyerName);
    expect(names).toEqual(expect.arrayContaining(['<img src=x onerror=alert(1)>', '"><script>window.__pwned=1</script>']));
  });

  it('come from the JSON endpoint as JSON that browsers will not sniff as HTML', async () => {
    const res = await call(`/__mock/api/orders-view?path=${encodeURIComponent(`/orders-v3/order/${CASES.usHostileImg}`)}`);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(JSON.parse(res.body).order.buyerName).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('sending and test hooks', () => {
  const valid = {
    orderId: CASES.usUnshipped,
    marketplaceId: 'ATVPDKIKX0DER',
    reason: 'confirmOrderDetails',
    text: 'Hello John, order 112-3456789-0123456.',
  };

  it('records a send for site.sent() and GET /__mock/sent', async () => {
    expect((await send(valid)).status).toBe(200);
    expect(site.sent()).toEqual([{ ...valid, at: expect.any(Number) }]);
    expect(JSON.parse((await call('/__mock/sent')).body)).toEqual(site.sent());
    const inbox = bootOf((await call(`/messaging/inbox-v3?fi=search&ss=${CASES.usUnshipped}`)).body).view;
    expect((inbox.selected as { messages: { text: string }[] }).messages.at(-1)?.text).toBe(valid.text);
  });

  it('records inbox replies apart from messages, and a replied or dismissed thread no longer needs a response', async () => {
    type Inbox = { threads: { orderId: string; responseNeeded: boolean; lastBuyerAt?: number }[]; mock: { plainreply: boolean } };
    const needing = async () =>
      (bootOf((await call('/messaging/inbox-v3?fi=responseNeeded')).body).view as unknown as Inbox).threads.map((t) => t.orderId);
    const before = await needing();
    expect(before).toContain(CASES.usUnshipped);
    const inbox = bootOf((await call('/messaging/inbox-v3?fi=responseNeeded&mock=plainreply')).body).view as unknown as Inbox;
    expect(inbox.mock.plainreply).toBe(true);
    expect(inbox.threads.find((t) => t.orderId === CASES.usUnshipped)?.lastBuyerAt).toBeLessThanOrEqual(Date.now() - 19 * 3_600_000);

    expect((await call('/messaging/api/reply', { json: { orderId: CASES.usUnshipped, text: '   ' } })).status).toBe(400);
    expect((await call('/messaging/api/reply', { json: { orderId: CASES.usUnshipped, text: 'Yes, it ships today.' } })).status).toBe(200);
    expect(JSON.parse((await call('/__mock/replies')).body)).toEqual([
      { orderId: CASES.usUnshipped, text: 'Yes, it ships today.', at: expect.any(Number) },
    ]);
    expect(site.sent()).toEqual([]);
    const other = before.find((id) => id !== CASES.usUnshipped)!;
    expect((await call('/messaging/api/no-response', { json: { orderId: other } })).status).toBe(200);
    expect(await needing()).toEqual(before.filter((id) => id !== CASES.usUnshipped && id !== other));
  });

  it('refuses what the page would not send, and mock=sendfail', async () => {
    expect((await send({ ...valid, reason: 'returnQuestion' })).status).toBe(400);
    expect((await send({ ...valid, orderId: CASES.usCanceled })).status).toBe(400);
    expect((await send({ ...valid, text: 'x'.repeat(4001) })).status).toBe(400);
    expect((await send({ ...valid, text: '   ' })).status).toBe(400);
    expect((await send({ ...valid, marketplaceId: 'A1PA6795UKMFR9' })).status).toBe(404);
    expect((await send({ ...valid, mock: ['sendfail'] })).status).toBe(503);
    expect(site.sent()).toEqual([]);
  });

  it('forgets sends and added addresses on reset(), and on POST /__mock/reset', async () => {
    await send(valid);
    const added = await call('/messaging/api/permissions', { json: { email: 'new@parley-test-store.example' } });
    expect(JSON.parse(added.body).entries).toContainEqual({ email: 'new@parley-test-store.example', status: 'approved' });
    expect((await call('/messaging/api/permissions', { json: { email: 'not an address' } })).status).toBe(400);
    site.reset();
    expect(site.sent()).toEqual([]);
    await send(valid);
    expect((await call('/__mock/reset', { method: 'POST' })).status).toBe(200);
    expect(site.sent()).toEqual([]);
    const perms = bootOf((await call('/messaging/permissions')).body).view as { entries: { email: string }[] };
    expect(perms.entries.map((e) => e.email)).not.toContain('new@parley-test-store.example');
    expect((await call('/messaging/permissions')).body).toContain('permissions-authorized.js');
    expect((await call('/messaging/permissions?mock=classicperms')).body).toContain('data-test-id="messaging-permissions"');
  });

  it('"Block selected" and "Approve selected" change an address\'s status; adding never blocks', async () => {
    const email = 'support@parley-test-store.example';
    const blocked = JSON.parse((await call('/messaging/api/permissions', { json: { email, status: 'blocked' } })).body);
    expect(blocked.entries).toContainEqual({ email, status: 'blocked' });
    const again = JSON.parse((await call('/messaging/api/permissions', { json: { email } })).body);
    expect(again.entries).toContainEqual({ email, status: 'blocked' });
    const approved = JSON.parse((await call('/messaging/api/permissions', { json: { email, status: 'approved' } })).body);
    expect(approved.entries).toContainEqual({ email, status: 'approved' });
    site.reset();
  });

  it('serves only its own static files', async () => {
    expect((await call('/__mock/static/kat.js')).headers['content-type']).toMatch(/^text\/javascript/);
    expect((await call('/__mock/static/..%2Fserver.ts')).status).toBe(404);
    expect((await call('/__mock/static/../server.ts')).status).toBe(404);
  });
});
