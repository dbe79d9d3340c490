import { sendMessage } from '../../messaging';
import type { PageFeature } from '../feature-registry';

let asked = false;

/**
 * Asks the background, once per page load, to inject the order pages' extras
 * (bulk selection and contacted marks: entrypoints/order-extras.ts). They can
 * wait for the Contact buttons, and keeping them out of this content script
 * keeps the script every order page loads small. The extras follow the
 * single-page navigation and the extension's invalidation themselves.
 */
export const orderExtras: PageFeature = {
  id: 'order-extras',
  pages: ['orders-list', 'order-details'],
  init() {
    if (asked) return;
    asked = true;
    void sendMessage('orders/loadExtras', {});
  },
};
