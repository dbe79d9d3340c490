/**
 * Component tests of the contacts area talk to the REAL background handlers
 * (orders, composer, contacts, with the vault on fake IndexedDB) through
 * fakeBrowser's runtime messaging, as a Parley page would be seen. The queue
 * runner is not started (an email job never runs in it; bulk jobs just wait).
 * A Seller Central tab answers relay-address requests; opened tabs are recorded.
 */
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { composerHandlers } from '@/lib/background/handlers/composer';
import { contactsHandlers } from '@/lib/background/handlers/contacts';
import { ordersHandlers } from '@/lib/background/handlers/orders';
import { dispatch, type Handlers } from '@/lib/background/router';
import { isEnvelope } from '@/lib/messaging';
import { ok } from '@/lib/result';

export const RELAY = 'k3x9q2abcd1234@marketplace.amazon.com';
const pageSender = (page: string) => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL(`/${page}` as '/popup.html') });

export interface Harness {
  calls: { type: string; input: unknown }[];
  opened: string[];
}

export function connectContacts(page = 'options.html'): Harness {
  const harness: Harness = { calls: [], opened: [] };
  const handlers: Partial<Handlers> = {
    ...ordersHandlers,
    ...composerHandlers,
    ...contactsHandlers,
    'queue/list': () => ok({ jobs: [], quarantine: [], paused: false, dailyCap: 600, sentToday: 0 }),
  };
  fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (!isEnvelope(message)) return undefined;
    harness.calls.push({ type: message.type, input: message.input });
    void dispatch(message, pageSender(page) as never, handlers).then(sendResponse);
    return true;
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (q: { url?: string | string[] }) => {
    const url = Array.isArray(q.url) ? q.url[0] : q.url;
    return url?.startsWith('https://sellercentral.amazon.com/') ? [{ id: 7, active: true, index: 0, windowId: 1 }] : [];
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => ({ ok: true, value: { address: RELAY } })) as never);
  vi.spyOn(fakeBrowser.tabs, 'create').mockImplementation((async (p: { url?: string }) => {
    harness.opened.push(p.url ?? '');
    return { id: 99, url: p.url };
  }) as never);
  return harness;
}

/** Call a background handler directly, as Parley's own page. */
export function ask(type: string, input: unknown): Promise<{ ok: boolean; value?: unknown; error?: { message: string } }> {
  return dispatch({ parley: 1, type, input }, pageSender('options.html') as never, contactsHandlers) as never;
}
