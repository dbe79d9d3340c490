import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { copyBuyerAddress, copyRequestOrderId, installCopyAddress } from '@/lib/page/features/copy-address';
import { fixtureHtml, loadFixture, US } from './load-fixture';

const ADDRESS = 'k6wkve5c0b7w00@marketplace.amazon.com';
const JOHN = '112-3456789-0123456';

interface Fake {
  status?: number;
  url?: string;
  body?: string;
}

/** fetch answering by path; records what was asked (and with which credentials). */
function stubFetch(routes: Record<string, Fake>) {
  const calls: { path: string; credentials?: string }[] = [];
  vi.stubGlobal('fetch', async (path: string, init?: RequestInit) => {
    calls.push({ path, credentials: init?.credentials });
    const key = Object.keys(routes).find((prefix) => path.startsWith(prefix));
    const fake = key ? routes[key]! : { status: 404, body: '<html><body>Not found</body></html>' };
    return { status: fake.status ?? 200, url: `${US}${fake.url ?? path}`, text: async () => fake.body ?? '' };
  });
  return calls;
}

function stubClipboard(fail = false) {
  const writeText = vi.fn(async (_text: string) => {
    if (fail) throw new Error('NotAllowedError');
  });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  return writeText;
}

/** Everything a page could read: the DOM plus open shadow roots (the toast). */
function pageText(): string {
  const parts = [document.documentElement.outerHTML];
  for (const el of document.querySelectorAll('*')) if (el.shadowRoot) parts.push(el.shadowRoot.textContent ?? '');
  return parts.join('\n');
}
const toast = () => document.querySelector('[data-parley="toast"]')?.shadowRoot?.textContent ?? '';

beforeEach(() => {
  loadFixture('orders-list-en.html', `${US}/orders-v3?pageSize=100`);
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.querySelector('[data-parley="toast"]')?.remove();
});

describe('copyRequestOrderId', () => {
  const bg = () => ({ id: fakeBrowser.runtime.id });
  const msg = (orderId: unknown, type = 'orders/copyAddress') => ({ parley: 1, type, input: { orderId } });

  it('accepts our background’s request', () => {
    expect(copyRequestOrderId(msg(JOHN), bg())).toBe(JOHN);
  });

  it.each([
    ['another extension', msg(JOHN), { id: 'evil' }],
    ['a tab (a page or content script, not the background)', msg(JOHN), { id: fakeBrowser.runtime.id, tab: { id: 3 } }],
    ['a bad order id', msg('../../etc'), { id: fakeBrowser.runtime.id }],
    ['another message type', msg(JOHN, 'orders/report'), { id: fakeBrowser.runtime.id }],
    ['no envelope', { type: 'orders/copyAddress', input: { orderId: JOHN } }, { id: fakeBrowser.runtime.id }],
    ['null', null, { id: fakeBrowser.runtime.id }],
  ])('refuses %s', (_name, message, sender) => {
    expect(copyRequestOrderId(message, sender)).toBeUndefined();
  });
});

describe('installCopyAddress', () => {
  it('listens once, however often the background injects it', () => {
    const add = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    delete (globalThis as { parleyCopyAddress?: boolean }).parleyCopyAddress;
    installCopyAddress();
    installCopyAddress();
    expect(add).toHaveBeenCalledTimes(1);
  });
});

describe('copyBuyerAddress', () => {
  it('fetches the order’s Contact Buyer page in the seller’s session, copies the To field, says so without showing it', async () => {
    const calls = stubFetch({ '/messaging/contact': { body: fixtureHtml('contact-buyer.html') } });
    const writeText = stubClipboard();
    const before = document.querySelectorAll('*').length;
    expect(await copyBuyerAddress(JOHN)).toEqual({ ok: true, value: { copied: true } });
    expect(calls).toEqual([{ path: `/messaging/contact?orderID=${JOHN}&marketplaceID=ATVPDKIKX0DER`, credentials: 'include' }]);
    expect(writeText).toHaveBeenCalledWith(ADDRESS);
    expect(toast()).toContain('copied');
    expect(pageText()).not.toContain(ADDRESS);
    expect(document.querySelectorAll('*').length).toBe(before + 1); // only the toast host was added
  });

  it('refuses a canceled order shown on the page without asking the server', async () => {
    const calls = stubFetch({});
    const writeText = stubClipboard();
    const answer = await copyBuyerAddress('114-6666666-1111111');
    expect(answer).toMatchObject({ ok: false, error: { code: 'no-messaging' } });
    expect(calls).toEqual([]);
    expect(writeText).not.toHaveBeenCalled();
    expect(toast()).toContain('Contact Us form');
  });

  it('a Contact Buyer page that offers no reason means no messaging', async () => {
    stubFetch({ '/messaging/contact': { body: fixtureHtml('contact-buyer-canceled.html') } });
    const writeText = stubClipboard();
    expect(await copyBuyerAddress(JOHN)).toMatchObject({ ok: false, error: { code: 'no-messaging' } });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('says the seller is logged out when Seller Central redirects to sign-in', async () => {
    const calls = stubFetch({
      '/messaging/contact': {
        url: '/ap/signin?openid.return_to=%2Fmessaging%2Fcontact',
        body: '<html><body><form id="ap-signin"></form></body></html>',
      },
    });
    stubClipboard();
    const answer = await copyBuyerAddress(JOHN);
    expect(answer).toMatchObject({ ok: false, error: { code: 'logged-out' } });
    if (!answer.ok) expect(answer.error.message).toContain('signed out');
    expect(calls).toHaveLength(1); // no point asking the inbox
  });

  it('tries the messages search when the Contact Buyer page is missing, and says not found when both are', async () => {
    const calls = stubFetch({});
    stubClipboard();
    const answer = await copyBuyerAddress(JOHN);
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(calls.map((c) => c.path)).toEqual([
      `/messaging/contact?orderID=${JOHN}&marketplaceID=ATVPDKIKX0DER`,
      `/messaging/inbox-v3?fi=search&ss=${JOHN}`,
    ]);
    if (!answer.ok) expect(answer.error.message).toContain(JOHN);
  });

  it('takes the address from the messages search when only it has one', async () => {
    stubFetch({ '/messaging/inbox-v3': { body: fixtureHtml('inbox-search.html') } });
    const writeText = stubClipboard();
    expect(await copyBuyerAddress(JOHN)).toEqual({ ok: true, value: { copied: true } });
    expect(writeText).toHaveBeenCalledWith(ADDRESS);
  });

  it('refuses an address that is not an Amazon relay alias', async () => {
    const page = fixtureHtml('contact-buyer.html').replace(ADDRESS, 'john.smith@gmail.com');
    stubFetch({ '/messaging/contact': { body: page } });
    const writeText = stubClipboard();
    expect(await copyBuyerAddress(JOHN)).toMatchObject({ ok: false, error: { code: 'unexpected-address' } });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('falls back to a copy event when the Clipboard API refuses, never writing into the page', async () => {
    stubFetch({ '/messaging/contact': { body: fixtureHtml('contact-buyer.html') } });
    stubClipboard(true);
    const setData = vi.fn();
    const pageListener = vi.fn();
    document.addEventListener('copy', pageListener);
    const execCommand = vi.fn(() => {
      const event = new Event('copy', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'clipboardData', { value: { setData } });
      document.dispatchEvent(event);
      return true;
    });
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    const before = document.querySelectorAll('*').length;
    expect(await copyBuyerAddress(JOHN)).toEqual({ ok: true, value: { copied: true } });
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(setData).toHaveBeenCalledWith('text/plain', ADDRESS);
    expect(pageListener).not.toHaveBeenCalled(); // the page's own copy listeners never see the data
    expect(document.querySelectorAll('*').length).toBe(before + 1);
    document.removeEventListener('copy', pageListener);
  });

  it('says the clipboard was refused when both ways fail', async () => {
    stubFetch({ '/messaging/contact': { body: fixtureHtml('contact-buyer.html') } });
    stubClipboard(true);
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    expect(await copyBuyerAddress(JOHN)).toMatchObject({ ok: false, error: { code: 'clipboard' } });
  });

  it('says Seller Central did not answer on a network error', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    stubClipboard();
    expect(await copyBuyerAddress(JOHN)).toMatchObject({ ok: false, error: { code: 'network' } });
  });

  it('uses the address the page shows when it is that order’s Contact Buyer page', async () => {
    loadFixture('contact-buyer.html', `${US}/messaging/contact?orderID=${JOHN}&marketplaceID=ATVPDKIKX0DER`);
    const calls = stubFetch({});
    const writeText = stubClipboard();
    expect(await copyBuyerAddress(JOHN)).toEqual({ ok: true, value: { copied: true } });
    expect(calls).toEqual([]);
    expect(writeText).toHaveBeenCalledWith(ADDRESS);
  });
});
