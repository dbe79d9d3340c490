import { browser } from 'wxt/browser';
import { sendMessage } from '../../messaging';
import type { PageFeature } from '../feature-registry';

/**
 * Marks the page as seen by Parley (document.documentElement[data-parley-active])
 * after a round trip to the background, so a seller (and the e2e tests) can tell
 * the content script is alive and connected.
 */
export const parleyMark: PageFeature = {
  id: 'parley-mark',
  pages: ['orders-list', 'order-details', 'contact-buyer', 'buyer-messages', 'messaging-permissions', 'other'],
  async init(_ctx, signal) {
    const answer = await sendMessage('ping', {});
    if (signal.aborted) return;
    const root = document.documentElement;
    root.dataset.parleyActive = answer.ok ? browser.runtime.getManifest().version : 'disconnected';
    signal.addEventListener('abort', () => delete root.dataset.parleyActive, { once: true });
  },
};
