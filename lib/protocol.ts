/**
 * The one protocol map: every message a page or extension page may send to the
 * background, who may send it, and the schema its payload must pass.
 * Output types ride along as phantom types so callers get typed answers.
 *
 * Senders:
 *  - 'content':   a Parley content script in the top frame of a Seller Central tab
 *  - 'extension': a Parley extension page (popup, options, composer window)
 */
import * as v from 'valibot';

export type SenderKind = 'content' | 'extension';

export interface MessageSpec<I extends v.GenericSchema, O> {
  from: readonly SenderKind[];
  input: I;
  /** Phantom: never read at run time. */
  output?: O;
}

const spec = <O>() => <I extends v.GenericSchema>(from: readonly SenderKind[], input: I): MessageSpec<I, O> => ({ from, input });

export interface PingOutput {
  version: string;
  sender: SenderKind;
}

// Each area adds its messages under its own marker (keeps parallel work apart).
export const protocol = {
  /** Health check; also proves the round trip in e2e tests. */
  ping: spec<PingOutput>()(['content', 'extension'], v.strictObject({})),
  // -- orders: order cache, contact button, copy address (issue 3) --
  // -- composer: reasons, templates, drafts, settings (issue 4) --
  // -- queue: jobs, runner, contact form (issue 5) --
  // -- contacts: senders, email, bulk, history, buyer data (issue 6) --
};

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
export type InputOf<K extends MessageType> = v.InferInput<Protocol[K]['input']>;
export type OutputOf<K extends MessageType> = NonNullable<Protocol[K]['output']>;
