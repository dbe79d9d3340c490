/**
 * Component tests talk to the REAL background handlers (orders, composer)
 * through fakeBrowser's runtime messaging, so every round trip (schema,
 * sender check, storage, vault) is covered. fakeBrowser sends an empty
 * sender, so the listener here dispatches as the popup page would be seen.
 * The queue's enqueue is a recording stand-in with the queue's contract
 * (the queue area tests its own handler; e2e runs the real one).
 */
import 'fake-indexeddb/auto';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch, type Handlers } from '@/lib/background/router';
import { ordersHandlers } from '@/lib/background/handlers/orders';
import { composerHandlers } from '@/lib/background/handlers/composer';
import { isEnvelope } from '@/lib/messaging';
import { err, ok } from '@/lib/result';
import type { OrderFacts } from '@/lib/domain/order';
import type { JobView } from '@/lib/domain/queue-view';
import { settingsItem, DEFAULT_SETTINGS, type Settings } from '@/lib/storage';

export const popupSender = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
const contentSender = (host: string) => ({
  id: fakeBrowser.runtime.id,
  url: `https://${host}/orders-v3`,
  frameId: 0,
  tab: { id: 9 } as never,
});

export interface Enqueued {
  orderId: string;
  marketplaceId: string;
  host: string;
  reason: string;
  text: string;
  transport: string;
  autoSubmit?: boolean;
}

/**
 * Connect the popup to the handlers; answers the list of enqueue calls. `refuse` makes enqueue answer an error;
 * `jobs` is what queue/list answers (the queue view's jobs).
 */
export function connectBackground(
  options: {
    refuse?: { code: string; message: string };
    jobs?: JobView[];
    /** Answer these message types only once the promise settles (a slow background). */
    hold?: Partial<Record<string, Promise<unknown>>>;
    /** Every message type asked, in order. */
    asked?: string[];
  } = {},
): Enqueued[] {
  const enqueued: Enqueued[] = [];
  const handlers: Partial<Handlers> = {
    ...ordersHandlers,
    ...composerHandlers,
    'queue/enqueue': (input) => {
      if (options.refuse) return err(options.refuse.code, options.refuse.message);
      enqueued.push(input);
      return ok({ jobId: `job-${enqueued.length}` });
    },
    'queue/list': () => ok({ jobs: options.jobs ?? [], quarantine: [], paused: false, dailyCap: 600, sentToday: 0 }),
  };
  fakeBrowser.runtime.onMessage.addListener(((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    if (!isEnvelope(message)) return undefined;
    options.asked?.push(message.type);
    void Promise.resolve(options.hold?.[message.type])
      .catch(() => undefined)
      .then(() => dispatch(message, popupSender() as never, handlers))
      .then(sendResponse);
    return true;
  }) as never);
  return enqueued;
}

/** Put an order in the background's cache the way the order pages do (orders/report from a Seller Central tab). */
export async function reportOrder(facts: OrderFacts): Promise<void> {
  const answer = await dispatch(
    { parley: 1, type: 'orders/report', input: { facts: [facts] } },
    contentSender(facts.host) as never,
    ordersHandlers,
  );
  if (!answer.ok) throw new Error(`orders/report refused: ${answer.error.message}`);
}

export async function useSettings(patch: Partial<Settings>): Promise<void> {
  await settingsItem.setValue({ ...DEFAULT_SETTINGS, ...patch });
}

/** An unshipped, seller-fulfilled US order (Confirm order details, Schedule a delivery... available; Ask about a return not). */
export function unshippedOrder(over: Partial<OrderFacts> = {}): OrderFacts {
  return {
    orderId: '112-7654321-1234567',
    marketplaceId: 'ATVPDKIKX0DER',
    host: 'sellercentral.amazon.com',
    buyerName: 'Zoë Fischer',
    status: 'unshipped',
    fulfillment: 'seller',
    items: [{ title: 'Ceramic Coffee Mug, 350 ml', asin: 'B07MUG0001', sku: 'MUG-BLK-350', quantity: 2 }],
    purchaseDate: { text: 'Jan 2, 2026', iso: '2026-01-02' },
    shipBy: { text: 'Jan 5, 2026', iso: '2026-01-05' },
    source: 'details',
    seenAt: 1_767_300_000_000,
    ...over,
  };
}
