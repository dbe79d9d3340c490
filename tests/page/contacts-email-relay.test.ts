import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForRelayRequests, relayFor, relayRequestOf } from '@/lib/page/features/email-relay';
import { fixtureHtml, loadFixture, US } from './load-fixture';

const ORDER = '112-3456789-0123456';
let running: AbortController[] = [];

beforeEach(() => loadFixture('orders-list-en.html', `${US}/orders-v3`));
afterEach(() => {
  for (const c of running) c.abort();
  running = [];
  vi.unstubAllGlobals();
});

function serve(pages: Record<string, { status?: number; html: string; url?: string }>): string[] {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (path: string) => {
      asked.push(path);
      const hit = Object.entries(pages).find(([prefix]) => path.startsWith(prefix))?.[1] ?? { status: 404, html: '' };
      return { status: hit.status ?? 200, url: `${US}${hit.url ?? path}`, text: async () => hit.html } as Response;
    }),
  );
  return asked;
}

describe('relay address for an email hand-off', () => {
  it('reads the To field of the order Contact Buyer page, asked with the job marketplace', async () => {
    const asked = serve({ '/messaging/contact': { html: fixtureHtml('contact-buyer.html') } });
    const found = await relayFor(ORDER, 'ATVPDKIKX0DER');
    expect(found.ok && found.address).toMatch(/^[a-z0-9]+@marketplace\.amazon\.com$/);
    expect(asked[0]).toBe(`/messaging/contact?orderID=${ORDER}&marketplaceID=ATVPDKIKX0DER`);
  });

  it('says why when Seller Central asks to sign in', async () => {
    serve({ '/messaging/contact': { html: '<html></html>', url: '/ap/signin?x=1' } });
    expect(await relayFor(ORDER, 'ATVPDKIKX0DER')).toEqual({ ok: false, reason: 'logged-out' });
  });

  it('answers only our own background, with the address or the failure code', async () => {
    serve({ '/messaging/contact': { html: fixtureHtml('contact-buyer.html') } });
    const request = { parley: 1, type: 'contacts/relayAddress', input: { orderId: ORDER, marketplaceId: 'ATVPDKIKX0DER' } };
    expect(relayRequestOf(request, { id: fakeBrowser.runtime.id })).toEqual({ orderId: ORDER, marketplaceId: 'ATVPDKIKX0DER' });
    expect(relayRequestOf(request, { id: fakeBrowser.runtime.id, tab: { id: 1 } })).toBeUndefined();
    expect(relayRequestOf({ ...request, input: { orderId: 'x' } }, { id: fakeBrowser.runtime.id })).toBeUndefined();
    const controller = new AbortController();
    running.push(controller);
    listenForRelayRequests(controller.signal);
    const [answer] = (await fakeBrowser.runtime.onMessage.trigger(request, { id: fakeBrowser.runtime.id }, () => undefined)) as unknown[];
    expect(answer).toMatchObject({ ok: true, value: { address: expect.stringMatching(/@marketplace\.amazon\.com$/) } });
  });
});
