/**
 * Which order the popup composes for. The orders area resolves the deep link
 * (popup.html?order=ID) and the order a Contact button left pending; when
 * neither names one, the composer asks for the order of the active tab (an
 * order details or Contact Buyer page). The seller can also pick an order from
 * the home's recent orders, and go back home (or to the home's send queue:
 * during a queue hand-over the active tab is a Contact Buyer page, so the
 * popup opens on the composer and the queue is reached from there).
 */
import { useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../messaging';
import { useOrderRoute } from './orders-view';

export type PopupRoute =
  | { state: 'resolving' }
  | { state: 'home'; open(orderId: string): void; /** Came from the composer's queue link: show the queue. */ toQueue?: boolean }
  | { state: 'order'; orderId: string; frame: 'popup' | 'window'; close(): void; queue(): void };

export function usePopupRoute(search: string = location.search): PopupRoute {
  const base = useOrderRoute(search);
  const linked = new URLSearchParams(search).has('order');
  const [tabOrder, setTabOrder] = useState<string | null | undefined>(undefined);
  // undefined: follow the resolved route; null: the seller went home; a string: the seller picked an order.
  const [picked, setPicked] = useState<string | null | undefined>(undefined);
  const [toQueue, setToQueue] = useState(false);
  const askTab = base.state === 'home' && !linked && tabOrder === undefined && picked === undefined;
  useEffect(() => {
    if (!askTab) return;
    let live = true;
    void sendMessage('composer/tabOrder', {}).then((answer) => {
      if (live) setTabOrder(answer.ok ? answer.value.orderId : null);
    });
    return () => {
      live = false;
    };
  }, [askTab]);

  const frame = linked ? 'window' : 'popup';
  const close = () => {
    setToQueue(false);
    setPicked(null);
  };
  const queue = () => {
    setToQueue(true);
    setPicked(null);
  };
  const open = (orderId: string) => setPicked(orderId);
  if (picked) return { state: 'order', orderId: picked, frame, close, queue };
  if (picked === null) return { state: 'home', open, toQueue };
  if (base.state === 'order') return { state: 'order', orderId: base.orderId, frame, close, queue };
  if (base.state === 'resolving' || askTab) return { state: 'resolving' };
  if (tabOrder) return { state: 'order', orderId: tabOrder, frame, close, queue };
  return { state: 'home', open };
}
