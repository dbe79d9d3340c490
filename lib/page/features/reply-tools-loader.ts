import { sendMessage } from '../../messaging';
import type { PageFeature } from '../feature-registry';

let asked = false;

/**
 * On the Buyer-Seller Messages pages, asks the background once per page load
 * to inject the reply tools (quick replies and the rules check in the reply
 * box, who is waiting on the list: entrypoints/reply-tools.ts). Kept out of
 * this content script, which every other Seller Central page loads too; the
 * tools follow the single-page navigation themselves.
 */
export const replyToolsLoader: PageFeature = {
  id: 'reply-tools-loader',
  pages: ['buyer-messages'],
  init() {
    if (asked) return;
    asked = true;
    void sendMessage('inbox/loadTools', {});
  },
};
