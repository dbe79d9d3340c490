import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installCopyAddress } from '@/lib/page/features/copy-address';
import { installEmailRelay } from '@/lib/page/features/email-relay';

// Injected by the background into a Seller Central tab's top frame when the
// seller picks "Copy buyer's encrypted email address" (lib/background/orders-menus.ts)
// or hands a message to email (lib/background/email-relay-lookup.ts): both look up
// the relay address, rarely, so they stay out of the content script every page loads.
export default defineUnlistedScript(() => {
  installCopyAddress();
  installEmailRelay();
});
