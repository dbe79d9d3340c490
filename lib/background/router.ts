/**
 * The background's single runtime.onMessage listener. Each message is checked
 * for who sent it, then validated against its schema, then handled; the answer
 * is always a Result. Anything not in our envelope is ignored, so other
 * listeners (and the polyfill) are not disturbed. No onMessageExternal.
 */
import { browser, type Browser } from 'wxt/browser';
import * as v from 'valibot';
import { isSellerCentralUrl } from '../domain/marketplaces';
import { isEnvelope } from '../messaging';
import { protocol, type InputOf, type MessageType, type OutputOf, type SenderKind } from '../protocol';
import { t } from '../i18n';
import { err, ok, type Result } from '../result';

type Sender = Browser.runtime.MessageSender;

export interface HandlerContext {
  kind: SenderKind;
  sender: Sender;
  /** The Seller Central tab, for content senders. */
  tabId?: number;
}

export type Handler<K extends MessageType> = (
  input: v.InferOutput<(typeof protocol)[K]['input']>,
  ctx: HandlerContext,
) => Promise<Result<OutputOf<K>>> | Result<OutputOf<K>>;

export type Handlers = { [K in MessageType]: Handler<K> };

/** Who is talking: a Parley extension page, a Parley content script on Seller Central, or nobody we trust. */
export function classifySender(sender: Sender): SenderKind | null {
  if (!sender || sender.id !== browser.runtime.id) return null;
  const extensionOrigin = browser.runtime.getURL('/');
  if (typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)) return 'extension';
  if (sender.tab && sender.frameId === 0 && isSellerCentralUrl(sender.url)) return 'content';
  return null;
}

export async function dispatch(message: unknown, sender: Sender, handlers: Partial<Handlers>): Promise<Result<unknown>> {
  if (!isEnvelope(message)) return err('invalid-message', t('errInvalidMessage'));
  const type = message.type as MessageType;
  const spec = Object.hasOwn(protocol, type) ? protocol[type] : undefined;
  const handler = Object.hasOwn(handlers, type) ? handlers[type] : undefined;
  if (!spec || !handler) return err('unknown-message', t('errUnknownMessage', message.type.slice(0, 60)));
  const kind = classifySender(sender);
  if (!kind || !spec.from.includes(kind)) return err('bad-sender', t('errBadSender'));
  const parsed = v.safeParse(spec.input, message.input);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    return err('invalid-input', t('errInvalidInput', `${type}: ${issue?.message ?? '?'}`));
  }
  try {
    const ctx: HandlerContext = { kind, sender, tabId: kind === 'content' ? sender.tab?.id : undefined };
    return await (handler as Handler<typeof type>)(parsed.output as InputOf<typeof type>, ctx);
  } catch (e) {
    console.error(`[parley] handler ${type} failed`, e instanceof Error ? e.name : 'error');
    return err('internal', t('errInternal'));
  }
}

/** Install the listener. Uses sendResponse + `return true`, which every browser honours. */
export function registerRouter(handlers: Partial<Handlers>): () => void {
  const listener = (message: unknown, sender: Sender, sendResponse: (r: unknown) => void): true | undefined => {
    if (!isEnvelope(message)) return undefined;
    void dispatch(message, sender, handlers).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener as never);
  return () => browser.runtime.onMessage.removeListener(listener as never);
}

export const pingHandler: Handler<'ping'> = (_input, ctx) => ok({ version: browser.runtime.getManifest().version, sender: ctx.kind });
