/**
 * Background <-> tab, the other direction of the protocol (lib/protocol/tab.ts):
 * the background asks a tab's top frame; the tab answers only our own
 * background, and only inputs that pass the message's schema. Its own module so
 * the order pages' content script, which only asks, does not bundle the schemas.
 */
import { browser } from 'wxt/browser';
import * as v from 'valibot';
import { t } from './i18n';
import { isEnvelope, type Envelope } from './messaging';
import { tabProtocol, type TabInputOf, type TabMessageType, type TabOutputOf } from './protocol/tab';
import { err, isResult, type Result } from './result';

/** Background -> tab: the top frame's answer, or an error value (no Parley script there, no answer). */
export async function sendToTab<K extends TabMessageType>(tabId: number, type: K, input: TabInputOf<K>): Promise<Result<TabOutputOf<K>>> {
  const envelope: Envelope = { parley: 1, type, input };
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, envelope, { frameId: 0 });
    if (isResult(answer)) return answer as Result<TabOutputOf<K>>;
    return err('no-answer', t('errUnreachable'));
  } catch {
    return err('unreachable', t('errUnreachable'));
  }
}

/**
 * In a tab: the input of a `type` message from our own background, or undefined
 * for anything else (another tab, another extension, another type, a bad input).
 */
export function tabMessageOf<K extends TabMessageType>(
  type: K,
  message: unknown,
  sender: { id?: string; tab?: unknown },
): TabInputOf<K> | undefined {
  if (sender.id !== browser.runtime.id || sender.tab || !isEnvelope(message) || message.type !== type) return undefined;
  const parsed = v.safeParse(tabProtocol[type].input, message.input);
  return parsed.success ? (parsed.output as TabInputOf<K>) : undefined;
}

/** In a tab: answer the background's `type` messages until `signal` aborts (or for the page's life). */
export function onTabMessage<K extends TabMessageType>(
  type: K,
  handle: (input: TabInputOf<K>) => Promise<Result<TabOutputOf<K>>> | void,
  signal?: AbortSignal,
): void {
  const listener = (message: unknown, sender: { id?: string; tab?: unknown }) => {
    const input = tabMessageOf(type, message, sender);
    return input === undefined ? undefined : (handle(input) ?? undefined);
  };
  browser.runtime.onMessage.addListener(listener as never);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener as never), { once: true });
}
