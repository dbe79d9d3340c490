/**
 * The one protocol: every message a page or extension page may send to the
 * background (who may send it, the schema its payload must pass, its answer
 * type), split by area, and the messages the background sends to a tab
 * (tab.ts). It sits at the bottom: it imports only lib/domain and valibot, and
 * every other layer imports it.
 */
import * as v from 'valibot';
import { composerMessages } from './composer';
import { contactsMessages } from './contacts';
import { inboxMessages } from './inbox';
import { ordersMessages } from './orders';
import { queueMessages } from './queue';
import { spec, type PingOutput } from './spec';

export const protocol = {
  /** Health check; also proves the round trip in e2e tests. */
  ping: spec<PingOutput>()(['content', 'extension'], v.strictObject({})),
  ...ordersMessages,
  ...composerMessages,
  ...queueMessages,
  ...contactsMessages,
  ...inboxMessages,
};

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type InputOf<K extends MessageType> = v.InferInput<Protocol[K]['input']>;
export type OutputOf<K extends MessageType> = NonNullable<Protocol[K]['output']>;

export * from './spec';
export type * from './orders';
export type * from './composer';
export type * from './contacts';
export type * from './inbox';
export * from './tab';
