/**
 * The buyer's relay address for an email hand-off, found the way the "Copy
 * buyer's encrypted email address" menu finds it: a Parley content script in a
 * Seller Central tab of the order's host looks it up in the seller's own
 * session (lib/page/features/email-relay.ts, injected on demand) and answers
 * for that one order.
 * The request carries only the order id and marketplace; nothing else leaves.
 */
import { browser } from 'wxt/browser';
import { COPY_FAILURES, relayAddress, type CopyFailure } from '../domain/relay-address';
import { injectCopyScript } from './orders-menus';
import { sendToTab } from '../tab-messaging';

export type RelayFailure = CopyFailure | 'noTab';
export type RelayAnswer = { ok: true; address: string } | { ok: false; reason: RelayFailure };

const isFailure = (code: string): code is CopyFailure => (COPY_FAILURES as readonly string[]).includes(code);

/** Tabs that can ask Seller Central on the order's host: the active one first. */
async function candidateTabs(host: string): Promise<number[]> {
  const tabs = await browser.tabs.query({ url: `https://${host}/*` }).catch(() => []);
  return tabs
    .filter((t) => t.id !== undefined && !t.discarded)
    .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
    .map((t) => t.id!)
    .slice(0, 3);
}

export async function resolveRelay(order: { orderId: string; marketplaceId: string; host: string }): Promise<RelayAnswer> {
  const tabs = await candidateTabs(order.host);
  if (tabs.length === 0) return { ok: false, reason: 'noTab' };
  let last: RelayFailure = 'noTab';
  for (const tabId of tabs) {
    // The relay lookup is injected on demand, not in every page's content script;
    // if injection fails (a page we may not script), the message below fails too.
    await injectCopyScript(tabId).catch(() => undefined);
    const answer = await sendToTab(tabId, 'contacts/relayAddress', { orderId: order.orderId, marketplaceId: order.marketplaceId });
    // No Parley content script there (opened before Parley was installed): try the next tab.
    if (!answer.ok && (answer.error.code === 'unreachable' || answer.error.code === 'no-answer')) continue;
    if (answer.ok) {
      const address = relayAddress((answer.value as { address?: unknown })?.address as string | undefined);
      if (address) return { ok: true, address };
      last = 'unexpected-address';
      continue;
    }
    last = isFailure(answer.error.code) ? answer.error.code : 'network';
    // Being signed out or the order having no messaging is the answer; another tab would say the same.
    if (last === 'logged-out' || last === 'no-messaging' || last === 'not-found') break;
  }
  return { ok: false, reason: last };
}
