/**
 * Steps of the contacts e2e tests, shared by Chromium and Firefox: talk to the
 * background from an extension page, read a relay address off the mock's
 * Contact Buyer page, and the data the stories use (mock data set:
 * tests/fixtures/seller-central/orders.ts).
 */
import { evaluateIn, poll, type AnyPage } from './support/poll.ts';

export const US = { marketplaceId: 'ATVPDKIKX0DER', host: 'sellercentral.amazon.com' } as const;
export const ORDERS = {
  usUnshipped: '112-3456789-0123456', // John Smith
  usPending: '111-2233445-5667788', // Emily Johnson
  usCustomized: '113-9081726-3544321', // Sarah O'Connor
  usBulky: '114-5550001-7770002', // Michael Brown
  usChineseBuyer: '111-8800880-0880088', // 王小明
  usCanceled: '114-6666666-1111111', // David Martinez
  usDeliveredRecent: '113-2020202-3030303', // Linda Davis
} as const;
export const BUYER_NAMES = ['John Smith', 'Emily Johnson', "Sarah O'Connor", 'Michael Brown', '王小明', 'David Martinez', 'Linda Davis'];

/** Twenty orders of the US list for the bulk story: ready, canceled, shipped, FBA without a name, contacted before. */
export const BULK_ORDERS = [
  ...Object.values(ORDERS),
  '112-6060606-1212121',
  'D01-7548446-5177052',
  '114-3030303-5050505',
  '113-6660005-0000005',
  '113-6660006-0000006',
  '111-1618033-9887498',
  '113-7070707-0707070',
  '112-2929292-9292929',
  '112-1234567-7654321',
  '114-2718281-8284590',
  '114-0505050-0505050',
  'D01-1122334-4556677',
  '113-6660001-0000001',
];

export const SELLER = 'Parley Test Store';
export const NEW_SENDER = 'new-alias@parley-test-store.example';

export type Answer = { ok: boolean; value?: Record<string, unknown>; error?: { code: string; message: string } };

/** Send a protocol message from an extension page (browser.* in Firefox, chrome.* in Chromium). */
export function ask(page: AnyPage, type: string, input: unknown): Promise<Answer> {
  return evaluateIn(
    page,
    (m: { type: string; input: unknown }) => {
      const g = globalThis as unknown as {
        browser?: { runtime: { sendMessage(x: unknown): Promise<unknown> } };
        chrome: { runtime: { sendMessage(x: unknown): Promise<unknown> } };
      };
      return (g.browser ?? g.chrome).runtime.sendMessage({ parley: 1, type: m.type, input: m.input });
    },
    { type, input },
  ) as Promise<Answer>;
}

export async function mustAsk(page: AnyPage, type: string, input: unknown): Promise<Record<string, unknown>> {
  const answer = await ask(page, type, input);
  if (!answer.ok) throw new Error(`${type} refused: ${answer.error?.code} ${answer.error?.message}`);
  return answer.value!;
}

/** The relay address the mock's Contact Buyer page shows for an order (what the seller would copy). */
export async function relayShownFor(page: AnyPage, goto: (url: string) => Promise<unknown>, url: string): Promise<string> {
  await goto(url);
  return poll(
    () => evaluateIn(page, () => document.querySelector('[data-test-id="buyer-email-address"]')?.textContent?.trim() || undefined),
    {
      message: 'the To field of Contact Buyer',
    },
  );
}

/** A message that names its order (Amazon wants the id in every message). */
export const textFor = (orderId: string, what: string): string => `Hello, about your order ${orderId}: ${what}`;

/** Every value of chrome.storage.local and .session, as one string (read in the extension). */
export function storageDumpScript(): Promise<string> {
  type Area = { get(k: null): Promise<unknown> };
  type Api = { storage: { local: Area; session: Area } };
  const g = globalThis as unknown as { browser?: Api; chrome: Api };
  const api = g.browser ?? g.chrome; // Firefox MV2: chrome.* has callbacks only
  return Promise.all([api.storage.local.get(null), api.storage.session.get(null)]).then(([local, session]) =>
    JSON.stringify({ local, session }),
  );
}
