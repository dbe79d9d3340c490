/**
 * The building blocks of the protocol: who may send a message, its input schema,
 * and its answer type (a phantom: never read at run time, so content scripts
 * that import only types bundle no schema).
 *
 * Senders:
 *  - 'content':   a Parley content script in the top frame of a Seller Central tab
 *  - 'extension': a Parley extension page (popup, options, composer window)
 */
import * as v from 'valibot';
import { OrderIdSchema } from '../domain/order-id-schema';

export type SenderKind = 'content' | 'extension';

export interface MessageSpec<I extends v.GenericSchema, O> {
  from: readonly SenderKind[];
  input: I;
  /** Phantom: never read at run time. */
  output?: O;
}

export const spec =
  <O>() =>
  <I extends v.GenericSchema>(from: readonly SenderKind[], input: I): MessageSpec<I, O> => ({ from, input });

export { OrderIdSchema };

export interface PingOutput {
  version: string;
  sender: SenderKind;
}
