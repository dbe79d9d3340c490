/**
 * Sends the order facts of the rows on screen to the background's cache,
 * off the insertion path: rows are queued as buttons go in, and read in idle
 * time, a few milliseconds per slice (never one long task), one message per
 * slice with every new or changed order. Re-rendered rows of orders already
 * reported, with the same text, cost a textContent read and nothing more.
 */
import type { OrderFacts } from '../domain/order';
import { sendMessage } from '../messaging';

/** Longest slice of extraction work per idle period (ms): well under the 50 ms long-task line. */
export const SLICE_MS = 8;
/** Facts per message at most (the protocol accepts 500). */
export const BATCH_MAX = 200;

export interface OrderReporter {
  /** Queue an element (a row, or the details page root) whose order should be reported. */
  add(element: Element, orderId: string): void;
}

type Idle = (cb: (deadline: { timeRemaining(): number; didTimeout: boolean }) => void) => void;

const idle: Idle =
  typeof requestIdleCallback === 'function'
    ? (cb) => void requestIdleCallback(cb, { timeout: 1000 })
    : (cb) => void setTimeout(() => cb({ timeRemaining: () => SLICE_MS, didTimeout: true }), 16);

export function orderReporter(
  read: (element: Element) => OrderFacts | undefined,
  signal: AbortSignal,
  send: (facts: OrderFacts[]) => unknown = (facts) => sendMessage('orders/report', { facts }),
): OrderReporter {
  let queue: { element: Element; orderId: string }[] = [];
  let next = 0;
  let scheduled = false;
  /** Per order: the row text last read, and the facts last sent (without seenAt). */
  const lastText = new Map<string, string>();
  const lastSent = new Map<string, string>();

  const flush: Parameters<Idle>[0] = (deadline) => {
    scheduled = false;
    if (signal.aborted) return;
    const started = performance.now();
    const batch: OrderFacts[] = [];
    while (next < queue.length && batch.length < BATCH_MAX) {
      if (performance.now() - started > SLICE_MS || (!deadline.didTimeout && deadline.timeRemaining() < 1)) break;
      const { element, orderId } = queue[next++]!;
      if (!element.isConnected) continue; // re-rendered away before we got to it
      const text = element.textContent ?? '';
      if (lastText.get(orderId) === text) continue;
      lastText.set(orderId, text);
      const facts = read(element);
      if (!facts) continue;
      const signature = JSON.stringify({ ...facts, seenAt: 0 });
      if (lastSent.get(facts.orderId) === signature) continue;
      lastSent.set(facts.orderId, signature);
      batch.push(facts);
    }
    if (next >= queue.length) {
      queue = [];
      next = 0;
    } else schedule();
    if (batch.length > 0) void Promise.resolve(send(batch)).then((answer) => forgetIfFailed(batch, answer));
  };

  /** A report the background did not take is tried again the next time those rows render. */
  function forgetIfFailed(batch: OrderFacts[], answer: unknown): void {
    if ((answer as { ok?: unknown } | undefined)?.ok !== false) return;
    for (const facts of batch) {
      lastText.delete(facts.orderId);
      lastSent.delete(facts.orderId);
    }
  }

  function schedule(): void {
    if (scheduled || signal.aborted) return;
    scheduled = true;
    idle(flush);
  }

  return {
    add(element, orderId) {
      queue.push({ element, orderId });
      schedule();
    },
  };
}
