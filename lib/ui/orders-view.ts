/**
 * Popup hooks of the orders area: which order the popup is for (the deep link
 * popup.html?order=ID, else the order a Contact button left pending), one
 * order's facts, and the active tab's self-check. UI state only: everything is
 * asked of the background, nothing is kept.
 */
import { useEffect, useState } from 'preact/hooks';
import { isOrderId } from '../domain/order';
import type { ActiveTabCheck } from '../protocol/orders';
import { sendMessage } from '../messaging';
import { pageChecksItem } from '../storage';
import type { ParleyError } from '../result';

export type OrderRoute = { state: 'resolving' } | { state: 'order'; orderId: string } | { state: 'home' };

/**
 * The pending order, taken by the popup's entry before the first render
 * (takePendingEarly), so the composer can load with the UI language. Taking
 * is once (the background forgets it), so useOrderRoute uses this answer
 * instead of asking again: its value when it came before the render, else
 * the promise.
 */
let early: { taken: Promise<string | null>; value?: string | null } | undefined;

/** Take the pending order from the background (it forgets it): its id, or null. */
const askPending = (): Promise<string | null> =>
  sendMessage('orders/takePending', {}).then((answer) => (answer.ok ? answer.value.orderId : null));

export function takePendingEarly(): Promise<string | null> {
  const entry: NonNullable<typeof early> = { taken: askPending().then((orderId) => (entry.value = orderId)) };
  early = entry;
  return entry.taken;
}

function takePending(): Promise<string | null> {
  const taken = early?.taken ?? askPending();
  early = undefined;
  return taken;
}

/** popup.html?order=ID wins; else ask the background once for a pending order. */
export function useOrderRoute(search: string = location.search): OrderRoute {
  const linked = new URLSearchParams(search).get('order');
  const [route, setRoute] = useState<OrderRoute>(() => {
    if (linked !== null) return isOrderId(linked) ? { state: 'order', orderId: linked } : { state: 'home' };
    const value = early?.value;
    if (value === undefined) return { state: 'resolving' };
    early = undefined;
    return value ? { state: 'order', orderId: value } : { state: 'home' };
  });
  useEffect(() => {
    if (route.state !== 'resolving') return;
    let live = true;
    void takePending().then((orderId) => {
      if (live) setRoute(orderId ? { state: 'order', orderId } : { state: 'home' });
    });
    return () => {
      live = false;
    };
  }, [route.state]);
  return route;
}

export type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'error'; error: ParleyError };

/** The self-check of the active tab, or of `?tab=ID` (a popup window has no active Seller Central tab of its own). */
export function usePageCheck(search: string = location.search): Loaded<ActiveTabCheck> {
  const [loaded, setLoaded] = useState<Loaded<ActiveTabCheck>>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const tab = Number(new URLSearchParams(search).get('tab'));
    const load = (): void =>
      void sendMessage('orders/pageCheck', Number.isInteger(tab) && tab > 0 ? { tabId: tab } : {}).then((answer) => {
        if (live) setLoaded(answer.ok ? { state: 'ready', value: answer.value } : { state: 'error', error: answer.error });
      });
    load();
    // Live: a page that is still being checked reports again a moment later.
    const unwatch = pageChecksItem.watch(load);
    return () => {
      live = false;
      unwatch();
    };
  }, [search]);
  return loaded;
}
