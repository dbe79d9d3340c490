/**
 * Shared set-up for the contacts background tests: senders as the router sees
 * them, a Seller Central tab that answers relay-address requests, orders in
 * the cache. Not a test file itself.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { contactsHandlers } from '@/lib/background/handlers/contacts';
import { putOrders } from '@/lib/background/orders-cache';
import { dispatch } from '@/lib/background/router';
import type { OrderFacts } from '@/lib/domain/order';

export const ORDER = '112-1234567-1234567';
export const RELAY = 'k3x9q2abcd1234@marketplace.amazon.com';
export const BUYER = 'Zoë Quintana-Müller';
export const TEXT = `Hello Zoë, could you confirm the engraving for order ${ORDER}? Thank you.`;

export const extensionPage = () => ({ id: fakeBrowser.runtime.id, url: `${fakeBrowser.runtime.getURL('/')}options.html` });
export const sellerCentralTab = (tabId = 7, url = 'https://sellercentral.amazon.com/orders-v3') => ({
  id: fakeBrowser.runtime.id,
  url,
  frameId: 0,
  tab: { id: tabId, index: 0, windowId: 1 },
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers of many message types, checked by shape in each test
export type Answer = { ok: boolean; value?: any; error?: { code: string; message: string } };

export function send(type: string, input: unknown, sender: object = extensionPage()): Promise<Answer> {
  return dispatch({ parley: 1, type, input }, sender as never, contactsHandlers) as Promise<Answer>;
}

export const emailInput = (patch: object = {}) => ({
  orderId: ORDER,
  marketplaceId: 'ATVPDKIKX0DER',
  host: 'sellercentral.amazon.com',
  reason: 'confirmOrderDetails',
  text: TEXT,
  subject: `Your Amazon order ${ORDER}`,
  from: 'seller@shop.example',
  client: 'gmail',
  ...patch,
});

/**
 * A Seller Central tab whose content script answers relay requests with `address`
 * (or the failure `code`). Answers the spies: which tabs were asked, which were opened.
 */
export function sellerCentralAnswers(answer: { address: string } | { code: string } = { address: RELAY }) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (q: { url?: string | string[] }) => {
    const url = Array.isArray(q.url) ? q.url[0] : q.url;
    if (url?.startsWith('https://sellercentral.amazon.com/'))
      return [{ id: 7, active: true, index: 0, windowId: 1, highlighted: true, incognito: false, pinned: false, discarded: false }];
    return [];
  }) as never);
  const asked = vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockImplementation((async () =>
      'address' in answer ? { ok: true, value: answer } : { ok: false, error: { code: answer.code, message: answer.code } }) as never);
  const opened = vi
    .spyOn(fakeBrowser.tabs, 'create')
    .mockImplementation((async (p: { url?: string }) => ({ id: 99, url: p.url })) as never);
  return { asked, opened };
}

export function order(orderId: string, patch: Partial<OrderFacts> = {}): OrderFacts {
  return {
    orderId,
    marketplaceId: 'ATVPDKIKX0DER',
    host: 'sellercentral.amazon.com',
    buyerName: `${BUYER} ${orderId.slice(-3)}`,
    status: 'unshipped',
    fulfillment: 'seller',
    items: [{ title: 'Engraved steel bottle', quantity: 1, customized: true }],
    source: 'list',
    seenAt: Date.now(),
    ...patch,
  };
}

export async function cacheOrders(...facts: OrderFacts[]): Promise<void> {
  const out = await putOrders(facts);
  if (out.stored !== facts.length) throw new Error(`orders refused: ${JSON.stringify(out.refused)}`);
}

/** Everything in chrome.storage.local and .session, as one string. */
export async function storageDump(): Promise<string> {
  const [local, session] = await Promise.all([fakeBrowser.storage.local.get(null), fakeBrowser.storage.session.get(null)]);
  return JSON.stringify({ local, session });
}
