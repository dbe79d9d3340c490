/**
 * Client side of the protocol (lib/protocol/): pages and extension pages ask
 * the background and always get a Result back, never a throw. Only types are
 * imported from the protocol, so content scripts do not bundle the schemas.
 * The background-to-tab pair is in tab-messaging.ts.
 */
import { browser } from 'wxt/browser';
import type { InputOf, MessageType, OutputOf } from './protocol';
import { t } from './i18n';
import { err, isResult, type Result } from './result';

/** Wire envelope; the tag keeps our traffic apart from anything else on runtime messaging. */
export interface Envelope {
  parley: 1;
  type: string;
  input: unknown;
}

export function isEnvelope(x: unknown): x is Envelope {
  return typeof x === 'object' && x !== null && (x as Envelope).parley === 1 && typeof (x as Envelope).type === 'string';
}

export async function sendMessage<K extends MessageType>(type: K, input: InputOf<K>): Promise<Result<OutputOf<K>>> {
  const envelope: Envelope = { parley: 1, type, input };
  try {
    const answer: unknown = await browser.runtime.sendMessage(envelope);
    if (isResult(answer)) return answer as Result<OutputOf<K>>;
    return err('no-answer', t('errUnreachable'));
  } catch (e) {
    void e; // the browser's text may name internals; the seller gets plain words
    return err('unreachable', t('errUnreachable'));
  }
}
