import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTACT_LINK_PATTERNS,
  COPY_ADDRESS_MENU_ID,
  createOrderMenus,
  onCopyMenuClick,
  orderIdOfContactLink,
} from '@/lib/background/orders-menus';
import { SELLER_CENTRAL_HOSTS, SELLER_CENTRAL_MATCHES } from '@/lib/domain/marketplaces';

const link = 'https://sellercentral.amazon.de/messaging/contact?orderID=302-4455667-8899001&marketplaceID=A1PA6795UKMFR9';
const tab = { id: 9, url: 'https://sellercentral.amazon.de/orders-v3' };

function fakeMenus() {
  const created: unknown[] = [];
  const menus = {
    create: vi.fn((props: { id: string }, done?: () => void) => {
      created.push(props);
      done?.();
      return props.id;
    }),
    remove: vi.fn(async (id: string) => {
      const i = created.findIndex((p) => (p as { id: string }).id === id);
      if (i < 0) throw new Error('no such item');
      created.splice(i, 1);
    }),
    removeAll: vi.fn(),
  };
  Object.assign(fakeBrowser.contextMenus, menus);
  return { created, menus };
}

describe('createOrderMenus', () => {
  it('creates the copy item on buyer links of Seller Central only', async () => {
    const { created } = fakeMenus();
    await createOrderMenus();
    expect(created).toEqual([
      {
        id: COPY_ADDRESS_MENU_ID,
        title: "Copy buyer's encrypted email address",
        contexts: ['link'],
        documentUrlPatterns: [...SELLER_CENTRAL_MATCHES],
        targetUrlPatterns: CONTACT_LINK_PATTERNS,
      },
    ]);
    expect(CONTACT_LINK_PATTERNS).toHaveLength(SELLER_CENTRAL_HOSTS.length);
    expect(CONTACT_LINK_PATTERNS).toContain('https://sellercentral.amazon.co.jp/messaging/contact*');
  });

  it('is idempotent: install then start-up leaves one item, and never removes other areas’ menus', async () => {
    const { created, menus } = fakeMenus();
    created.push({ id: 'someone-elses-menu' });
    await createOrderMenus();
    await createOrderMenus();
    expect(created.map((p) => (p as { id: string }).id).sort()).toEqual([COPY_ADDRESS_MENU_ID, 'someone-elses-menu'].sort());
    expect(menus.removeAll).not.toHaveBeenCalled();
  });
});

describe('orderIdOfContactLink', () => {
  it.each([
    [link, '302-4455667-8899001'],
    ['https://sellercentral.amazon.com/messaging/contact?orderId=D01-7548446-5177052', 'D01-7548446-5177052'],
    ['https://sellercentral.amazon.com/messaging/contact?orderID=%3Cscript%3E', undefined],
    ['https://sellercentral.amazon.com.evil.example/messaging/contact?orderID=302-4455667-8899001', undefined],
    ['http://sellercentral.amazon.com/messaging/contact?orderID=302-4455667-8899001', undefined],
    ['https://sellercentral.amazon.com/messaging/inbox?orderID=302-4455667-8899001', undefined],
    ['not a url', undefined],
    [undefined, undefined],
  ])('%s -> %s', (url, expected) => {
    expect(orderIdOfContactLink(url)).toBe(expected);
  });
});

/** The fake browser has no scripting API: a spy stands in for it. */
function fakeScripting(fail = false) {
  const executeScript = vi.fn(async () => {
    if (fail) throw new Error('Cannot access contents of the page');
    return [];
  });
  Object.assign(fakeBrowser, { scripting: { executeScript } });
  return executeScript;
}

describe('onCopyMenuClick', () => {
  beforeEach(() => {
    fakeScripting();
  });

  it('injects the copy code into the top frame, then asks it to copy, with a validated order id', async () => {
    const executeScript = fakeScripting();
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: true, value: { copied: true } } as never);
    const answer = await onCopyMenuClick({ menuItemId: COPY_ADDRESS_MENU_ID, linkUrl: link, pageUrl: tab.url }, tab);
    expect(answer).toEqual({ ok: true, value: { copied: true } });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 9, frameIds: [0] }, files: ['/copy-address.js'] });
    expect(sendMessage).toHaveBeenCalledWith(
      9,
      { parley: 1, type: 'orders/copyAddress', input: { orderId: '302-4455667-8899001' } },
      { frameId: 0 },
    );
    expect(executeScript.mock.invocationCallOrder[0]!).toBeLessThan(sendMessage.mock.invocationCallOrder[0]!);
  });

  it('says to reload when the code cannot be injected', async () => {
    fakeScripting(true);
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    expect(await onCopyMenuClick({ menuItemId: COPY_ADDRESS_MENU_ID, linkUrl: link }, tab)).toMatchObject({
      ok: false,
      error: { code: 'unreachable' },
    });
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('passes the content script’s reason on', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ ok: false, error: { code: 'logged-out', message: 'x' } } as never);
    expect(await onCopyMenuClick({ menuItemId: COPY_ADDRESS_MENU_ID, linkUrl: link }, tab)).toMatchObject({
      ok: false,
      error: { code: 'logged-out' },
    });
  });

  it('says to reload when the tab has no Parley content script', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Receiving end does not exist'));
    expect(await onCopyMenuClick({ menuItemId: COPY_ADDRESS_MENU_ID, linkUrl: link }, tab)).toMatchObject({
      ok: false,
      error: { code: 'unreachable' },
    });
  });

  it.each([
    ['another menu item', { menuItemId: 'other', linkUrl: link }, tab, undefined],
    [
      'a link that is not a buyer link',
      { menuItemId: COPY_ADDRESS_MENU_ID, linkUrl: 'https://sellercentral.amazon.de/orders-v3' },
      tab,
      'invalid-input',
    ],
    [
      'a tab that is not Seller Central',
      { menuItemId: COPY_ADDRESS_MENU_ID, linkUrl: link },
      { id: 9, url: 'https://example.com/' },
      'invalid-input',
    ],
    ['no tab', { menuItemId: COPY_ADDRESS_MENU_ID, linkUrl: link }, undefined, 'invalid-input'],
  ])('sends nothing for %s', async (_name, info, t, code) => {
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    const answer = await onCopyMenuClick(info, t);
    expect(answer === undefined ? undefined : !answer.ok && answer.error.code).toBe(code);
    expect(sendMessage).not.toHaveBeenCalled();
  });
});
